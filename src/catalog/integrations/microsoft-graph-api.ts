import type { Integration } from '../types';
import {
  AZURE_AD_ENDPOINT_TEXT,
  applicationId,
  azureCloudSelect,
  certificateCredentials,
  managedIdentityParameters,
  redirectAndCode,
  selfDeployed,
} from './common.ts';

const TEST = '!msgraph-api-test';

export const microsoftGraphApi: Integration = {
  id: 'microsoft-graph-api',
  name: 'Microsoft Graph API',
  area: 'Identity and access',
  keywords: ['graph api', 'generic', 'any graph endpoint', 'msgraph-api', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphAPI/Integrations/MicrosoftGraphAPI/MicrosoftGraphAPI.yml',
  ],
  productName: 'Microsoft Graph API',
  summary: 'Call any Microsoft Graph endpoint that has no dedicated integration.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-api',
  resetCommand: '!msgraph-api-auth-reset',
  // A generic Graph client: it needs whatever the requests an admin sends need.
  permissionsByUse: { api: 'Microsoft Graph', what: 'those of the requests you will send (each Graph API reference page lists them)' },
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: '8922dd2d-7539-4711-b839-374f86083959',
      permissions: [],
      nextCommands: ['!msgraph-api-auth-start', '!msgraph-api-auth-complete', TEST],
    },
    { id: 'client-credentials', consentResource: 'graph', permissions: [], nextCommands: [TEST] },
    {
      id: 'auth-code',
      loginUrlCommand: '!msgraph-api-generate-login-url',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: [],
      nextCommands: [TEST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    azureCloudSelect({ withCustom: true }),
    applicationId(['device-code', 'client-credentials', 'auth-code']),
    {
      name: 'credentials',
      label: 'Application Secret (Required for using Self Deployed Azure app)',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials', 'auth-code'],
    },
    ...certificateCredentials(['client-credentials', 'auth-code']),
    {
      name: 'tenant_id',
      label: 'Tenant ID (Required for using Self Deployed Azure app)',
      secret: false,
      type: 0,
      source: { from: 'tenant-id' },
      flows: ['client-credentials', 'auth-code'],
    },
    ...redirectAndCode({
      redirectLabel: 'Application redirect URI (for Self Deployed - Authorization Code Flow)',
      codeLabel: 'Authorization code (for Self Deployed - Authorization Code Flow)',
      codeType: 9,
    }),
    selfDeployed('Use a self-deployed Azure Application'),
    ...managedIdentityParameters,
    AZURE_AD_ENDPOINT_TEXT,
    {
      name: 'scope',
      label: 'Scope (Required for using Cortex XSOAR Azure app)',
      secret: false,
      type: 12,
      source: { from: 'admin', placeholder: 'Space-separated Graph permissions to consent to, e.g. User.Read' },
      flows: ['device-code'],
    },
  ],
};
