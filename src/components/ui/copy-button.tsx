import { useState } from 'react';
import { Button } from './button';

/** Copies `value`; `label` names what is copied for screen readers ("Copy Authorize URL"). */
export function CopyButton({
  value,
  label,
  text = 'Copy',
  onCopied,
}: {
  value: string;
  label: string;
  text?: string;
  onCopied?: () => void;
}) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
      onCopied?.();
    } catch {
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 2000);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={copy} disabled={!value} aria-label={label}>
        {text}
      </Button>
      <span role="status" className="text-xs text-subtle">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed: select the text and copy it by hand' : ''}
      </span>
    </span>
  );
}
