import type { Integration } from '../types';
import { selfDeployed } from './common.ts';

export const azureSentinel: Integration = {
  id: 'azure-sentinel',
  name: 'Azure Sentinel',
  area: 'Security operations',
  keywords: ['sentinel', 'siem', 'incidents', 'watchlists', 'azure sentinel', 'microsoft sentinel'],
  sources: [
    'shared/reference/xsoar-docs/azure-sentinel.md',
    'demisto/content Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.yml',
  ],
  productName: 'Azure Sentinel (Beta)',
  summary: 'Fetch and manage Microsoft Sentinel incidents, watchlists and entities through Azure Resource Manager.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-sentinel',
  flows: [
    {
      id: 'xsoar-app',
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-azure-sentinel',
      permissions: [],
      nextCommands: ['!azure-sentinel-list-incidents limit=1'],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v1', resource: 'managementV1Resource' },
      permissions: [{ api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' }],
      nextCommands: ['!azure-sentinel-list-incidents limit=1'],
    },
  ],
  parameters: [
    { name: 'auth_id', label: 'ID (received from the authorization step)', secret: false, kind: 'text', source: { from: 'client-id' } },
    {
      name: 'refresh_token',
      label: 'Token (received from the authorization step)',
      secret: false,
      kind: 'text',
      source: { from: 'tenant-id' },
    },
    { name: 'enc_key', label: 'Key (received from the authorization step)', secret: true, kind: 'text', source: { from: 'client-secret' } },
    selfDeployed('Use a self-deployed Azure application'),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for self-deployed mode)',
      secret: false,
      kind: 'text',
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'auth_code',
      label: 'Authorization code (received from the authorization step)',
      secret: false,
      kind: 'text',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
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
