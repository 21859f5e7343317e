import { useId, useState } from 'react';
import { Button } from '../components/ui/button';
import { CopyButton } from '../components/ui/copy-button';
import { isGuid } from '../oauth/validate';
import type { SheetRow } from './parameters';

export function SheetRowView({ row, onChange, onCopied }: { row: SheetRow; onChange: (value: string) => void; onCopied?: () => void }) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const masked = row.secret && !revealed;
  const formatError =
    row.input?.format === 'guid' && row.value && !isGuid(row.value.trim())
      ? 'This should be a GUID (00000000-0000-0000-0000-000000000000).'
      : undefined;
  const shownValue = row.kind === 'checkbox' ? (row.value === 'true' ? 'true (checked)' : 'false (unchecked)') : row.value;

  return (
    <li className="grid gap-1 border-b border-line py-3">
      <label htmlFor={id} className="text-sm font-medium">
        {row.label} <code className="ml-1 rounded bg-sunken px-1 text-xs">{row.name}</code>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type={masked ? 'password' : 'text'}
          readOnly={!row.input}
          value={row.input ? row.value : shownValue}
          placeholder={row.input?.placeholder}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={formatError ? true : undefined}
          aria-describedby={[row.note && `${id}-note`, formatError && `${id}-error`].filter(Boolean).join(' ') || undefined}
          autoComplete="off"
          spellCheck={false}
          className={`min-w-0 flex-1 rounded-md border px-3 py-2 font-mono text-sm ${row.input ? 'border-field bg-surface' : 'border-line bg-sunken'}`}
        />
        {row.secret && (
          <Button
            variant="secondary"
            aria-pressed={revealed}
            onClick={() => setRevealed(!revealed)}
            aria-label={`${revealed ? 'Hide' : 'Reveal'} ${row.label}`}
          >
            {revealed ? 'Hide' : 'Reveal'}
          </Button>
        )}
        <CopyButton value={row.value} label={`Copy ${row.label}`} onCopied={onCopied} />
      </div>
      {row.note && (
        <p id={`${id}-note`} className="text-xs text-subtle">
          {row.note}
        </p>
      )}
      {formatError && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
          {formatError}
        </p>
      )}
      {row.secret && !row.value && (
        <p className="text-xs text-subtle">Not stored anywhere: enter it again after a reload or a full-page sign-in.</p>
      )}
    </li>
  );
}
