import { useEffect, useRef, type ReactNode } from 'react';

let firstHeading = true;

/**
 * Each step's heading takes focus when the admin moves to it, so keyboard and screen-reader users start at the
 * top of the new step. The page's first heading is left alone: focus starts at the document as usual.
 */
export function StepHeading({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstHeading) firstHeading = false;
    else ref.current?.focus();
  }, []);
  return (
    <div className="mb-6">
      <h1 ref={ref} tabIndex={-1} className="text-2xl font-semibold">
        {children}
      </h1>
      {intro && <p className="mt-2 text-muted">{intro}</p>}
    </div>
  );
}
