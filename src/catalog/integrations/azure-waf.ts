import type { Integration } from '../types';
import {
  applicationId,
  authenticationType,
  authTypes,
  AZURE_AD_ENDPOINT_SELECT,
  CLICK_TEST,
  defaultSubscriptionAndResourceGroup,
  GRAPH_OFFLINE_ACCESS,
  GRAPH_USER_READ,
  managedIdentityClientId,
  managementAuthCodeFlow,
  managementDeviceCodeFlow,
  userAuthParameters,
} from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'device-code', 'client-credentials', 'managed-identity');
const OVERRIDE = 'Commands can override it';

export const azureWaf: Integration = {
  id: 'azure-waf',
  name: 'Azure Web Application Firewall',
  area: 'Azure infrastructure',
  keywords: ['waf', 'web application firewall', 'policies', 'application gateway', 'front door', 'firewall'],
  // Its code calls management.azure.com whatever the Azure AD endpoint.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureWAF/Integrations/AzureWAF/AzureWAF.yml (pack 1.2.15)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureWAF/Integrations/AzureWAF/AzureWAF.py (current version: authorization code, device code, client credentials, managed identity)',
    'demisto/content Packs/AzureWAF/Integrations/AzureWAF/README.md',
  ],
  productName: 'Azure Web Application Firewall',
  summary: 'List, create, update and delete Application Gateway and Front Door web application firewall policies.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-web-application-firewall',
  resetCommand: '!azure-waf-auth-reset',
  flows: [
    // Its README lists user_impersonation, offline_access and user.read.
    { ...managementAuthCodeFlow('azure-waf', [GRAPH_OFFLINE_ACCESS, GRAPH_USER_READ]), loginUrlCommand: '!azure-waf-generate-login-url' },
    managementDeviceCodeFlow('azure-waf', 'cf22fd73-29f1-4245-8e16-533704926d20'),
    { id: 'client-credentials', permissions: [], nextCommands: [CLICK_TEST] },
    // Its Test button runs the same check as !azure-waf-auth-test for a managed identity.
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    applicationId(['auth-code', 'device-code', 'client-credentials'], 'App ID'),
    ...defaultSubscriptionAndResourceGroup({ resources: 'policies', required: true, note: OVERRIDE }),
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({
      secretFlows: ['auth-code', 'client-credentials'],
      redirectLabel: 'Application redirect URI (for authorization code mode)',
    }),
    managedIdentityClientId,
    AZURE_AD_ENDPOINT_SELECT,
  ],
};
