import { useEffect, useRef, useState } from 'react';

/**
 * Text the admin is typing, kept in component state so no keystroke is lost, and written to the step URL a moment
 * after typing stops (so reload and back/forward keep it). Writing the URL on every keystroke drops characters:
 * each navigation would start from the query of the previous render.
 */
export function useDraft<T>(initial: T, commit: (value: T) => void, delayMs = 250): [T, (value: T) => void] {
  const [draft, setDraft] = useState(initial);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => latestCommit.current(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs]);
  return [draft, setDraft];
}
