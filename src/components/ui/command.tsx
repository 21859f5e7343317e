import { CopyButton } from './copy-button';

/** A product command (e.g. "!msgraph-user-auth-reset") shown as code, with its copy button. */
export function Command({ command }: { command: string }) {
  return (
    <>
      <code className="rounded bg-sunken px-2 py-1 font-mono text-sm">{command}</code>
      <CopyButton value={command} label={`Copy command ${command}`} />
    </>
  );
}
