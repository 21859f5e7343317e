import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Text the admin is typing, kept in component state so no keystroke is lost, and written to the step URL a moment
 * after typing stops (so reload and back/forward keep it). Writing the URL on every keystroke drops characters:
 * each navigation would start from the query of the previous render.
 *
 * `cancel` drops a pending write: call it before navigating away with the draft, or the late write (a navigation of
 * its own) would interrupt the one to the next step.
 */
export function useDraft<T>(initial: T, commit: (value: T) => void, delayMs = 250): [T, (value: T) => void, () => void] {
  const [draft, setDraft] = useState(initial);
  const latestCommit = useRef(commit);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latestCommit.current = commit;
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    timer.current = setTimeout(() => latestCommit.current(draft), delayMs);
    return () => clearTimeout(timer.current);
  }, [draft, delayMs]);
  const cancel = useCallback(() => clearTimeout(timer.current), []);
  return [draft, setDraft, cancel];
}
