// Checks a bearer token as Microsoft Graph and Resource Manager do: signed by the identity provider (the local OIDC
// server's keys), not expired, for this API (audience), and carrying the delegated permissions the request needs.
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import { getJson } from '../loopback-https.mjs';

/**
 * @param {{ issuer: string, audiences: string[] }} options
 * @returns {(header: string | undefined) => Promise<{ ok: true, claims: Record<string, any>, scopes: Set<string> } | { ok: false, message: string }>}
 */
export function tokenChecker({ issuer, audiences }) {
  /** @type {ReturnType<typeof createLocalJWKSet> | undefined} */
  let keys;
  const load = async () => {
    const jwks = await getJson(`${issuer}/jwks`);
    if (!jwks) throw new Error(`no keys at ${issuer}/jwks`);
    return (keys = createLocalJWKSet(jwks));
  };
  return async (header) => {
    const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
    if (!token) return { ok: false, message: 'Access token is empty.' };
    try {
      const { payload } = await jwtVerify(token, keys ?? (await load()), { issuer, audience: audiences });
      // Delegated permissions are in `scp`, application permissions (app roles) in `roles`.
      const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
      const scopes = new Set([
        ...String(payload.scp ?? payload.scope ?? '')
          .split(' ')
          .filter(Boolean),
        ...roles,
      ]);
      return { ok: true, claims: payload, scopes };
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && keys) {
        keys = undefined;
        return { ok: false, message: 'Access token validation failure. Unknown signing key.' };
      }
      if (error instanceof errors.JWTExpired) return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
        return { ok: false, message: 'Access token validation failure. Invalid audience.' };
      return { ok: false, message: 'Access token validation failure.' };
    }
  };
}
