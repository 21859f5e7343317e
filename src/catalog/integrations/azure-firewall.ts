import type { Integration } from '../types';
import { certificateThumbprintAndKey, managedIdentityParameters, managementDeviceCodeFlow, SUBSCRIPTION_SOURCE } from './common.ts';

const TEST = '!azure-firewall-auth-test';

export const azureFirewall: Integration = {
  id: 'azure-firewall',
  name: 'Azure Firewall',
  area: 'Azure infrastructure',
  keywords: ['firewall', 'firewall policies', 'rule collections', 'ip groups', 'network'],
  // The integration calls management.azure.com and the worldwide login host whatever the cloud.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.py',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.py (certificate: main() reads certificate_thumbprint and private_key, used for client credentials)',
  ],
  productName: 'Azure Firewall',
  summary: 'Manage Azure firewalls, firewall policies, rule collections, rules and IP groups.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-firewall',
  resetCommand: '!azure-firewall-auth-reset',
  flows: [
    managementDeviceCodeFlow('azure-firewall', 'f5b37a76-f937-4c57-a9b5-31dab1c7e236', true),
    { id: 'client-credentials', permissions: [], nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    {
      name: 'resource_group',
      label: 'Default Resource Group Name',
      secret: false,
      type: 14,
      required: true,
      source: { from: 'admin', placeholder: 'The resource group of the firewalls' },
    },
    {
      name: 'client_id',
      label: 'Client ID',
      secret: false,
      type: 14,
      source: { from: 'client-id' },
      flows: ['device-code', 'client-credentials'],
    },
    {
      name: 'subscription_id',
      label: 'Default Subscription ID',
      secret: false,
      type: 9,
      part: 'password',
      required: true,
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'tenant-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'client_secret',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'certificate_thumbprint', thumbprintType: 14 }),
    ...managedIdentityParameters,
  ],
};
