import type { Integration } from '../types';
import { authenticationType, authTypes, clientCredentialsParameters, managedIdentityClientId, permissionsOf } from './common.ts';

const AUTH_TYPE = authTypes('client-credentials', 'device-code', 'managed-identity');
const TEST = '!azure-risky-users-auth-test';

export const azureRiskyUsers: Integration = {
  id: 'azure-risky-users',
  name: 'Azure Risky Users',
  area: 'Identity and access',
  keywords: ['risky users', 'risk detections', 'identity protection', 'entra id', 'azure ad', 'aad'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers/AzureRiskyUsers.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers/AzureRiskyUsers.py',
    'demisto/content Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers/README.md (permissions of the self-deployed app)',
  ],
  productName: 'Azure Risky Users',
  summary: 'List and inspect at-risk users and risk detections of Entra ID Identity Protection.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-risky-users',
  resetCommand: '!azure-risky-users-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', [
        'IdentityRiskEvent.Read.All',
        'IdentityRiskEvent.ReadWrite.All',
        'IdentityRiskyUser.Read.All',
        'IdentityRiskyUser.ReadWrite.All',
      ]),
      nextCommands: [TEST],
    },
    {
      id: 'device-code',
      // What the integration asks for at device-code sign-in (get_scope_by_auth_type in its code).
      signIn: {
        endpoint: 'v2',
        scopes: [
          '{graph}/IdentityRiskyUser.Read.All',
          'IdentityRiskEvent.ReadWrite.All',
          'IdentityRiskyUser.ReadWrite.All',
          'offline_access',
        ],
      },
      permissions: ['IdentityRiskyUser.Read.All', 'IdentityRiskEvent.ReadWrite.All', 'IdentityRiskyUser.ReadWrite.All'].map((name) => ({
        api: 'Microsoft Graph',
        name,
        type: 'Delegated',
      })),
      nextCommands: ['!azure-risky-users-auth-start', '!azure-risky-users-auth-complete', TEST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    {
      name: 'client_id',
      label: 'Client ID',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'client-id' },
      flows: ['client-credentials', 'device-code'],
    },
    authenticationType(AUTH_TYPE, { name: 'authentication_type', required: true }),
    ...clientCredentialsParameters({ labelSuffix: ' (for Client Credentials mode)', secretName: 'client_secret' }),
    managedIdentityClientId,
  ],
};
