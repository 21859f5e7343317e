import type { Integration } from '../types';
import { certificateThumbprintAndKey, idTokenKey, selfDeployed, SUBSCRIPTION_SOURCE } from './common.ts';

const LIST = '!azure-vm-list-instances';

export const azureCompute: Integration = {
  id: 'azure-compute',
  name: 'Azure Compute v2',
  area: 'Azure infrastructure',
  keywords: ['compute', 'virtual machines', 'vm', 'azure vm'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureCompute/Integrations/AzureCompute_v2/AzureCompute_v2.yml',
    'demisto/content Packs/AzureCompute/Integrations/AzureCompute_v2/README.md (the role to assign)',
  ],
  role: 'a role with Microsoft.Compute/virtualMachines/*, Microsoft.Network/networkInterfaces/read and Microsoft.Resources/subscriptions/resourceGroups/read',
  productName: 'Azure Compute v2',
  summary: 'List, create, start, stop and delete Azure virtual machines.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-compute-v2',
  resetCommand: '!azure-vm-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [LIST] },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-azure-compute', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'host',
      label: 'Host URL (e.g. https://management.azure.com)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    ...idTokenKey(
      ['cred_auth_id', 'cred_token', 'cred_enc_key'],
      [
        'ID (received from the admin consent - see Detailed Instructions (?)',
        'Token (received from the admin consent - see Detailed Instructions (?) section)',
        'Key (received from the admin consent - see Detailed Instructions (?)',
      ],
    ),
    {
      name: 'cred_subscription_id',
      label: 'Default Subscription ID',
      secret: false,
      type: 9,
      part: 'password',
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group',
      label: 'Default Resource Group Name',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Optional: the resource group of the VMs' },
    },
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'cred_certificate_thumbprint', thumbprintType: 9 }),
    selfDeployed('Use a self-deployed Azure Application'),
  ],
};
