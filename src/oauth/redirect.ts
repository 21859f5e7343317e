/** What the identity platform put on the redirect back to the wizard. */
export type RedirectResult =
  | { kind: 'code'; code: string; state: string | null }
  | { kind: 'admin-consent'; tenant: string | null; state: string | null }
  | { kind: 'error'; error: string; description: string; state: string | null };

const REDIRECT_KEYS = [
  'code',
  'state',
  'session_state',
  'error',
  'error_description',
  'error_uri',
  'error_codes',
  'trace_id',
  'correlation_id',
  'timestamp',
  'admin_consent',
  'tenant',
  'scope',
  'iss',
  'client_info',
] as const;

/** Reads a redirect query string; undefined when it is not a redirect from a sign-in. */
export function parseRedirect(search: string): RedirectResult | undefined {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  const error = params.get('error');
  if (error) return { kind: 'error', error, description: params.get('error_description') ?? '', state };
  // Only the bare code: the product refuses a value that still carries session_state or other parameters.
  const code = params.get('code');
  if (code) return { kind: 'code', code, state };
  if (params.has('admin_consent')) return { kind: 'admin-consent', tenant: params.get('tenant'), state };
  return undefined;
}

/** The query without the redirect's parameters, so nothing of the sign-in stays in the address bar. */
export function withoutRedirectParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of REDIRECT_KEYS) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * The bare authorization code from whatever the admin pasted: the code itself, or the whole redirected URL
 * (`…?code=…&session_state=…`). The product refuses anything but the bare code.
 */
export function extractCode(pasted: string): string {
  const text = pasted.trim();
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text.includes('code=') ? text : '';
  if (query) {
    const code = new URLSearchParams(query.split('#')[0]).get('code');
    if (code) return code;
  }
  return text;
}
