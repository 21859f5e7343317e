import { useSyncExternalStore } from 'react';

/** Captured from the sign-in redirect; kept in memory only. */
export type Capture =
  { kind: 'code'; code: string; capturedAt: number } | { kind: 'admin-consent'; tenant: string | null; capturedAt: number };

export interface Notice {
  tone: 'error' | 'info';
  title: string;
  body: string;
  /** The error code from the identity platform, when there is one. */
  code?: string;
  /** The cloud's own page about the error code. */
  lookup?: string;
}

/**
 * What must never be written to storage or the URL: the client secret and the captured code.
 * A reload forgets them on purpose.
 */
interface Session {
  secret: string;
  capture?: Capture;
  notices: Notice[];
}

let session: Session = { secret: '', notices: [] };
const listeners = new Set<() => void>();

function update(change: Partial<Session>): void {
  session = { ...session, ...change };
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: () => session,
  setSecret: (secret: string) => update({ secret }),
  setCapture: (capture: Capture | undefined) => update({ capture }),
  addNotice: (notice: Notice) => update({ notices: [...session.notices, notice] }),
  dismissNotices: () => update({ notices: [] }),
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): Session {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
