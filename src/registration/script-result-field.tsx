import { useId, useState } from 'react';
import { Button } from '../components/ui/button';
import { parseResultLine, type RegistrationResult } from './result-line';

/**
 * The field that takes the script's last line into App details: checked for this integration, then handed on with the
 * text it came in (a rotation's line also lists the app's credentials). `secret` names what the line may hold.
 */
export function ScriptResultField({
  integrationId,
  secret,
  onRead,
}: {
  integrationId: string;
  secret: string;
  onRead: (result: RegistrationResult, pasted: string) => void;
}) {
  const id = useId();
  // The pasted line may hold the secret: it stays in this component's memory, never in the URL or storage.
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  function read() {
    const parsed = parseResultLine(text, integrationId);
    if (!parsed.ok) return setProblem(parsed.problem);
    setProblem(undefined);
    setText('');
    onRead(parsed.result, text);
  }

  return (
    <>
      <label htmlFor={id} className="text-sm font-medium">
        Script result
      </label>
      <p id={`${id}-hint`} className="text-xs text-subtle">
        The last line the script printed, starting with {'{"integration":'}. The {secret} in it stays in this page's memory.
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
    </>
  );
}
