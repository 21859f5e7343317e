import { withoutTrailingSlash } from './url';
/**
 * Authorize and admin-consent URLs of the Microsoft identity platform.
 * v1: {authority}/{tenant}/oauth2/authorize?…&resource=…   v2: {authority}/{tenant}/oauth2/v2.0/authorize?…&scope=…
 */

export interface AuthorizeRequest {
  authority: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
  /** Absent where no one will check it: the redirect goes to the product's own address, not back to the wizard. */
  state?: string;
  target: { endpoint: 'v1'; resource: string } | { endpoint: 'v2'; scopes: string[] };
  /** `consent`: Entra asks the user to consent again, also to what they consented before (permissions added since). */
  prompt?: 'consent';
}

// ':' and '/' are legal in a query value (RFC 3986 §3.4); keeping them makes the URL read like Microsoft's docs.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

function withQuery(base: string, params: [string, string][]): string {
  return `${base}?${params.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
}

function tenantBase(authority: string, tenant: string): string {
  return `${withoutTrailingSlash(authority)}/${encodeURIComponent(tenant)}`;
}

/**
 * The plain authorization-code request whose code the product redeems: no code_challenge, because the
 * product sends no code_verifier when it redeems.
 */
export function authorizationUrl(request: AuthorizeRequest): string {
  const { target } = request;
  const path = target.endpoint === 'v1' ? '/oauth2/authorize' : '/oauth2/v2.0/authorize';
  const what: [string, string] = target.endpoint === 'v1' ? ['resource', target.resource] : ['scope', target.scopes.join(' ')];
  return withQuery(`${tenantBase(request.authority, request.tenant)}${path}`, [
    ['response_type', 'code'],
    what,
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ...(request.state === undefined ? [] : [['state', request.state] as [string, string]]),
    ...(request.prompt ? [['prompt', request.prompt] as [string, string]] : []),
  ]);
}

export interface AdminConsentRequest {
  authority: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
  state: string;
  /** Usually `{resource}/.default`: every application permission configured on the app. */
  scope: string;
}

/** v2 admin consent: a tenant admin grants the app's application permissions for the whole tenant. */
export function adminConsentUrl(request: AdminConsentRequest): string {
  return withQuery(`${tenantBase(request.authority, request.tenant)}/v2.0/adminconsent`, [
    ['client_id', request.clientId],
    ['scope', request.scope],
    ['redirect_uri', request.redirectUri],
    ['state', request.state],
  ]);
}
