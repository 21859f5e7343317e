import type { Integration } from '../types';
import { AZURE_AD_ENDPOINT_SELECT, SUBSCRIPTION_SOURCE } from './common.ts';

const SNAPSHOT = 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779';
const APP_PERMISSIONS = ['IdentityRiskEvent.Read.All', 'IdentityRiskyUser.ReadWrite.All'];

export const azureAdIdentityProtection: Integration = {
  id: 'azure-ad-identity-protection',
  name: 'Azure Active Directory Identity Protection',
  area: 'Identity and access',
  // Its code asks every token at login.microsoftonline.com and calls https://graph.microsoft.com/beta; the Azure AD
  // endpoint feeds only the device-code start (metron-labs/content@f85a918 AzureADIdentityProtection.py).
  clouds: ['global'],
  keywords: ['identity protection', 'risky users', 'risk detections', 'entra id', 'azure ad', 'aad'],
  sources: [
    'shared/reference/xsoar-docs/azure-ad-identity-protection.md (device code with the vendor app or a self-deployed one; client credentials)',
    `${SNAPSHOT} Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection/AzureADIdentityProtection.yml (pack 1.3.28: deprecated, "Use Microsoft Graph Identity and Access instead"; client_credentials, tenant_id, credentials)`,
    `${SNAPSHOT} Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection/AzureADIdentityProtection.py (main(): client_credentials as a flag, app_id the client ID, tenant_id a string, the secret (params.get('credentials') or {}).get('password'); client credentials at the worldwide login host for https://graph.microsoft.com/.default; test-module is not functional, !azure-ad-auth-test gets a token)`,
  ],
  productName: 'Azure Active Directory Identity Protection  (Deprecated)',
  deprecated: { note: 'Deprecated. Use Microsoft Graph Identity and Access instead.', replacedBy: 'microsoft-graph-identity-access' },
  summary: 'Read risk detections and risky users, and confirm or dismiss user risk.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-active-directory-identity-protection',
  resetCommand: '!azure-ad-auth-reset',
  // The client-credentials token is always asked at the worldwide login host, whatever the Azure AD endpoint says.
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: APP_PERMISSIONS.map((name) => ({ api: 'Microsoft Graph' as const, name, type: 'Application' as const })),
      // Its Test button never tests (the code says so); the auth-test command gets a token.
      nextCommands: ['!azure-ad-auth-test'],
    },
    {
      id: 'device-code',
      defaultAppId: '4ffef4a4-601f-4393-a789-432f3f3b8470',
      // Its help section: "The app must be multi-tenant."
      multiTenantApp: true,
      // What the integration asks for at device-code sign-in (REQUIRED_PERMISSIONS in its code).
      signIn: { endpoint: 'v2', scopes: ['offline_access', ...APP_PERMISSIONS] },
      permissions: APP_PERMISSIONS.map((name) => ({ api: 'Microsoft Graph' as const, name, type: 'Delegated' as const })),
      nextCommands: ['!azure-ad-auth-start', '!azure-ad-auth-complete', '!azure-ad-auth-test'],
    },
  ],
  parameters: [
    {
      name: 'app_id',
      label: 'Application ID (Client ID for Client credentials mode)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'client-id' },
    },
    {
      name: 'subscription_id',
      label: 'Subscription ID',
      secret: false,
      type: 0,
      required: true,
      source: SUBSCRIPTION_SOURCE,
      note: 'Required by the instance settings, though the code never sends it.',
    },
    { ...AZURE_AD_ENDPOINT_SELECT, label: 'Azure Active Directory endpoint', required: true },
    {
      name: 'client_credentials',
      label: 'Use Client Credentials Authorization Flow',
      secret: false,
      type: 8,
      source: { from: 'flow-choice', values: { 'client-credentials': 'true', 'device-code': 'false' } },
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID (required for Client Credentials mode)',
      secret: false,
      type: 0,
      source: { from: 'tenant-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'credentials',
      label: 'Client Secret (required for Client Credentials mode)',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
  ],
};
