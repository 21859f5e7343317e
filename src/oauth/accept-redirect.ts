import type { RedirectResult } from './redirect';

/** Authorization codes of the Microsoft identity platform live about ten minutes. */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;

export type Acceptance =
  | { ok: true; result: Exclude<RedirectResult, { kind: 'error' }> }
  | { ok: false; reason: 'provider-error'; error: string; description: string }
  | { ok: false; reason: 'no-pending-sign-in' | 'missing-state' | 'state-mismatch' };

/**
 * Checks a redirect against the sign-in this wizard started. Anything whose state does not match is refused:
 * it may be a replayed or forged response (CSRF), or the answer to an older, already used sign-in.
 */
export function acceptRedirect(result: RedirectResult, expectedState: string | undefined): Acceptance {
  if (!expectedState) return { ok: false, reason: 'no-pending-sign-in' };
  if (!result.state) return { ok: false, reason: 'missing-state' };
  if (result.state !== expectedState) return { ok: false, reason: 'state-mismatch' };
  if (result.kind === 'error') return { ok: false, reason: 'provider-error', error: result.error, description: result.description };
  return { ok: true, result };
}

export const REFUSAL_MESSAGES: Record<'no-pending-sign-in' | 'missing-state' | 'state-mismatch', string> = {
  'no-pending-sign-in':
    'The wizard received a sign-in response it did not start (or one it has already used). Codes are single-use: start the sign-in again from the Authorize step.',
  'missing-state':
    'The sign-in response carried no state, so the wizard cannot tell it was the answer to its own request. It was refused; start the sign-in again.',
  'state-mismatch':
    'The state in the sign-in response does not match the one this wizard issued, so the response was refused: it may be an old or forged response. Start the sign-in again from the Authorize step.',
};
