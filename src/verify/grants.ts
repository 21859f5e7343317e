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
 * among the token's app roles.
 */
export function compareGrants(required: Permission[], grantedScopes: string[], roles: string[] = []): GrantRow[] {
  const scopes = new Set(grantedScopes.map(scopeName));
  const appRoles = new Set(roles.map((role) => role.toLowerCase()));
  return required.map((permission) => ({
    permission,
    granted: permission.type === 'Delegated' ? scopes.has(permission.name.toLowerCase()) : appRoles.has(permission.name.toLowerCase()),
  }));
}
