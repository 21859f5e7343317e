/** Input checks for app details. Each returns an admin-readable problem, or undefined when the value is fine. */

/** A GUID, as Entra writes tenant, application and object IDs. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export function checkTenant(value: string): string | undefined {
  const tenant = value.trim();
  if (!tenant) return 'Enter the directory (tenant) ID, a verified domain, or "organizations".';
  if (tenant === 'common' || tenant === 'organizations' || isGuid(tenant) || DOMAIN.test(tenant)) return undefined;
  if (tenant === 'consumers') return '"consumers" signs in personal Microsoft accounts only; use your tenant ID or "organizations".';
  if (/^[0-9a-f-]{30,40}$/i.test(tenant))
    return 'This looks like a GUID but is not one: a tenant ID has the form 00000000-0000-0000-0000-000000000000.';
  return 'Use the tenant ID (a GUID), a verified domain such as contoso.onmicrosoft.com, "common" or "organizations".';
}

export function checkClientId(value: string): string | undefined {
  const id = value.trim();
  if (!id) return 'Enter the Application (client) ID from the app registration overview.';
  if (!isGuid(id))
    return 'The Application (client) ID is a GUID of the form 00000000-0000-0000-0000-000000000000, shown on the app registration overview.';
  return undefined;
}

export function checkRedirectUri(value: string): string | undefined {
  const raw = value.trim();
  if (!raw) return 'Enter the redirect URI registered on the app.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The redirect URI must be an absolute URL, such as https://wizard.example.com/.';
  }
  if (url.hash) return 'A redirect URI cannot contain a fragment (#…).';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol === 'http:') return 'Microsoft accepts http:// redirect URIs only for localhost or 127.0.0.1; use https://.';
  return 'The redirect URI must start with https:// (or http://localhost).';
}

/** A custom cloud's login authority: an origin only, e.g. https://login.contoso-stack.local */
export function checkAuthority(value: string): string | undefined {
  const raw = value.trim();
  if (!raw) return 'Enter the login authority origin of your cloud, such as https://login.microsoftonline.com.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The authority must be an absolute URL, such as https://login.example.com.';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return 'The authority must use https:// (http:// only on localhost or 127.0.0.1).';
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return 'Give the origin only (scheme, host and port), without a path: the wizard adds /{tenant}/oauth2/… itself.';
  }
  return undefined;
}

export function normaliseAuthority(value: string): string {
  return new URL(value.trim()).origin;
}
