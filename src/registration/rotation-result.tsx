import { useId, useState } from 'react';
import { Button } from '../components/ui/button';
import { parseResultLine, type RegistrationResult } from './result-line';
import { credentialsOfLine, type CredentialRow } from './rotation-picks';

/** Takes the rotation script's last line into App details (the new secret to memory only), with the app's credentials it lists. */
export function RotationResult({
  integrationId,
  onApply,
}: {
  integrationId: string;
  onApply: (result: RegistrationResult, rows: CredentialRow[] | undefined) => void;
}) {
  const id = useId();
  // The pasted line may hold the new secret: it stays in this component's memory, never in the URL or storage.
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  function read() {
    const parsed = parseResultLine(text, integrationId);
    if (!parsed.ok) return setProblem(parsed.problem);
    setProblem(undefined);
    const rows = credentialsOfLine(text);
    setText('');
    onApply(parsed.result, rows);
  }

  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Script result
      </label>
      <p id={`${id}-hint`} className="text-xs text-subtle">
        The last line the script printed, starting with {'{"integration":'}. The new secret in it stays in this page's memory.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={2}
        spellCheck={false}
        autoComplete="off"
        className="rounded-md border border-field bg-surface p-2 font-mono text-xs"
      />
      {problem && <p className="text-sm text-red-700 dark:text-red-300">{problem}</p>}
      <div>
        <Button variant="secondary" onClick={read} disabled={!text.trim()}>
          Fill App details
        </Button>
      </div>
    </div>
  );
}
