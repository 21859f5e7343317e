import { jwtDecode } from 'jwt-decode';
import { splitScopes, type GrantedSummary } from './grants';

function claimsOf(token: string | undefined): Record<string, unknown> | undefined {
  if (!token) return undefined;
  try {
    return jwtDecode<Record<string, unknown>>(token);
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * What a sign-in proved, read from its tokens. Granted scopes come from the access token where it is readable
 * (Entra's `scp`, RFC 9068's `scope`): the token response's `scope`, or msal's `scopes`, may only echo the request.
 */
export function summarizeTokens(tokens: {
  accessToken: string;
  idToken?: string;
  responseScopes: string[];
  clientId?: string;
}): GrantedSummary {
  const access = claimsOf(tokens.accessToken);
  const id = claimsOf(tokens.idToken) ?? {};
  const scope = access ? text(access.scp) || text(access.scope) : undefined;
  return {
    tenantId: text(id.tid) || text(access?.tid),
    user:
      text(id.preferred_username) ||
      text(access?.upn) ||
      text(access?.unique_name) ||
      text(access?.preferred_username) ||
      text(id.sub) ||
      text(access?.sub),
    applicationId: text(access?.appid) || text(access?.azp) || text(access?.client_id) || text(id.aud) || tokens.clientId || '',
    grantedScopes: access ? splitScopes(scope ?? '') : tokens.responseScopes,
    roles: Array.isArray(access?.roles) ? access.roles.map(String) : [],
  };
}
