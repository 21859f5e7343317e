import type { Integration } from '../types';
import { certificateThumbprintAndKey, idTokenKey, managedIdentityParameters, permissionsOf, selfDeployed } from './common.ts';

const LIST = '!msgraph-groups-list-groups top=1';

export const microsoftGraphGroups: Integration = {
  id: 'microsoft-graph-groups',
  name: 'Microsoft Graph Groups',
  area: 'Identity and access',
  keywords: ['groups', 'entra id groups', 'azure ad groups', 'aad', 'members', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphGroups/Integrations/MicrosoftGraphGroups/MicrosoftGraphGroups.yml (certificate: credentials_certificate_thumbprint and private_key)',
    'demisto/content Packs/MicrosoftGraphGroups/Integrations/MicrosoftGraphGroups/README.md (Required Permissions)',
  ],
  productName: 'Azure Active Directory Groups',
  summary: 'Create, list and delete groups and manage their members through Microsoft Graph.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-groups',
  resetCommand: '!msgraph-groups-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', ['Directory.ReadWrite.All', 'Group.ReadWrite.All']),
      nextCommands: [LIST],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: permissionsOf('Microsoft Graph', 'Delegated', ['Directory.ReadWrite.All']),
      nextCommands: [LIST],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-groups', permissions: [], nextCommands: [LIST] },
    { id: 'managed-identity', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    { name: 'url', label: 'Server URL', secret: false, type: 0, required: true, source: { from: 'cloud-host', host: 'graph' } },
    ...idTokenKey(['creds_auth_id', 'creds_tenant_id', 'credentials'], ['ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'], {
      flows: ['client-credentials', 'auth-code', 'xsoar-app'],
    }),
    ...certificateThumbprintAndKey(['client-credentials', 'auth-code'], {
      thumbprintName: 'credentials_certificate_thumbprint',
      thumbprintType: 9,
    }),
    ...managedIdentityParameters,
    selfDeployed('Use a self-deployed Azure Application'),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for Authorization Code flow mode)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'creds_auth_code',
      label: 'Authorization code (for Authorization Code flow mode - received from the authorization step. see Detailed Instructions)',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
  ],
};
