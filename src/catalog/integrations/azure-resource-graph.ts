import type { Integration } from '../types';
import { CLICK_TEST } from './common.ts';

export const azureResourceGraph: Integration = {
  id: 'azure-resource-graph',
  name: 'Azure Resource Graph',
  area: 'Azure infrastructure',
  keywords: ['resource graph', 'kql', 'inventory', 'resources', 'query', 'arg'],
  // The token is asked for management.azure.com whatever the server URL.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureResourceGraph/Integrations/AzureResourceGraph/AzureResourceGraph.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureResourceGraph/Integrations/AzureResourceGraph/AzureResourceGraph.py',
    'demisto/content Packs/AzureResourceGraph/Integrations/AzureResourceGraph/AzureResourceGraph_description.md',
  ],
  productName: 'Azure Resource Graph',
  summary: 'Query Azure resources at scale across subscriptions and management groups with Resource Graph (KQL).',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-resource-graph',
  resetCommand: '!azure-rg-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      permissions: [],
      nextCommands: [CLICK_TEST, '!azure-rg-query query="Resources | project name, type | limit 5"'],
    },
  ],
  leftOut: [
    {
      parameters: ['cred_certificate_thumbprint'],
      why: 'its definition hides the private_key field the certificate needs, so certificate sign-in cannot be set up in the instance settings',
    },
  ],
  parameters: [
    {
      name: 'host',
      label: 'Server URL (e.g., https://management.azure.com)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    { name: 'cred_auth_id', label: 'ID / Client ID', secret: false, type: 9, part: 'password', source: { from: 'client-id' } },
    { name: 'cred_token', label: 'Token / Tenant ID', secret: false, type: 9, part: 'password', source: { from: 'tenant-id' } },
    { name: 'cred_enc_key', label: 'Key / Client Secret', secret: true, type: 9, part: 'password', source: { from: 'client-secret' } },
  ],
};
