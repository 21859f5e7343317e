import type { Integration } from '../types';
import { AZURE_CLOUD_OPTIONS, SUBSCRIPTION_SOURCE, managedIdentityClientId } from './common.ts';

const AUTH_TYPE = {
  'auth-code': 'Authorization Code',
  'device-code': 'Device Code',
  'managed-identity': 'Azure Managed Identities',
  'client-credentials': 'Client Credentials',
};
const TEST = '!azure-ks-auth-test';
const MANAGEMENT_SCOPES = ['{resourceManager}/user_impersonation', 'offline_access'];

export const azureKubernetesServices: Integration = {
  id: 'azure-kubernetes-services',
  name: 'Azure Kubernetes Services',
  area: 'Azure infrastructure',
  keywords: ['aks', 'kubernetes', 'clusters', 'containers', 'k8s'],
  sources: ['demisto/content Packs/AzureKubernetesServices/Integrations/AzureKubernetesServices/AzureKubernetesServices.yml'],
  productName: 'Azure Kubernetes Services',
  summary: 'List and update managed Kubernetes clusters and their add-ons.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-kubernetes-services',
  flows: [
    {
      id: 'auth-code',
      recommended: true,
      signIn: { endpoint: 'v2', scopes: MANAGEMENT_SCOPES },
      permissions: [{ api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' }],
      nextCommands: [TEST],
    },
    {
      id: 'device-code',
      defaultAppId: 'ab217a43-e09b-4f80-ae93-482fc7a3d1a3',
      signIn: { endpoint: 'v2', scopes: MANAGEMENT_SCOPES },
      permissions: [{ api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' }],
      nextCommands: ['!azure-ks-auth-start', '!azure-ks-auth-complete', TEST],
    },
    { id: 'client-credentials', permissions: [], nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    {
      name: 'azure_cloud',
      label: 'Azure Cloud',
      secret: false,
      kind: 'select',
      options: [...AZURE_CLOUD_OPTIONS, 'Custom'],
      source: { from: 'cloud-label' },
    },
    {
      name: 'app_id',
      label: 'Application ID',
      secret: false,
      kind: 'text',
      source: { from: 'client-id' },
      flows: ['auth-code', 'device-code', 'client-credentials'],
    },
    {
      name: 'auth_type',
      label: 'Authentication Type',
      secret: false,
      kind: 'select',
      required: true,
      options: Object.values(AUTH_TYPE),
      source: { from: 'flow-choice', values: AUTH_TYPE },
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      kind: 'text',
      source: { from: 'tenant-id' },
      flows: ['auth-code', 'client-credentials'],
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      kind: 'text',
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['auth-code', 'client-credentials'],
    },
    {
      name: 'redirect_uri',
      label: 'Application redirect URI',
      secret: false,
      kind: 'text',
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'auth_code',
      label: 'Authorization code',
      secret: false,
      kind: 'text',
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    managedIdentityClientId,
    {
      name: 'subscription_id',
      label: 'Default Subscription ID',
      secret: false,
      kind: 'text',
      required: true,
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'admin', placeholder: 'The resource group of the clusters' },
    },
    { name: 'azure_ad_endpoint', label: 'Azure AD endpoint', secret: false, kind: 'text', source: { from: 'cloud-host', host: 'login' } },
  ],
};
