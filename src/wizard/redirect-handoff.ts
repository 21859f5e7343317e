import { acceptRedirect, REFUSAL_MESSAGES } from '../oauth/accept-redirect';
import { parseRedirect, type RedirectResult } from '../oauth/redirect';
import { choicesToQuery, chosenCloud } from '../state/choices';
import { clearPending, loadPending } from './pending-sign-in';
import { sessionStore } from '../state/session';

/**
 * The sign-in popup and the wizard tab that opened it talk over a same-origin BroadcastChannel: it keeps working
 * when the identity provider's pages cut `window.opener` (Cross-Origin-Opener-Policy).
 */
const CHANNEL = 'ms-auth-wizard:redirect';
const HANDOFF_TIMEOUT_MS = 1500;

type Message = { type: 'redirect'; id: string; search: string } | { type: 'ack'; id: string };

let awaitingPopup = false;

/** Called when this tab opens the sign-in popup: only such a tab takes a popup's result. */
export function expectPopupResult(): void {
  awaitingPopup = true;
}

/** Checks the redirect against the pending sign-in, records the outcome in memory, and says which step to show. */
export function applyRedirect(result: RedirectResult, storage: Storage, now = Date.now()): string {
  const pending = loadPending(storage);
  const acceptance = acceptRedirect(result, pending?.state);
  const query = pending ? `?${choicesToQuery(pending.choices)}` : '';
  if (acceptance.ok) {
    clearPending(storage);
    const { result: accepted } = acceptance;
    sessionStore.setCapture(
      accepted.kind === 'code'
        ? { kind: 'code', code: accepted.code, capturedAt: now }
        : { kind: 'admin-consent', tenant: accepted.tenant, capturedAt: now },
    );
    return `/sheet${query}`;
  }
  if (acceptance.reason === 'provider-error') {
    clearPending(storage);
    const choices = pending?.choices;
    const login = choices && chosenCloud(choices)?.login;
    const { error, description } = acceptance;
    // The error table loads only when an error comes back: it stays out of the first screen.
    import('../oauth/explain-error').then(
      ({ explainError }) => {
        const explanation = explainError(error, description, login);
        sessionStore.addNotice({
          tone: 'error',
          title: `Sign-in failed: ${error}`,
          body: `${description ? `${description}\n` : ''}${explanation.meaning} Fix: ${explanation.fix}`,
          code: explanation.code,
          lookup: explanation.lookup,
        });
      },
      // Without the table (offline), the raw error still says what happened.
      () => sessionStore.addNotice({ tone: 'error', title: `Sign-in failed: ${error}`, body: description }),
    );
    return `/authorize${query}`;
  }
  sessionStore.addNotice({ tone: 'error', title: 'Sign-in response refused', body: REFUSAL_MESSAGES[acceptance.reason] });
  return pending ? `/authorize${query}` : '/';
}

/** In the popup: hand the redirect to the wizard tab that is waiting for it. Resolves false when nobody answers. */
export function handOverToOpener(search: string): Promise<boolean> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(false);
  const channel = new BroadcastChannel(CHANNEL);
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const finish = (handled: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(handled);
    };
    const timer = setTimeout(() => finish(false), HANDOFF_TIMEOUT_MS);
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'ack' && event.data.id === id) finish(true);
    };
    channel.postMessage({ type: 'redirect', id, search } satisfies Message);
  });
}

/** In the wizard tab: take results from the popup this tab opened. */
export function listenForPopupResults(navigate: (path: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type !== 'redirect' || !awaitingPopup) return;
    const result = parseRedirect(message.search);
    if (!result) return;
    awaitingPopup = false;
    channel.postMessage({ type: 'ack', id: message.id } satisfies Message);
    navigate(applyRedirect(result, sessionStorage));
    window.focus();
  };
  return () => channel.close();
}
