import { parseRedirect, withoutRedirectParams } from '../oauth/redirect';
import { isMsalResponse } from '../verify/msal-response';
import { choicesToQuery } from '../state/choices';
import { integrationPage, parseDeepLink, troubleshootRoute, withoutDeepLinkParams, withoutTroubleshootParams } from './deep-link';
import { loadPending } from './pending-sign-in';
import { applyRedirect, handOverToOpener } from './redirect-handoff';
import { sessionStore } from '../state/session';
import { firstOpenStep } from './steps';

/**
 * Runs before the first render: a sign-in redirect or a help-section deep link arrives in the real query string
 * (the wizard's own steps live in the hash). Both are moved into wizard state and removed from the address bar.
 */
export async function bootFromLocation(): Promise<'handed-over' | 'ready'> {
  const { pathname, search, hash } = window.location;
  // The PKCE check's answer comes back in the fragment: msal takes it (and closes its popup).
  if (isMsalResponse(hash)) {
    await (await import('../verify/msal-check')).completeMsalRedirect();
    return 'handed-over';
  }
  const redirect = parseRedirect(search);
  if (redirect) {
    // Strip code and state at once so they never linger in history or the address bar.
    history.replaceState(null, '', `${pathname}${withoutRedirectParams(search)}`);
    if (loadPending(sessionStorage)?.via === 'popup' && (await handOverToOpener(search))) return 'handed-over';
    history.replaceState(null, '', `${pathname}${withoutRedirectParams(search)}#${applyRedirect(redirect, sessionStorage)}`);
    return 'ready';
  }

  const troubleshoot = troubleshootRoute(search);
  if (troubleshoot) {
    history.replaceState(null, '', `${pathname}${withoutTroubleshootParams(search)}#${troubleshoot}`);
    return 'ready';
  }

  // An integration's help-section page: its overview, or the step its ?flow=&cloud= link asks for.
  const pageIntegration = integrationPage(pathname, import.meta.env.BASE_URL);
  if (pageIntegration && !parseDeepLink(search) && (!hash || hash === '#/')) {
    history.replaceState(null, '', `${pathname}${search}#/integration?integration=${pageIntegration}`);
    return 'ready';
  }
  const deepLink = parseDeepLink(pageIntegration ? `?integration=${pageIntegration}&${search.slice(1)}` : search);
  if (deepLink) {
    for (const problem of deepLink.problems)
      sessionStore.addNotice({ tone: 'error', title: 'Part of the link was not used', body: problem });
    history.replaceState(
      null,
      '',
      `${pathname}${withoutDeepLinkParams(search)}#${firstOpenStep(deepLink.choices)}?${choicesToQuery(deepLink.choices)}`,
    );
  }
  return 'ready';
}
