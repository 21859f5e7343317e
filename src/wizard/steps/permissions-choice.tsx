import { useId, useState } from 'react';
import {
  commandGroups,
  commandsOf,
  kindOf,
  narrowPermissions,
  needsInWords,
  readSelection,
  runsWith,
  writeSelection,
} from '../../catalog/least-privilege';
import type { FlowSupport, Integration } from '../../catalog/types';
import { TextField } from '../../components/ui/text-field';

/**
 * Which commands the instance will run: all (the default, every permission the integration lists), or the ones the
 * admin picks, whose least-privileged permissions the checklist, the registration and the sign-in check then ask for.
 */
export function PermissionsChoice({
  integration,
  flow,
  value,
  onChange,
}: {
  integration: Integration;
  flow: FlowSupport;
  value: string | undefined;
  onChange: (commands: string | undefined) => void;
}) {
  const id = useId();
  const known = commandsOf(integration.id);
  const [search, setSearch] = useState('');
  const [picking, setPicking] = useState(value !== undefined);
  // The ticks show at once; the URL follows (a navigation), so a box never flickers back.
  const [chosen, setChosen] = useState(value);
  // Nothing to narrow where the flow asks for no API permission (the vendor's app, Azure roles, a managed identity's rights given elsewhere).
  if (!known || integration.version || !flow.permissions.length) return null;
  const kind = kindOf(flow.id);
  const count = flow.permissions.length;
  const selected = readSelection(chosen, known) ?? [];
  const narrowed = narrowPermissions(flow, known, selected);
  const query = search.trim().toLowerCase();
  const groups = commandGroups(known)
    .map(({ group, commands }) => ({
      group,
      commands: commands.filter((command) => !query || `${command.command} ${group}`.toLowerCase().includes(query)),
    }))
    .filter(({ commands }) => commands.length);
  const choose = (commands: string | undefined) => {
    setChosen(commands);
    onChange(commands);
  };
  const set = (commands: string[]) =>
    choose(writeSelection(known.commands.map((c) => c.command).filter((name) => commands.includes(name))));
  const toggle = (names: string[], on: boolean) =>
    set(on ? [...new Set([...selected, ...names])] : selected.filter((name) => !names.includes(name)));

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 grid gap-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Permissions
      </h2>
      <fieldset className="grid gap-2">
        <legend className="text-sm text-muted">
          {integration.name} has {known.commands.length} commands. Ask only for the permissions of those this instance will run.
        </legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={!picking}
            onChange={() => {
              setPicking(false);
              choose(undefined);
            }}
          />
          All commands ({count} permission{count === 1 ? '' : 's'}, the default)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={picking}
            onChange={() => {
              setPicking(true);
              choose(writeSelection(selected));
            }}
          />
          Only the commands I choose
        </label>
      </fieldset>
      {picking && (
        <div className="grid gap-3">
          <TextField label="Find commands" mono={false} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <p role="status" className="text-sm text-muted">
            {selected.length} of {known.commands.length} commands chosen
          </p>
          <div className="grid max-h-96 gap-3 overflow-y-auto rounded-md border border-line p-3">
            {groups.map(({ group, commands }) => {
              const runnable = commands.filter((command) => runsWith(command, kind)).map((command) => command.command);
              const all = runnable.length > 0 && runnable.every((name) => selected.includes(name));
              return (
                <fieldset key={group} className="grid gap-1">
                  <legend className="font-semibold">
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={all}
                        disabled={!runnable.length}
                        onChange={(event) => toggle(runnable, event.target.checked)}
                      />
                      {group}
                    </label>
                  </legend>
                  {commands.map((command) => {
                    const runs = runsWith(command, kind);
                    return (
                      <label key={command.command} className={`ml-6 flex items-start gap-2 text-sm ${runs ? '' : 'text-subtle'}`}>
                        <input
                          type="checkbox"
                          className="mt-1"
                          disabled={!runs}
                          checked={selected.includes(command.command)}
                          onChange={(event) => toggle([command.command], event.target.checked)}
                        />
                        <span>
                          <code className="font-mono text-xs">!{command.command}</code>
                          <span className="block text-xs text-muted">{needsInWords(command, kind)}</span>
                        </span>
                      </label>
                    );
                  })}
                </fieldset>
              );
            })}
            {!groups.length && <p className="text-sm">No command matches “{search}”.</p>}
          </div>
          <div aria-live="polite">
            {selected.length > 0 ? (
              <>
                <p className="text-sm font-medium">
                  The app will ask for {narrowed.permissions.length ? 'these permissions only' : 'no API permission'}:
                </p>
                <ul className="mt-1 grid gap-1 text-sm">
                  {narrowed.permissions.map((permission) => {
                    const why = narrowed.why[`${permission.type} ${permission.api} ${permission.name}`] ?? [];
                    return (
                      <li key={`${permission.api} ${permission.name}`}>
                        <span className="font-medium">
                          {permission.api} {permission.name}
                        </span>{' '}
                        <span className="text-muted">
                          ({permission.type.toLowerCase()}){' '}
                          {why.length ? `for ${why.map((name) => `!${name}`).join(', ')}` : 'for commands no source documents'}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {narrowed.undocumented.length > 0 && (
                  <p className="mt-1 text-sm">
                    No source says what {narrowed.undocumented.map((name) => `!${name}`).join(', ')} need: the integration’s whole set
                    stays.
                  </p>
                )}
              </>
            ) : (
              <p className="text-sm">Choose at least one command; until then the integration’s whole set applies.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
