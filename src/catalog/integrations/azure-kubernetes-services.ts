import type { Integration } from '../types';
import {
  AZURE_AD_ENDPOINT_TEXT,
  applicationId,
  authenticationType,
  authTypes,
  azureCloudSelect,
  defaultSubscriptionAndResourceGroup,
  managedIdentityClientId,
  managementAuthCodeFlow,
  managementDeviceCodeFlow,
  userAuthParameters,
} from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'device-code', 'managed-identity', 'client-credentials');
const TEST = '!azure-ks-auth-test';

export const azureKubernetesServices: Integration = {
  id: 'azure-kubernetes-services',
  name: 'Azure Kubernetes Services',
  area: 'Azure infrastructure',
  keywords: ['aks', 'kubernetes', 'clusters', 'containers', 'k8s'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureKubernetesServices/Integrations/AzureKubernetesServices/AzureKubernetesServices.yml',
  ],
  productName: 'Azure Kubernetes Services',
  summary: 'List and update managed Kubernetes clusters and their add-ons.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-kubernetes-services',
  resetCommand: '!azure-ks-auth-reset',
  flows: [
    { ...managementAuthCodeFlow('azure-ks'), loginUrlCommand: '!azure-ks-generate-login-url' },
    managementDeviceCodeFlow('azure-ks', 'ab217a43-e09b-4f80-ae93-482fc7a3d1a3'),
    { id: 'client-credentials', permissions: [], nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    azureCloudSelect({ withCustom: true }),
    applicationId(['auth-code', 'device-code', 'client-credentials']),
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({ secretFlows: ['auth-code', 'client-credentials'] }),
    managedIdentityClientId,
    ...defaultSubscriptionAndResourceGroup({ resources: 'clusters', required: true }),
    AZURE_AD_ENDPOINT_TEXT,
  ],
};
