import type { Integration } from '../types';
import {
  applicationId,
  authenticationType,
  authTypes,
  AZURE_AD_ENDPOINT_SELECT,
  clientCredentialsParameters,
  managedIdentityClientId,
  permissionsOf,
} from './common.ts';

const AUTH_TYPE = authTypes('device-code', 'client-credentials', 'managed-identity');
const TEST = '!msgraph-apps-auth-test';

export const microsoftGraphApplications: Integration = {
  id: 'microsoft-graph-applications',
  name: 'Azure Active Directory Applications',
  area: 'Identity and access',
  keywords: ['applications', 'service principals', 'enterprise apps', 'oauth apps', 'entra id', 'azure ad', 'aad'],
  // The integration calls graph.microsoft.com whatever the login endpoint.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphApplications/Integrations/MicrosoftGraphApplications/MicrosoftGraphApplications.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphApplications/Integrations/MicrosoftGraphApplications/MicrosoftGraphApplications.py',
    'demisto/content Packs/MicrosoftGraphApplications/Integrations/MicrosoftGraphApplications/MicrosoftGraphApplications_description.md',
  ],
  productName: 'Azure Active Directory Applications',
  summary: 'List, inspect and remove the applications (service principals) authorized in your tenant.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-active-directory-applications',
  resetCommand: '!msgraph-apps-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', ['Application.ReadWrite.All']),
      nextCommands: [TEST],
    },
    {
      id: 'device-code',
      defaultAppId: '6b071e63-f701-454b-9e54-ede4c96483e6',
      // What the integration asks for at device-code sign-in (SCOPE_BY_CONNECTION in its code).
      signIn: { endpoint: 'v2', scopes: ['offline_access', 'Application.ReadWrite.All'] },
      permissions: [{ api: 'Microsoft Graph', name: 'Application.ReadWrite.All', type: 'Delegated' }],
      nextCommands: ['!msgraph-apps-auth-start', '!msgraph-apps-auth-complete', TEST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    applicationId(['client-credentials', 'device-code']),
    AZURE_AD_ENDPOINT_SELECT,
    authenticationType(AUTH_TYPE, { name: 'authentication_type' }),
    ...clientCredentialsParameters({ labelSuffix: ' (for Client Credentials mode)' }),
    managedIdentityClientId,
  ],
};
