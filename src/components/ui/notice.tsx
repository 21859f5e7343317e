import type { ReactNode } from 'react';

const TONES = {
  error: 'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50',
  info: 'border-blue-700 bg-blue-50 text-blue-950 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-50',
  success: 'border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50',
} as const;

/** `live={false}` for content that changes every second (a countdown), which a live region would announce each time. */
export function Notice({
  tone,
  title,
  children,
  live = true,
}: {
  tone: keyof typeof TONES;
  title: string;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div role={live ? (tone === 'error' ? 'alert' : 'status') : undefined} className={`rounded-md border-l-4 p-4 ${TONES[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1 space-y-1 text-sm whitespace-pre-line">{children}</div>}
    </div>
  );
}
