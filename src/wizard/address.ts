/** The wizard's own base URL (no query, no hash): the default redirect URI, where sign-in results are captured. */
export function wizardAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
