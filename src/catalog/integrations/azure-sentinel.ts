import type { InstanceParameter, Integration, OlderVersion } from '../types';
import {
  azureCloudSelect,
  certificateCredentials,
  CLICK_TEST,
  idTokenKey,
  managedIdentityParameters,
  MANAGEMENT_USER_IMPERSONATION,
} from './common.ts';

const LIST = '!azure-sentinel-list-incidents limit=1';
const SNAPSHOT = 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779';
const PACK_1_0_10 = 'demisto/content@1c2fea16e7fd4f862e99ec53db3502986020cfb5';

/** The workspace Sentinel runs on; newer versions label its subscription and resource group "Default …". */
function workspace(prefix: '' | 'Default '): InstanceParameter[] {
  const shared = { secret: false, type: 0 as const, required: true as const };
  return [
    {
      name: 'subscriptionID',
      label: `${prefix}Subscription ID`,
      ...shared,
      source: { from: 'admin', placeholder: 'Azure portal › Sentinel › your workspace › Settings › Workspace settings', format: 'guid' },
    },
    {
      name: 'resourceGroupName',
      label: `${prefix}Resource Group Name`,
      ...shared,
      source: { from: 'admin', placeholder: 'The resource group of the Log Analytics workspace' },
    },
    {
      name: 'workspaceName',
      label: 'Workspace Name',
      ...shared,
      source: { from: 'admin', placeholder: 'The Log Analytics workspace Sentinel runs on' },
    },
  ];
}

/**
 * Pack 1.0.x (Beta): the vendor-hosted app, or a self-deployed app through the v1 authorization code; ID, Token and
 * Key are encrypted text fields whose meaning follows "Use a self-deployed Azure application". 1.1.0 replaced both
 * with client credentials ("Breaking changes: Change the authentication to be based on client credentials instead of
 * user impersonation").
 */
const beta: OlderVersion = {
  id: '1.0',
  label: 'Versions up to 1.0.13',
  upTo: '1.0.13',
  productName: 'Azure Sentinel (Beta)',
  clouds: ['global'],
  sources: [
    'shared/reference/xsoar-docs/azure-sentinel.md (the help section of these versions: hosted authorization page, the v1 authorize URL, ID / Token / Key / Authorization code / Redirect URI)',
    `${PACK_1_0_10} Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.yml (pack 1.0.10: auth_id, refresh_token, enc_key and auth_code encrypted text, self_deployed, redirect_uri)`,
    `${PACK_1_0_10} Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py (main(): every field read as a string; Client: tenant_id = refresh_token if self_deployed; the code redeemed at https://login.microsoftonline.com/{tenant_id}/oauth2/token for resource https://management.core.windows.net; test-module refused: "Please use !azure-sentinel-test instead")`,
    `${PACK_1_0_10} Packs/ApiModules/Scripts/MicrosoftApiModule/MicrosoftApiModule.py (the hosted app: oproxy.demisto.ninja/obtain-token with app name ms-azure-sentinel)`,
    'demisto/content@29f2a549d5f56462f23105d3c270b7ebd72f72f5 Packs/AzureSentinel/ReleaseNotes/1_0_13.md (the last 1.0.x release)',
    'demisto/content@0f8d8732bb2237b5bc59188d8dabb05ee77b2873 Packs/AzureSentinel/ReleaseNotes/1_1_0.md (client credentials replace user impersonation)',
  ],
  flows: [
    {
      id: 'xsoar-app',
      recommended: true,
      permissions: [],
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-azure-sentinel',
      nextCommands: ['!azure-sentinel-test', LIST],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v1', resource: 'managementV1Resource' },
      authorizeTenant: 'common',
      permissions: [MANAGEMENT_USER_IMPERSONATION],
      nextCommands: ['!azure-sentinel-test', LIST],
    },
  ],
  parameters: [
    ...idTokenKey(
      ['auth_id', 'refresh_token', 'enc_key'],
      [
        'ID (received from the authorization step - see Detailed Instructions (?) section)',
        'Token (received from the authorization step - see Detailed Instructions (?) section)',
        'Key (received from the authorization step - see Detailed Instructions (?) section)',
      ],
      { types: [4, 4, 4], required: true },
    ),
    { name: 'self_deployed', label: 'Use a self-deployed Azure application', secret: false, type: 8, source: { from: 'self-deployed' } },
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for self-deployed mode)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'auth_code',
      label: 'Authorization code (received from the authorization step - see Detailed Instructions (?) section)',
      secret: false,
      type: 4,
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    ...workspace(''),
  ],
};

export const azureSentinel: Integration = {
  id: 'azure-sentinel',
  name: 'Azure Sentinel',
  area: 'Security operations',
  keywords: ['sentinel', 'siem', 'incidents', 'watchlists', 'azure sentinel', 'microsoft sentinel'],
  sources: [
    'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: client credentials and Azure Managed Identities only)',
    `${SNAPSHOT} Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.yml (pack 1.5.66)`,
    `${SNAPSHOT} Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py (main(): client ID in credentials.identifier and the secret in its password, creds_certificate (identifier: thumbprint, password: key), managed identities, tenant from creds_tenant_id.password or the hidden tenant_id, get_azure_cloud; test-module lists one incident)`,
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/README.md',
  ],
  // On the workspace's subscription or resource group: for the app or its managed identity.
  role: 'Microsoft Sentinel Contributor',
  roleName: 'Microsoft Sentinel Contributor',
  productName: 'Microsoft Sentinel',
  summary: 'Fetch and manage Microsoft Sentinel incidents, watchlists and entities through Azure Resource Manager.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-sentinel',
  resetCommand: '!azure-sentinel-auth-reset',
  currentSince: '1.1.0',
  olderVersions: [beta],
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [CLICK_TEST, LIST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST, LIST] },
  ],
  parameters: [
    azureCloudSelect({ withCustom: true }),
    {
      name: 'creds_tenant_id',
      label: 'Tenant ID',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'tenant-id' },
    },
    {
      name: 'credentials',
      label: 'Client ID',
      secret: false,
      type: 9,
      part: 'identifier',
      source: { from: 'client-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'credentials',
      label: 'Password',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
      note: 'The client secret: the product labels this half of the Client ID field "Password".',
    },
    ...certificateCredentials(['client-credentials']),
    ...managedIdentityParameters,
    ...workspace('Default '),
    {
      name: 'server_url',
      label: 'Server URL',
      secret: false,
      type: 0,
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
  ],
};
