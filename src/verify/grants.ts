import { isOidcScope } from '../catalog/apis';
import type { Permission } from '../catalog/types';

/** What a sign-in proved: who, in which tenant, for which app, with which scopes and app roles. */
export interface GrantedSummary {
  tenantId: string;
  user: string;
  applicationId: string;
  grantedScopes: string[];
  roles: string[];
}

export interface GrantRow {
  permission: Permission;
  /** False when the token is for another API, so it cannot show this permission either way. */
  checked: boolean;
  granted: boolean;
}

/** "https://graph.microsoft.com/User.Read" → "user.read": scopes are compared without their resource, case-insensitively. */
export function scopeName(scope: string): string {
  const slash = scope.lastIndexOf('/');
  return (slash >= 0 ? scope.slice(slash + 1) : scope).toLowerCase();
}

/** The space-separated `scope` of a token response, as a list. */
export function splitScopes(scope: string): string[] {
  return scope.split(/\s+/).filter(Boolean);
}

/**
 * Required vs. granted: delegated permissions must appear among the granted scopes, application permissions
 * among the token's app roles. An access token is for one API (`tokenApi`, when known): permissions of other APIs
 * are left unchecked rather than reported missing. OIDC scopes count as granted once the sign-in succeeded.
 */
export function compareGrants(
  required: Permission[],
  grantedScopes: string[],
  roles: string[] = [],
  tokenApi?: Permission['api'],
): GrantRow[] {
  const scopes = new Set(grantedScopes.map(scopeName));
  const appRoles = new Set(roles.map((role) => role.toLowerCase()));
  return required.map((permission) => {
    const name = permission.name.toLowerCase();
    if (permission.type === 'Delegated' && isOidcScope(name)) return { permission, checked: true, granted: true };
    if (tokenApi && permission.api !== tokenApi) return { permission, checked: false, granted: false };
    return { permission, checked: true, granted: permission.type === 'Delegated' ? scopes.has(name) : appRoles.has(name) };
  });
}
