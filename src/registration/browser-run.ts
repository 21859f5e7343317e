import { InteractionRequiredAuthError, type AccountInfo } from '@azure/msal-browser';
import { memoryMsalApp, type MsalTarget } from '../verify/msal-app';
import type { Api, RegistrationPlan } from './model';
import type { Transport } from './run';

/** The registrar app at the cloud's authority; tenant: the admin's where known, else "organizations" (it is multi-tenant). */
export type RegistrarSignIn = MsalTarget;

/** The signed-in admin, and a token per API for the run. Tokens stay in this closure (msal keeps them in memory). */
export interface Registrar {
  account: AccountInfo;
  transport: Transport;
  forget: () => Promise<void>;
}

/**
 * Signs the admin in with the host's registrar app (PKCE, in a popup, one consent for Graph and Resource Manager) and
 * returns a transport that calls each API with its own token. The page imports this module (and msal-browser) only
 * when the admin starts.
 */
export async function signInRegistrar(request: RegistrarSignIn, plan: RegistrationPlan): Promise<Registrar> {
  const app = await memoryMsalApp(request);
  const login = await app.loginPopup({ scopes: plan.scopes.graph, extraScopesToConsent: plan.scopes.arm, prompt: 'select_account' });
  const account = login.account;
  const tokens: Partial<Record<Api, string>> = { graph: login.accessToken };

  async function token(api: Api): Promise<string> {
    const cached = tokens[api];
    if (cached) return cached;
    const scopes = plan.scopes[api];
    try {
      tokens[api] = (await app.acquireTokenSilent({ scopes, account })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      tokens[api] = (await app.acquireTokenPopup({ scopes, account })).accessToken;
    }
    return tokens[api] ?? '';
  }

  const transport: Transport = async ({ api, method, url, body }) => {
    const response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${await token(api)}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = { error: { code: `HTTP ${response.status}`, message: text.slice(0, 300) } };
    }
    return { status: response.status, body: parsed };
  };

  return { account, transport, forget: () => app.clearCache() };
}
