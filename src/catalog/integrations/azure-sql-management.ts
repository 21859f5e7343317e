import type { Integration } from '../types';
import {
  AZURE_AD_ENDPOINT_SELECT,
  applicationId,
  authenticationType,
  authTypes,
  CLICK_TEST,
  defaultSubscriptionAndResourceGroup,
  managedIdentityClientId,
  managementAuthCodeFlow,
  managementDeviceCodeFlow,
  userAuthParameters,
} from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'device-code', 'client-credentials', 'managed-identity');
const TEST_NEEDS = 'Test button won’t work if not populated; commands can override it';

export const azureSqlManagement: Integration = {
  id: 'azure-sql-management',
  name: 'Azure SQL Management',
  area: 'Azure infrastructure',
  keywords: ['sql', 'azure sql', 'database', 'auditing', 'threat policy', 'sql server'],
  // The integration calls management.azure.com and the worldwide login host whatever the cloud.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSQLManagement/Integrations/AzureSQLManagement/AzureSQLManagement.py',
    'demisto/content Packs/AzureSQLManagement/Integrations/AzureSQLManagement/README.md',
  ],
  productName: 'Azure SQL Management',
  summary: 'List Azure SQL servers and databases and manage their auditing and threat-detection policies.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-sql-management',
  resetCommand: '!azure-sql-auth-reset',
  flows: [
    managementAuthCodeFlow('azure-sql'),
    managementDeviceCodeFlow('azure-sql', '8f9010bb-4efe-4cfa-a197-98a2694b7e0c'),
    { id: 'client-credentials', permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    applicationId(['auth-code', 'device-code', 'client-credentials']),
    ...defaultSubscriptionAndResourceGroup({ resources: 'SQL servers', note: TEST_NEEDS }),
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({
      secretFlows: ['auth-code', 'client-credentials'],
      redirectLabel: 'Application redirect URI (for authorization code mode)',
    }),
    managedIdentityClientId,
    AZURE_AD_ENDPOINT_SELECT,
  ],
};
