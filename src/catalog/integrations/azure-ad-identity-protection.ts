import type { Integration } from '../types';
import { AZURE_AD_ENDPOINT_SELECT, SUBSCRIPTION_SOURCE } from './common.ts';

export const azureAdIdentityProtection: Integration = {
  id: 'azure-ad-identity-protection',
  name: 'Azure Active Directory Identity Protection',
  area: 'Identity and access',
  keywords: ['identity protection', 'risky users', 'risk detections', 'entra id', 'azure ad', 'aad'],
  sources: [
    'shared/reference/xsoar-docs/azure-ad-identity-protection.md',
    'demisto/content Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection/AzureADIdentityProtection.yml',
    'demisto/content Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection/AzureADIdentityProtection.py',
  ],
  productName: 'Azure Active Directory Identity Protection (Beta)',
  summary: 'Read risk detections and risky users, and confirm or dismiss user risk.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-active-directory-identity-protection',
  resetCommand: '!azure-ad-auth-reset',
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: '4ffef4a4-601f-4393-a789-432f3f3b8470',
      // What the integration asks for at device-code sign-in (REQUIRED_PERMISSIONS in its code).
      signIn: { endpoint: 'v2', scopes: ['offline_access', 'IdentityRiskEvent.Read.All', 'IdentityRiskyUser.ReadWrite.All'] },
      permissions: [
        { api: 'Microsoft Graph', name: 'IdentityRiskEvent.Read.All', type: 'Delegated' },
        { api: 'Microsoft Graph', name: 'IdentityRiskyUser.ReadWrite.All', type: 'Delegated' },
      ],
      nextCommands: ['!azure-ad-auth-start', '!azure-ad-auth-complete', '!azure-ad-auth-test'],
    },
  ],
  parameters: [
    { name: 'app_id', label: 'Application ID', secret: false, kind: 'text', source: { from: 'client-id' } },
    {
      name: 'subscription_id',
      label: 'Subscription ID',
      secret: false,
      kind: 'text',
      source: SUBSCRIPTION_SOURCE,
    },
    { ...AZURE_AD_ENDPOINT_SELECT, label: 'Azure Active Directory endpoint' },
  ],
};
