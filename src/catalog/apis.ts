import type { Permission, SignInRequest } from './types';

/** OpenID Connect scopes: consented with the sign-in itself, never an API's permission, never in an access token's `scp`. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export const isOidcScope = (scope: string): boolean => OIDC_SCOPES.has(scope.toLowerCase());
const API_OF_HOST: Record<string, Permission['api']> = {
  graph: 'Microsoft Graph',
  resourceManager: 'Azure Service Management',
  managementV1Resource: 'Azure Service Management',
  officeManagement: 'Office 365 Management APIs',
};
const API_OF_APP_ID: Record<string, Permission['api']> = {
  '00000003-0000-0000-c000-000000000000': 'Microsoft Graph',
  '797f4846-ba00-4fd7-ba43-dac1f8f63013': 'Azure Service Management',
  '499b84ac-1321-427f-aa17-267ca6975798': 'Azure DevOps',
  'c5393580-f805-4401-95e8-94b7a6ef2fc2': 'Office 365 Management APIs',
};

/**
 * The API a sign-in's access token is for: the resource of its first non-OIDC scope (`{graph}/…`, an API's
 * application ID) or its v1 resource. Undefined for an API the catalog names no permissions of.
 */
export function apiOfSignIn(signIn: SignInRequest): Permission['api'] | undefined {
  if (signIn.endpoint === 'v1') return API_OF_HOST[signIn.resource];
  const scope = signIn.scopes.find((candidate) => !isOidcScope(candidate));
  const prefix = scope?.match(/^\{(\w+)\}\/|^([0-9a-f-]{36})\//);
  if (!prefix) return undefined;
  return prefix[1] ? API_OF_HOST[prefix[1]] : API_OF_APP_ID[prefix[2] ?? ''];
}
