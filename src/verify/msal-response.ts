/** msal answers in the fragment (`#code=…&state=…`); the wizard's own fragments start with "#/". */
export function isMsalResponse(hash: string): boolean {
  if (!hash.startsWith('#') || hash.startsWith('#/')) return false;
  const params = new URLSearchParams(hash.slice(1));
  return params.has('state') && (params.has('code') || params.has('error'));
}
