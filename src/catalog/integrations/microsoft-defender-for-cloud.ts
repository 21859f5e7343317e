import type { Integration } from '../types';
import { SUBSCRIPTION_SOURCE, managedIdentityParameters, selfDeployed } from './common.ts';

const LIST = '!azure-sc-list-alert';

export const microsoftDefenderForCloud: Integration = {
  id: 'microsoft-defender-for-cloud',
  name: 'Microsoft Defender for Cloud',
  area: 'Security operations',
  keywords: ['defender for cloud', 'azure security center', 'asc', 'security alerts', 'cspm', 'defender'],
  sources: ['demisto/content Packs/AzureSecurityCenter/Integrations/AzureSecurityCenter_v2/AzureSecurityCenter_v2.yml'],
  productName: 'Microsoft Defender for Cloud',
  summary: 'List and update Defender for Cloud alerts, and read and change its protection settings.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-security-center-v2',
  resetCommand: '!azure-sc-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [LIST] },
    { id: 'xsoar-app', permissions: [], nextCommands: [LIST] },
    { id: 'managed-identity', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'server_url',
      label: 'Microsoft Azure Management URL',
      secret: false,
      kind: 'text',
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    {
      name: 'credentials_auth_id',
      label: 'ID (received from the admin consent)',
      secret: false,
      kind: 'text',
      part: 'password',
      source: { from: 'client-id' },
      flows: ['client-credentials', 'xsoar-app'],
    },
    {
      name: 'credentials_tenant_id',
      label: 'Token (received from the admin consent)',
      secret: false,
      kind: 'text',
      part: 'password',
      source: { from: 'tenant-id' },
      flows: ['client-credentials', 'xsoar-app'],
    },
    {
      name: 'credentials_enc_key',
      label: 'Key (received from the admin consent)',
      secret: true,
      kind: 'text',
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials', 'xsoar-app'],
    },
    {
      name: 'credentials_default_sub_id',
      label: 'Default subscription ID',
      secret: false,
      kind: 'text',
      part: 'password',
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'Optional: can be given per command' },
    },
    ...managedIdentityParameters,
    selfDeployed('Use a self-deployed Azure Application'),
  ],
};
