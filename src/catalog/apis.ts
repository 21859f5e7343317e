import type { Permission, SignInRequest } from './types';

/** OpenID Connect scopes: consented with the sign-in itself, never an API's permission, never in an access token's `scp`. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export const isOidcScope = (scope: string): boolean => OIDC_SCOPES.has(scope.toLowerCase());
const API_OF_HOST: Record<string, Permission['api']> = {
  graph: 'Microsoft Graph',
  resourceManager: 'Azure Service Management',
  managementV1Resource: 'Azure Service Management',
  officeManagement: 'Office 365 Management APIs',
  logAnalytics: 'Log Analytics API',
};
/** Each API's well-known application ID: the one identifier the registration plan needs; its permissions' IDs it reads at run time. */
export const API_APP_IDS: Record<Permission['api'], string> = {
  'Microsoft Graph': '00000003-0000-0000-c000-000000000000',
  'Azure Service Management': '797f4846-ba00-4fd7-ba43-dac1f8f63013',
  'Azure DevOps': '499b84ac-1321-427f-aa17-267ca6975798',
  'Office 365 Management APIs': 'c5393580-f805-4401-95e8-94b7a6ef2fc2',
  'Office 365 Exchange Online': '00000002-0000-0ff1-ce00-000000000000',
  'Azure Data Explorer': '2746ea77-4702-4b45-80ca-3c97e680e8b7',
  'Microsoft Threat Protection': '8ee8fdad-f234-4243-8f3b-15c294843740',
  WindowsDefenderATP: 'fc780465-2017-40d4-a0c5-307022471b92',
  'Log Analytics API': 'ca7f3f0b-7d91-482c-8e09-c5d840d0eac5',
  'Microsoft Cloud App Security': '05a65629-4c1b-48c1-a78b-804c4abdd4af',
};
const API_OF_APP_ID = Object.fromEntries(Object.entries(API_APP_IDS).map(([api, appId]) => [appId, api])) as Record<
  string,
  Permission['api']
>;

/**
 * The API a sign-in's access token is for: the resource of its first non-OIDC scope (`{graph}/…`, an API's
 * application ID) or its v1 resource. Undefined for an API the catalog names no permissions of.
 */
export function apiOfSignIn(signIn: SignInRequest): Permission['api'] | undefined {
  if (signIn.endpoint === 'v1') return API_OF_HOST[signIn.resource];
  if (signIn.api) return signIn.api;
  const scope = signIn.scopes.find((candidate) => !isOidcScope(candidate));
  const prefix = scope?.match(/^\{(\w+)\}\/|^([0-9a-f-]{36})\//);
  if (!prefix) return undefined;
  return prefix[1] ? API_OF_HOST[prefix[1]] : API_OF_APP_ID[prefix[2] ?? ''];
}
