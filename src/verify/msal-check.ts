import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-browser';
import { authorityMetadata, cloudDiscoveryMetadata } from './entra-metadata';
import type { GrantedSummary } from './grants';
import { summarizeTokens } from './token-claims';

export interface CheckRequest {
  login: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
}

export type CheckResult = GrantedSummary;

const REDIRECT_MARKER = 'ms-auth-wizard:msal-redirect';

let client: { key: string; app: PublicClientApplication } | undefined;

/** msal-browser is loaded only here, when the admin starts a check: it stays out of the first screen's bundle. */
async function app(request: CheckRequest): Promise<PublicClientApplication> {
  const key = JSON.stringify([request.login, request.tenant, request.clientId, request.redirectUri]);
  if (client?.key === key) return client.app;
  const { PublicClientApplication } = await import('@azure/msal-browser');
  const instance = new PublicClientApplication({
    auth: {
      clientId: request.clientId,
      authority: `${request.login}/${request.tenant}`,
      knownAuthorities: [new URL(request.login).host],
      authorityMetadata: authorityMetadata(request.login, request.tenant),
      cloudDiscoveryMetadata: cloudDiscoveryMetadata(request.login, request.tenant),
      redirectUri: request.redirectUri,
    },
    // Tokens stay in memory: nothing of the check is written to localStorage.
    cache: { cacheLocation: 'memoryStorage' },
  });
  await instance.initialize();
  client = { key, app: instance };
  return instance;
}

function toResult(result: AuthenticationResult, clientId: string): CheckResult {
  return summarizeTokens({ accessToken: result.accessToken, idToken: result.idToken, responseScopes: result.scopes, clientId });
}

function isPopupBlocked(error: unknown): boolean {
  const code = (error as { errorCode?: string }).errorCode ?? '';
  return code === 'popup_window_error' || code === 'empty_window_error';
}

/** Authorization code + PKCE (S256) sign-in in a popup; where the popup is blocked, the whole page goes. */
export async function runCheck(request: CheckRequest): Promise<CheckResult | 'redirecting'> {
  const instance = await app(request);
  try {
    return toResult(await instance.loginPopup({ scopes: request.scopes }), request.clientId);
  } catch (error) {
    if (!isPopupBlocked(error)) throw error;
    sessionStorage.setItem(REDIRECT_MARKER, JSON.stringify(request));
    await instance.loginRedirect({ scopes: request.scopes });
    return 'redirecting';
  }
}

/** After a full-page check: finishes it when this page load is its return. */
export async function resumeCheck(): Promise<{ request: CheckRequest; result: CheckResult } | undefined> {
  const saved = sessionStorage.getItem(REDIRECT_MARKER);
  if (!saved) return undefined;
  sessionStorage.removeItem(REDIRECT_MARKER);
  const request = JSON.parse(saved) as CheckRequest;
  const result = await (await app(request)).handleRedirectPromise();
  return result ? { request, result: toResult(result, request.clientId) } : undefined;
}

export function hasPendingCheck(): boolean {
  return sessionStorage.getItem(REDIRECT_MARKER) !== null;
}

/** Forgets every token and account of the check. */
export async function forgetCheck(): Promise<void> {
  await client?.app.clearCache();
  client = undefined;
}

/** In the popup (or after a full-page check): hands msal's response back to the page that started it. */
export async function completeMsalRedirect(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame();
}
