import type { Integration } from '../types';
import {
  AZURE_AD_ENDPOINT_SELECT,
  applicationId,
  authenticationType,
  authTypes,
  CLICK_TEST,
  defaultSubscriptionAndResourceGroup,
  GRAPH_OFFLINE_ACCESS,
  managedIdentityClientId,
  managementAuthCodeFlow,
  managementDeviceCodeFlow,
  userAuthParameters,
} from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'client-credentials', 'device-code', 'managed-identity');
const TEST = '!azure-nsg-auth-test';
const OVERRIDE = 'Commands can override it';

export const azureNetworkSecurityGroups: Integration = {
  id: 'azure-network-security-groups',
  name: 'Azure Network Security Groups',
  area: 'Azure infrastructure',
  keywords: ['nsg', 'network security groups', 'firewall rules', 'security rules', 'network'],
  // The integration calls management.azure.com whatever the login endpoint.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureNetworkSecurityGroups/Integrations/AzureNetworkSecurityGroups/AzureNetworkSecurityGroups.py',
    'demisto/content Packs/AzureNetworkSecurityGroups/Integrations/AzureNetworkSecurityGroups/README.md',
  ],
  productName: 'Azure Network Security Groups',
  summary: 'List, create, update and delete the security rules of network security groups.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-network-security-groups',
  resetCommand: '!azure-nsg-auth-reset',
  flows: [
    { ...managementAuthCodeFlow('azure-nsg', [GRAPH_OFFLINE_ACCESS]), loginUrlCommand: '!azure-nsg-generate-login-url' },
    { id: 'client-credentials', permissions: [], nextCommands: [CLICK_TEST, TEST] },
    managementDeviceCodeFlow('azure-nsg', 'd4736600-e3d5-4c97-8e65-57abd2b979fe'),
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST, TEST] },
  ],
  parameters: [
    applicationId(['auth-code', 'client-credentials', 'device-code']),
    ...defaultSubscriptionAndResourceGroup({ resources: 'network security groups', required: true, note: OVERRIDE }),
    AZURE_AD_ENDPOINT_SELECT,
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({ secretFlows: ['auth-code', 'client-credentials'] }),
    managedIdentityClientId,
  ],
};
