import { Button } from '../components/ui/button';
import type { Credential } from './credential-steps';
import { defaultOld, isNew, type CredentialRow } from './rotation-picks';
import type { OldCredentials } from './rotation-steps';

const day = (value: string | null) => (value ? value.slice(0, 10) : 'no date');

/** The app's credentials of the kind, once read, with the old ones to remove checked (the wizard's others by default). */
export function RotationCredentials({
  rows,
  credential,
  newName,
  newKeyId,
  picked,
  onPick,
}: {
  rows: CredentialRow[] | undefined;
  credential: Credential;
  newName: string;
  newKeyId?: string;
  picked: OldCredentials;
  onPick: (picked: OldCredentials) => void;
}) {
  const word = credential === 'secret' ? 'client secrets' : 'certificates';
  const wizards = credential === 'secret' ? '"Cortex XSOAR…"' : '"CN=Cortex XSOAR…"';
  const byDefault = `By default, finishing removes every other ${credential === 'secret' ? 'client secret' : 'certificate'} the wizard made (named ${wizards}), never the new one.`;
  if (!rows)
    return (
      <div className="grid gap-1">
        <h2 className="text-lg font-semibold">Old {word} to remove</h2>
        <p className="text-sm text-muted">
          {byDefault} Preview (or adding the new one) reads the app's {word}, to choose others.
        </p>
      </div>
    );
  const checked = picked === 'default' ? defaultOld(rows, credential, newName, newKeyId) : picked;
  function toggle(keyId: string, on: boolean) {
    onPick(on ? [...checked, keyId] : checked.filter((candidate) => candidate !== keyId));
  }
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-lg font-semibold">Old {word} to remove</legend>
      <p className="text-sm text-muted">
        {picked === 'default' ? byDefault : 'Finishing removes the checked ones, by key ID; the script names them.'}
        {credential === 'secret' && " Entra shows a secret's first characters as its hint."}
      </p>
      {rows.length === 0 && <p className="text-sm">The app has no {word}.</p>}
      <ul className="grid gap-1 text-sm">
        {rows.map((row) => {
          const fresh = isNew(row, newName, newKeyId);
          return (
            <li key={row.keyId}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={!fresh && checked.includes(row.keyId)}
                  disabled={fresh}
                  onChange={(event) => toggle(row.keyId, event.target.checked)}
                />
                <span>
                  <span className="font-medium">{row.displayName ?? '(no name)'}</span>
                  {fresh && ' (the new one: kept)'} — key ID <code className="font-mono">{row.keyId}</code>
                  {row.hint ? `, hint ${row.hint}…` : ''}, from {day(row.startDateTime)} to {day(row.endDateTime)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {picked !== 'default' && (
        <div>
          <Button variant="secondary" onClick={() => onPick('default')}>
            Back to the default
          </Button>
        </div>
      )}
    </fieldset>
  );
}
