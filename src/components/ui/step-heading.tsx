import { useEffect, useRef, type ReactNode } from 'react';

/** Each step's heading takes focus when the step opens, so keyboard and screen-reader users start at the top. */
export function StepHeading({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="mb-6">
      <h1 ref={ref} tabIndex={-1} className="text-2xl font-semibold">
        {children}
      </h1>
      {intro && <p className="mt-2 text-slate-700 dark:text-slate-300">{intro}</p>}
    </div>
  );
}
