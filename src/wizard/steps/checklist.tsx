import type { ChecklistItem } from '../../catalog/checklist';

export function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
      {items.map((item) => (
        <li key={item.text}>
          {item.text}{' '}
          {item.link && (
            <a href={item.link.href} target="_blank" rel="noreferrer noopener" className="text-blue-800 underline dark:text-blue-300">
              {item.link.label}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
