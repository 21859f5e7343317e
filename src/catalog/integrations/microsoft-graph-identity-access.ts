import type { Integration } from '../types';
import {
  applicationId,
  AZURE_AD_ENDPOINT_SELECT,
  certificateCredentials,
  clientCredentialsParameters,
  managedIdentityParameters,
  permissionsOf,
} from './common.ts';

const TEST = '!msgraph-identity-auth-test';
// What the integration asks for at device-code sign-in (REQUIRED_PERMISSIONS in its code).
const REQUIRED_PERMISSIONS = [
  'IdentityRiskEvent.Read.All',
  'IdentityRiskyUser.ReadWrite.All',
  'RoleManagement.ReadWrite.Directory',
  'Policy.ReadWrite.ConditionalAccess',
  'Policy.Read.All',
  'Application.Read.All',
];

export const microsoftGraphIdentityAccess: Integration = {
  id: 'microsoft-graph-identity-access',
  name: 'Azure Active Directory Identity And Access',
  area: 'Identity and access',
  // Its code calls https://graph.microsoft.com and asks client-credentials tokens at the worldwide login host; the Azure AD
  // endpoint feeds only the device-code start (metron-labs/content@f85a918 MicrosoftGraphIdentityandAccess.py).
  clouds: ['global'],
  keywords: ['identity and access', 'directory roles', 'roles', 'named locations', 'conditional access', 'entra id', 'azure ad', 'aad'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess/MicrosoftGraphIdentityandAccess.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess/MicrosoftGraphIdentityandAccess.py',
    'demisto/content Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess/MicrosoftGraphIdentityandAccess_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess/MicrosoftGraphIdentityandAccess.py (certificate: main() reads creds_certificate)',
  ],
  productName: 'Azure Active Directory Identity And Access',
  summary: 'Manage directory roles and their members, named locations and identity-protection risks.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-identity-and-access',
  resetCommand: '!msgraph-identity-auth-reset',
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: '597c0375-766f-4e6d-ad2a-f48117044ac5',
      signIn: { endpoint: 'v2', scopes: ['offline_access', ...REQUIRED_PERMISSIONS] },
      permissions: REQUIRED_PERMISSIONS.map((name) => ({ api: 'Microsoft Graph', name, type: 'Delegated' })),
      nextCommands: ['!msgraph-identity-auth-start', '!msgraph-identity-auth-complete', TEST],
    },
    {
      id: 'client-credentials',
      consentResource: 'graph',
      // The names its code asks for, as application permissions (its description names RoleManagement.ReadWrite.Directory).
      permissions: permissionsOf('Microsoft Graph', 'Application', REQUIRED_PERMISSIONS),
      nextCommands: [TEST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    applicationId(['device-code', 'client-credentials'], 'Application ID (Client ID for Client credentials mode)'),
    ...clientCredentialsParameters({ labelSuffix: ' (required for Client Credentials mode)' }),
    ...certificateCredentials(['client-credentials']),
    ...managedIdentityParameters,
    AZURE_AD_ENDPOINT_SELECT,
    {
      name: 'client_credentials',
      label: 'Use Client Credentials Authorization Flow',
      secret: false,
      type: 8,
      source: { from: 'flow-choice', values: { 'client-credentials': 'true', 'device-code': 'false', 'managed-identity': 'false' } },
    },
  ],
};
