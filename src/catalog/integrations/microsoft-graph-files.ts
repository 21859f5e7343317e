import type { Integration } from '../types';
import { certificateThumbprintAndKey, CLICK_TEST, idTokenKey, managedIdentityParameters, permissionsOf, selfDeployed } from './common.ts';

export const microsoftGraphFiles: Integration = {
  id: 'microsoft-graph-files',
  name: 'O365 File Management (OneDrive/SharePoint/Teams)',
  area: 'Email and collaboration',
  keywords: ['files', 'onedrive', 'sharepoint', 'teams files', 'drives', 'sites', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles/MicrosoftGraphFiles.yml',
    'demisto/content Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles/README.md (Required Permissions)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles/MicrosoftGraphFiles.py (the Test button refuses the authorization-code flow; certificate: main() reads credentials_certificate_thumbprint and private_key)',
  ],
  productName: 'O365 File Management (Onedrive/Sharepoint/Teams)',
  summary: 'Upload, replace, list and delete files in OneDrive, SharePoint and Teams through Microsoft Graph.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-files',
  resetCommand: '!msgraph-files-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', ['Files.ReadWrite.All', 'Sites.ReadWrite.All']),
      nextCommands: [CLICK_TEST],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: permissionsOf('Microsoft Graph', 'Delegated', [
        'Directory.Read.All',
        'Files.ReadWrite.All',
        'Sites.ReadWrite.All',
        'User.Read',
      ]),
      // Its Test button refuses the authorization-code flow and names this command instead.
      nextCommands: ['!msgraph-files-auth-test'],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-files', permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    { name: 'host', label: 'Server URL', secret: false, type: 0, required: true, source: { from: 'cloud-host', host: 'graph' } },
    ...idTokenKey(
      ['credentials_auth_id', 'credentials_tenant_id', 'credentials_enc_key'],
      ['Application ID / Client ID', 'Token / Tenant ID', 'Key / Client Secret'],
      { flows: ['client-credentials', 'auth-code', 'xsoar-app'] },
    ),
    ...certificateThumbprintAndKey(['client-credentials', 'auth-code'], {
      thumbprintName: 'credentials_certificate_thumbprint',
      thumbprintType: 9,
    }),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for Self Deployed - Authorization Code Flow)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'auth_code_creds',
      label: 'Authorization code (for Self Deployed - Authorization Code Flow)',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    selfDeployed('Use a self-deployed Azure Application'),
    ...managedIdentityParameters,
  ],
};
