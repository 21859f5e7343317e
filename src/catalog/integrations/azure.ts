import type { Integration } from '../types';
import { AZURE_AD_ENDPOINT_SELECT, CLICK_TEST, SUBSCRIPTION_SOURCE } from './common.ts';

const OVERRIDE = 'Commands can override it';

export const azure: Integration = {
  id: 'azure',
  name: 'Azure (cloud data source)',
  area: 'Azure infrastructure',
  keywords: ['azure', 'cloud', 'data source', 'nsg', 'storage account', 'automation', 'remediation'],
  // The integration asks for management.azure.com tokens whatever the login endpoint.
  clouds: ['global'],
  sources: ['demisto/content Packs/Azure/Integrations/Azure/Azure.yml', 'demisto/content Packs/Azure/Integrations/Azure/Azure.py'],
  productName: 'Azure',
  summary: 'The cloud data source’s automation: update network security rules, storage accounts and other Azure resources.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure',
  setup: [
    'The instance is created from Settings › Data Sources › Add Data Source › Azure; enable Automation under Advanced Settings › Security Capabilities.',
  ],
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      permissions: [],
      nextCommands: [CLICK_TEST],
    },
  ],
  parameters: [
    { name: 'app_id', label: 'Application ID', secret: false, kind: 'text', source: { from: 'client-id' } },
    { name: 'subscription_id', label: 'Default Subscription ID', secret: false, kind: 'text', source: SUBSCRIPTION_SOURCE, note: OVERRIDE },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'Azure portal › Resource groups' },
      note: OVERRIDE,
    },
    AZURE_AD_ENDPOINT_SELECT,
    { name: 'tenant_id', label: 'Tenant ID', secret: false, kind: 'text', source: { from: 'tenant-id' } },
    { name: 'credentials', label: 'Client Secret', secret: true, kind: 'text', part: 'password', source: { from: 'client-secret' } },
  ],
};
