import { parseRedirect, withoutRedirectParams } from '../oauth/redirect';
import { isMsalResponse } from '../verify/msal-response';
import { choicesToQuery } from '../state/choices';
import { flowPage, integrationPage, parseDeepLink, troubleshootRoute, withoutDeepLinkParams, withoutTroubleshootParams } from './deep-link';
import { loadPending } from './pending-sign-in';
import { applyRedirect, handOverToOpener } from './redirect-handoff';
import { sessionStore } from '../state/session';
import { firstOpenStep } from './steps';
import { PATHS } from '../state/paths';

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

  // An integration's or a flow's help-section page: its overview, or the step its query (?flow=&cloud=…) asks for; a
  // step the admin was on (in the hash) stays.
  const base = import.meta.env.BASE_URL;
  const page = flowPage(pathname, base);
  const pageIntegration = page?.integration ?? integrationPage(pathname, base);
  const onStep = hash !== '' && hash !== '#/';
  if (pageIntegration && !parseDeepLink(search)) {
    if (!onStep)
      history.replaceState(
        null,
        '',
        `${pathname}${search}#${page ? `${PATHS.flowOverview}?integration=${page.integration}&flow=${page.flow}` : `${PATHS.overview}?integration=${pageIntegration}`}`,
      );
    return 'ready';
  }
  const deepLink = parseDeepLink(pageIntegration ? pageQuery(search, pageIntegration, page?.flow) : search);
  if (deepLink) {
    for (const problem of deepLink.problems)
      sessionStore.addNotice({ tone: 'error', title: 'Part of the link was not used', body: problem });
    history.replaceState(
      null,
      '',
      `${pathname}${withoutDeepLinkParams(search)}#${stepOnPage(firstOpenStep(deepLink.choices), page?.flow === deepLink.choices.flow)}?${choicesToQuery(deepLink.choices)}`,
    );
  }
  return 'ready';
}

/** On a flow's own page, the cloud is chosen on the page itself (it offers the cloud choice below its checklist). */
function stepOnPage(step: string, onItsFlowPage: boolean): string {
  return onItsFlowPage && step === PATHS.cloud ? PATHS.flowOverview : step;
}

/** A page's query read with the page's own integration, and its flow unless the query names one. */
function pageQuery(search: string, integration: string, flow: string | undefined): string {
  const params = new URLSearchParams(search);
  params.set('integration', integration);
  if (flow && !params.has('flow')) params.set('flow', flow);
  return `?${params.toString()}`;
}
