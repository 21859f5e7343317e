import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-browser';
import { memoryMsalApp } from './msal-app';
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

let client: { key: string; app: PublicClientApplication } | undefined;

async function app(request: CheckRequest): Promise<PublicClientApplication> {
  const key = JSON.stringify([request.login, request.tenant, request.clientId, request.redirectUri]);
  if (client?.key === key) return client.app;
  const instance = await memoryMsalApp(request);
  client = { key, app: instance };
  return instance;
}

function toResult(result: AuthenticationResult, clientId: string): CheckResult {
  return summarizeTokens({ accessToken: result.accessToken, idToken: result.idToken, responseScopes: result.scopes, clientId });
}

/**
 * Authorization code + PKCE (S256) sign-in in a popup. There is no full-page fallback: msal-browser refuses redirects
 * with a memory-only cache (in_mem_redirect_unavailable), and the check's tokens must not be stored; a blocked popup
 * comes back as msal's popup_window_error / empty_window_error, which the page explains.
 */
export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const instance = await app(request);
  return toResult(await instance.loginPopup({ scopes: request.scopes }), request.clientId);
}

/** Forgets every token and account of the check. */
export async function forgetCheck(): Promise<void> {
  await client?.app.clearCache();
  client = undefined;
}

/** In the popup: hands msal's response back to the page that started it. */
export async function completeMsalRedirect(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame();
}
