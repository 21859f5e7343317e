import type { Integration } from '../types';
import { azureCloudSelect, certificateThumbprintAndKey, CLICK_TEST, managedIdentityParameters, SUBSCRIPTION_SOURCE } from './common.ts';

export const azureKeyVault: Integration = {
  id: 'azure-key-vault',
  name: 'Azure Key Vault',
  area: 'Azure infrastructure',
  keywords: ['key vault', 'secrets', 'keys', 'certificates', 'credentials', 'vault'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureKeyVault/Integrations/AzureKeyVault/AzureKeyVault.yml',
  ],
  productName: 'Azure Key Vault',
  summary: 'Manage key vaults, keys, secrets and certificates, and fetch secrets as credentials.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-key-vault',
  resetCommand: '!azure-key-vault-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    azureCloudSelect({ withCustom: false }),
    { name: 'client_id', label: 'Client ID', secret: false, type: 0, source: { from: 'client-id' }, flows: ['client-credentials'] },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'credentials_certificate_thumbprint', thumbprintType: 9 }),
    { name: 'tenant_id', label: 'Tenant ID', secret: false, type: 0, required: true, source: { from: 'tenant-id' } },
    ...managedIdentityParameters,
    {
      name: 'subscription_id',
      label: 'Default Subscription ID',
      secret: false,
      type: 0,
      required: true,
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The resource group of the key vaults' },
    },
  ],
};
