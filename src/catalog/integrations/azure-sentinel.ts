import type { Integration } from '../types';
import { AZURE_CLOUD_OPTIONS, certificateCredentials, CLICK_TEST, managedIdentityParameters } from './common.ts';

const LIST = '!azure-sentinel-list-incidents limit=1';

export const azureSentinel: Integration = {
  id: 'azure-sentinel',
  name: 'Azure Sentinel',
  area: 'Security operations',
  keywords: ['sentinel', 'siem', 'incidents', 'watchlists', 'azure sentinel', 'microsoft sentinel'],
  sources: [
    'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: client credentials and Azure Managed Identities only)',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py (main(): client ID and secret from credentials, creds_certificate or certificate_thumbprint + private_key, managed identities, tenant from creds_tenant_id or tenant_id, get_azure_cloud; the hosted app and v1 authorization code of older versions (auth_id, refresh_token, enc_key, auth_code) are gone from the code, so the wizard no longer offers them, though shared/reference/xsoar-docs/azure-sentinel.md still describes them)',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.yml',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/README.md',
  ],
  // On the workspace's subscription or resource group: for the app or its managed identity.
  role: 'Microsoft Sentinel Contributor',
  roleName: 'Microsoft Sentinel Contributor',
  productName: 'Azure Sentinel (Beta)',
  summary: 'Fetch and manage Microsoft Sentinel incidents, watchlists and entities through Azure Resource Manager.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-sentinel',
  resetCommand: '!azure-sentinel-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [CLICK_TEST, LIST] },
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
    },
    {
      name: 'server_url',
      label: 'Server URL',
      secret: false,
      kind: 'text',
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'tenant-id' },
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
