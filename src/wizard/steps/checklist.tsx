import { useId, useState } from 'react';
import type { ChecklistItem } from '../../catalog/checklist';
import { FLOWS } from '../../catalog/flows';
import type { FlowId } from '../../catalog/types';

/** The app-registration checklist; the admin ticks items off as they go (kept in this page only). */
export function Checklist({ items }: { items: ChecklistItem[] }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const id = useId();
  const count = items.filter((item) => done.has(item.text)).length;
  function toggle(text: string) {
    const next = new Set(done);
    if (next.has(text)) next.delete(text);
    else next.add(text);
    setDone(next);
  }
  return (
    <div>
      <p role="status" className="text-sm text-muted" data-needs-script="">
        {count} of {items.length} done
      </p>
      <ol className="mt-2 space-y-2 text-sm">
        {items.map((item, index) => (
          <li key={item.text} className="flex gap-2">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              checked={done.has(item.text)}
              onChange={() => toggle(item.text)}
              className="mt-1"
            />
            <span>
              <label htmlFor={`${id}-${index}`} className={done.has(item.text) ? 'text-subtle line-through' : ''}>
                {index + 1}. {item.text}
              </label>{' '}
              {item.link && (
                <a href={item.link.href} target="_blank" rel="noreferrer noopener" className="text-accent underline">
                  {item.link.label}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Under a flow's checklist: the wizard can make the registration itself (not for a flow that registers nothing). */
export function RegisterForYouNote({ flow, className = '' }: { flow: FlowId; className?: string }) {
  if (FLOWS[flow].registers === 'nothing') return null;
  return (
    <p className={`${className} text-sm text-muted`.trim()}>
      Or let the wizard do it: after you choose a cloud, App details offers a script for Azure Cloud Shell
      {import.meta.env.WIZARD_CLIENT_ID ? ' and a sign-in that registers the app from this page' : ''}.
    </p>
  );
}
