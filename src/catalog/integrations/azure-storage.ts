import type { Integration } from '../types';
import {
  applicationId,
  authenticationType,
  authTypes,
  GRAPH_OFFLINE_ACCESS,
  managedIdentityClientId,
  managementAuthCodeFlow,
  managementDeviceCodeFlow,
  SUBSCRIPTION_SOURCE,
  userAuthParameters,
} from './common.ts';

const DEFAULT_APP_ID = '55f9764e-300a-474a-a2bb-549cece85439';
const AUTH_TYPE = authTypes('auth-code', 'client-credentials', 'device-code', 'managed-identity');

export const azureStorage: Integration = {
  id: 'azure-storage',
  name: 'Azure Storage Management',
  area: 'Azure infrastructure',
  keywords: ['storage', 'blob', 'storage account', 'azure storage'],
  sources: [
    'shared/reference/xsoar-docs/azure-storage.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureStorage/Integrations/AzureStorage/AzureStorage.yml',
  ],
  productName: 'Azure Storage Management',
  summary: 'Deploy and manage storage accounts and blob services through Azure Resource Manager.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-storage',
  resetCommand: '!azure-storage-auth-reset',
  flows: [
    // The docs list offline_access among the permissions to add.
    managementAuthCodeFlow('azure-storage', [GRAPH_OFFLINE_ACCESS]),
    { id: 'client-credentials', permissions: [], nextCommands: ['!azure-storage-auth-test'] },
    managementDeviceCodeFlow('azure-storage', DEFAULT_APP_ID),
    { id: 'managed-identity', permissions: [], nextCommands: ['!azure-storage-auth-test'] },
  ],
  parameters: [
    applicationId(['auth-code', 'client-credentials', 'device-code']),
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
      source: { from: 'admin', placeholder: 'Azure portal › Resource groups' },
    },
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({ secretFlows: ['auth-code', 'client-credentials'] }),
    managedIdentityClientId,
  ],
};
