/**
 * The wizard's own base URL (no query, no hash): the default redirect URI, where sign-in results are captured. The
 * build's base, not the current path, so the integration pages under `i/<id>/` offer the same address.
 */
export function wizardAddress(): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}`;
}
