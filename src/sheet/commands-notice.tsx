import { Link } from 'react-router';
import { commandsOf, readSelection } from '../catalog/least-privilege';
import { Notice } from '../components/ui/notice';

/** When the admin narrowed the permissions to chosen commands: which commands this instance can run, and where to change it. */
export function CommandsNotice({ integrationId, commands, flowLink }: { integrationId: string; commands?: string; flowLink: string }) {
  const known = commandsOf(integrationId);
  const selected = readSelection(commands, known);
  if (!known || !selected?.length) return null;
  return (
    <Notice tone="info" title={`Set up for ${selected.length} of ${known.commands.length} commands`} live={false}>
      <p>
        The app asks only for what these need; other commands will be refused by Microsoft until you add them (and register the app again):{' '}
        {selected.map((name) => `!${name}`).join(', ')}.{' '}
        <Link to={flowLink} className="underline">
          Change the commands
        </Link>
      </p>
    </Notice>
  );
}
