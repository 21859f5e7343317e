import { useId } from 'react';
import { Link } from 'react-router';
import type { FlowSupport, Integration } from '../catalog/types';
import { Command } from '../components/ui/command';
import { CopyButton } from '../components/ui/copy-button';
import { sessionStore, useSession } from '../state/session';
import type { RegistrationResult } from './result-line';

/**
 * The test between adding and removing: the new values for the instance (the sheet's, App details now holds them),
 * the integration's test commands, and, for the browser's finish, the admin's confirmation.
 */
export function RotationTest({
  integration,
  flow,
  added,
  sheetLink,
  confirm,
}: {
  integration: Pick<Integration, 'productName' | 'parameters'>;
  flow: FlowSupport;
  added: RegistrationResult;
  sheetLink: string;
  confirm?: { checked: boolean; onChange: (checked: boolean) => void };
}) {
  const id = useId();
  const { secret } = useSession();
  const field = (from: 'client-secret' | 'certificate-thumbprint') =>
    integration.parameters.find((parameter) => parameter.source.from === from)?.label ?? from;
  const certificate = Boolean(added.certificateThumbprint);
  return (
    <div className="grid gap-2">
      <h2 className="text-lg font-semibold">Test the new {certificate ? 'certificate' : 'client secret'}</h2>
      {certificate ? (
        <p className="text-sm">
          New certificate thumbprint <code className="font-mono break-all">{added.certificateThumbprint}</code> (the instance's{' '}
          {field('certificate-thumbprint')}), with its private key from App details.
        </p>
      ) : secret && added.clientSecret ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          The new client secret (the instance's {field('client-secret')}) is in this page's memory:
          <CopyButton value={secret} label="Copy the new client secret" onCopied={() => sessionStore.markSecretSaved()} />
        </p>
      ) : (
        <p className="text-sm">No new secret in this result: Entra shows a secret once, when it is added. Use the one you copied then.</p>
      )}
      {added.credentialEndDateTime && <p className="text-sm">It ends on {added.credentialEndDateTime.slice(0, 10)}.</p>}
      <p className="text-sm">
        In the product, open Settings › Integrations › {integration.productName}, edit the instance: put the new value in, save, and run its
        test (the{' '}
        <Link to={sheetLink} className="underline">
          sheet
        </Link>{' '}
        has every value):
      </p>
      <ol className="grid list-decimal gap-2 pl-6 text-sm">
        {flow.nextCommands.map((command) => (
          <li key={command}>{command.startsWith('!') ? <Command command={command} /> : command}</li>
        ))}
      </ol>
      {confirm && (
        <label htmlFor={id} className="flex items-start gap-2 text-sm font-medium">
          <input
            id={id}
            type="checkbox"
            className="mt-1"
            checked={confirm.checked}
            onChange={(event) => confirm.onChange(event.target.checked)}
          />
          The instance works with the new credential
        </label>
      )}
    </div>
  );
}
