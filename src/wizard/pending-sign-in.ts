import type { Choices } from '../state/choices';

/**
 * The sign-in the wizard started, kept in sessionStorage so a full-page redirect can be matched to it.
 * It holds the state and the non-secret choices only; it is removed as soon as a redirect uses it.
 */
export interface PendingSignIn {
  state: string;
  kind: 'authorize' | 'admin-consent';
  choices: Choices;
  startedAt: number;
  /**
   * 'popup' when the sign-in was opened in a popup: the popup gets a copy of this tab's sessionStorage, so it knows
   * to hand the result back even when the identity provider's pages cut `window.opener`.
   */
  via?: 'popup' | 'page';
}

const KEY = 'ms-auth-wizard:pending-sign-in';

export function savePending(storage: Storage, pending: PendingSignIn): void {
  storage.setItem(KEY, JSON.stringify(pending));
}

export function loadPending(storage: Storage): PendingSignIn | undefined {
  const raw = storage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as PendingSignIn;
    return typeof value.state === 'string' && value.choices ? value : undefined;
  } catch {
    return undefined;
  }
}

export function clearPending(storage: Storage): void {
  storage.removeItem(KEY);
}

/** Records how the pending sign-in is being opened, just before it opens. */
export function markPendingVia(storage: Storage, via: 'popup' | 'page'): void {
  const pending = loadPending(storage);
  if (pending) savePending(storage, { ...pending, via });
}
