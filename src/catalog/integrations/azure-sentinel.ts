import type { Integration } from '../types';
import {
  AZURE_CLOUD_OPTIONS,
  certificateCredentials,
  CLICK_TEST,
  idTokenKey,
  managedIdentityParameters,
  redirectAndCode,
  selfDeployed,
} from './common.ts';

const LIST = '!azure-sentinel-list-incidents limit=1';
// The docs' version (hosted app, v1 authorization code) and newer versions (client credentials, managed identity) name
// the credentials differently; each row says which flows it belongs to.
const DOCS_VERSION = ['xsoar-app', 'auth-code'] as const;
const NEWER_VERSION = ['client-credentials', 'managed-identity'] as const;

export const azureSentinel: Integration = {
  id: 'azure-sentinel',
  name: 'Azure Sentinel',
  area: 'Security operations',
  keywords: ['sentinel', 'siem', 'incidents', 'watchlists', 'azure sentinel', 'microsoft sentinel'],
  sources: [
    'shared/reference/xsoar-docs/azure-sentinel.md',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.yml',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py (newer version: client credentials, managed identity; certificate: main() reads creds_certificate)',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/README.md',
  ],
  // On the workspace's subscription or resource group: for the app, its managed identity, or the user who signs in.
  role: 'Microsoft Sentinel Contributor',
  roleName: 'Microsoft Sentinel Contributor',
  productName: 'Azure Sentinel (Beta)',
  summary: 'Fetch and manage Microsoft Sentinel incidents, watchlists and entities through Azure Resource Manager.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-sentinel',
  resetCommand: '!azure-sentinel-auth-reset',
  flows: [
    {
      id: 'xsoar-app',
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-azure-sentinel',
      permissions: [],
      nextCommands: [LIST],
    },
    { id: 'client-credentials', permissions: [], nextCommands: [CLICK_TEST, LIST] },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v1', resource: 'managementV1Resource' },
      permissions: [{ api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' }],
      nextCommands: [LIST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST, LIST] },
  ],
  parameters: [
    {
      name: 'azure_cloud',
      label: 'Azure Cloud',
      secret: false,
      kind: 'select',
      options: AZURE_CLOUD_OPTIONS,
      source: { from: 'cloud-label' },
      flows: [...NEWER_VERSION],
    },
    {
      name: 'server_url',
      label: 'Server URL',
      secret: false,
      kind: 'text',
      source: { from: 'cloud-host', host: 'resourceManager' },
      flows: [...NEWER_VERSION],
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'tenant-id' },
      flows: [...NEWER_VERSION],
    },
    {
      name: 'credentials',
      label: 'Client ID',
      secret: false,
      kind: 'text',
      part: 'identifier',
      source: { from: 'client-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      kind: 'text',
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
    ...certificateCredentials(['client-credentials']),
    ...managedIdentityParameters,
    ...idTokenKey(
      ['auth_id', 'refresh_token', 'enc_key'],
      [
        'ID (received from the authorization step)',
        'Token (received from the authorization step)',
        'Key (received from the authorization step)',
      ],
      { flows: [...DOCS_VERSION], credentialFields: false },
    ),
    { ...selfDeployed('Use a self-deployed Azure application'), flows: [...DOCS_VERSION] },
    ...redirectAndCode({
      redirectLabel: 'Application redirect URI (for self-deployed mode)',
      codeLabel: 'Authorization code (received from the authorization step)',
      credentialField: false,
    }),
    {
      name: 'subscriptionID',
      label: 'Subscription ID',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'Azure portal › Sentinel › your workspace › Settings › Workspace settings', format: 'guid' },
    },
    {
      name: 'resourceGroupName',
      label: 'Resource Group Name',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'The resource group of the Log Analytics workspace' },
    },
    {
      name: 'workspaceName',
      label: 'Workspace Name',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'The Log Analytics workspace Sentinel runs on' },
    },
  ],
};
