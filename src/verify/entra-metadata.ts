import { withoutTrailingSlash } from '../oauth/url';
import { isOidcScope } from '../catalog/apis';

/**
 * The metadata msal-browser would otherwise download. Handing it over means msal makes no discovery request:
 * with a custom authority it never calls a Microsoft host, and with a national cloud it calls only that cloud.
 */
export function authorityMetadata(login: string, tenant: string): string {
  const base = `${withoutTrailingSlash(login)}/${tenant}`;
  return JSON.stringify({
    token_endpoint: `${base}/oauth2/v2.0/token`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    issuer: `${base}/v2.0`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
  });
}

export function cloudDiscoveryMetadata(login: string, tenant: string): string {
  const host = new URL(login).host;
  return JSON.stringify({
    tenant_discovery_endpoint: `${withoutTrailingSlash(login)}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

/** Scopes for the PKCE check: v2 scopes as they are, a v1 resource as its user_impersonation scope. */
export function checkScopes(target: { endpoint: 'v1'; resource: string } | { endpoint: 'v2'; scopes: string[] }): string[] {
  if (target.endpoint === 'v2') return target.scopes.filter((scope) => !isOidcScope(scope));
  return [`${withoutTrailingSlash(target.resource)}/user_impersonation`];
}
