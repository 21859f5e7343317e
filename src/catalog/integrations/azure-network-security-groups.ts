import type { Integration } from '../types';
import { managementDeviceCodeFlow, SUBSCRIPTION_SOURCE } from './common.ts';

export const azureNetworkSecurityGroups: Integration = {
  id: 'azure-network-security-groups',
  name: 'Azure Network Security Groups',
  area: 'Azure infrastructure',
  keywords: ['nsg', 'network security groups', 'firewall rules', 'security rules', 'network'],
  sources: ['demisto/content Packs/AzureNetworkSecurityGroups/Integrations/AzureNetworkSecurityGroups/AzureNetworkSecurityGroups.yml'],
  productName: 'Azure Network Security Groups',
  summary: 'List, create, update and delete the security rules of network security groups.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-network-security-groups',
  resetCommand: '!azure-nsg-auth-reset',
  flows: [managementDeviceCodeFlow('azure-nsg', 'd4736600-e3d5-4c97-8e65-57abd2b979fe', true)],
  parameters: [
    { name: 'app_id', label: 'Application ID', secret: false, kind: 'text', required: true, source: { from: 'client-id' } },
    {
      name: 'subscription_id',
      label: 'Subscription ID',
      secret: false,
      kind: 'text',
      required: true,
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Resource Group Name',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'admin', placeholder: 'The resource group of the network security groups' },
    },
  ],
};
