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
  sources: [
    'demisto/content@00d7521ed26e673a0b9eaab048b85dd643042dc6 Packs/Azure/Integrations/Azure/Azure.yml',
    'demisto/content@00f286dc14fc601e64aeb1ec8ee22b7ea35bd229 Packs/Azure/Integrations/Azure/Azure.py',
  ],
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
  leftOut: [
    {
      parameters: ['auth_type', 'redirect_uri', 'auth_code', 'managed_identities_client_id'],
      flows: ['device-code', 'auth-code', 'managed-identity'],
      why: 'the newest definition in the index (demisto/content@00d7521e) offers them, but the newest code there (demisto/content@00f286dc Azure.py) reads none of them and always signs in with client credentials',
    },
  ],
  parameters: [
    { name: 'app_id', label: 'Application ID', secret: false, type: 0, source: { from: 'client-id' } },
    { name: 'subscription_id', label: 'Default Subscription ID', secret: false, type: 0, source: SUBSCRIPTION_SOURCE, note: OVERRIDE },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Azure portal › Resource groups' },
      note: OVERRIDE,
    },
    AZURE_AD_ENDPOINT_SELECT,
    { name: 'tenant_id', label: 'Tenant ID', secret: false, type: 0, source: { from: 'tenant-id' } },
    { name: 'credentials', label: 'Client Secret', secret: true, type: 9, part: 'password', source: { from: 'client-secret' } },
  ],
};
