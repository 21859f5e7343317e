import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-browser';
import { authorityMetadata, cloudDiscoveryMetadata } from './entra-metadata';
import { splitScopes } from './grants';

export interface CheckRequest {
  login: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
}

export interface CheckResult {
  tenantId: string;
  user: string;
  applicationId: string;
  grantedScopes: string[];
  roles: string[];
}

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

/**
 * Granted scopes come from the access token itself where it is readable: Entra's `scp` (or RFC 9068's `scope`)
 * says what was really granted, while msal's `scopes` falls back to what was asked for when the server is silent.
 */
async function toResult(result: AuthenticationResult): Promise<CheckResult> {
  const claims = result.idTokenClaims as Record<string, unknown>;
  let roles: string[] = [];
  let grantedScopes = result.scopes;
  try {
    const { jwtDecode } = await import('jwt-decode');
    const access = jwtDecode<{ roles?: unknown; scp?: unknown; scope?: unknown }>(result.accessToken);
    if (Array.isArray(access.roles)) roles = access.roles.map(String);
    const scope = typeof access.scp === 'string' ? access.scp : typeof access.scope === 'string' ? access.scope : undefined;
    // A readable token without delegated scopes (an app-only token, or nothing consented) grants none.
    grantedScopes = scope === undefined ? [] : splitScopes(scope);
  } catch {
    // An opaque access token: keep what the token response said.
  }
  return {
    tenantId: result.tenantId || String(claims.tid ?? ''),
    user: result.account?.username || String(claims.preferred_username ?? claims.sub ?? ''),
    applicationId: String(claims.aud ?? ''),
    grantedScopes,
    roles,
  };
}

function isPopupBlocked(error: unknown): boolean {
  const code = (error as { errorCode?: string }).errorCode ?? '';
  return code === 'popup_window_error' || code === 'empty_window_error';
}

/** Authorization code + PKCE (S256) sign-in in a popup; where the popup is blocked, the whole page goes. */
export async function runCheck(request: CheckRequest): Promise<CheckResult | 'redirecting'> {
  const instance = await app(request);
  try {
    return await toResult(await instance.loginPopup({ scopes: request.scopes }));
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
  return result ? { request, result: await toResult(result) } : undefined;
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

/** msal answers in the fragment (`#code=…&state=…`); the wizard's own fragments start with "#/". */
export function isMsalResponse(hash: string): boolean {
  if (!hash.startsWith('#') || hash.startsWith('#/')) return false;
  const params = new URLSearchParams(hash.slice(1));
  return params.has('state') && (params.has('code') || params.has('error'));
}
