import type { Integration } from '../types';
import { certificateCredentials, idTokenKey, managedIdentityParameters, selfDeployed } from './common.ts';

export const microsoftGraphUser: Integration = {
  id: 'microsoft-graph-user',
  name: 'Microsoft Graph User',
  area: 'Identity and access',
  keywords: ['users', 'entra id', 'azure ad', 'aad', 'graph', 'msgraph-user'],
  sources: [
    'shared/reference/xsoar-docs/microsoft-graph-user.md',
    'shared/reference/product-facts.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphUser/Integrations/MicrosoftGraphUser/MicrosoftGraphUser.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphUser/Integrations/MicrosoftGraphUser/MicrosoftGraphUser.py (certificate: main() reads creds_certificate, or the hidden certificate_thumbprint and private_key)',
  ],
  productName: 'Entra ID Users (formerly Azure Active Directory Users)',
  summary: 'Read, create, update, disable and delete Entra ID users through Microsoft Graph.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-user',
  resetCommand: '!msgraph-user-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: [{ api: 'Microsoft Graph', name: 'User.ReadWrite.All', type: 'Application' }],
      nextCommands: ['!msgraph-user-test'],
    },
    {
      id: 'auth-code',
      loginUrlCommand: '!msgraph-user-generate-login-url',
      signIn: { endpoint: 'v2', scopes: ['offline_access', 'directory.accessasuser.all'] },
      permissions: [{ api: 'Microsoft Graph', name: 'Directory.AccessAsUser.All', type: 'Delegated' }],
      nextCommands: ['!msgraph-user-test'],
    },
    {
      id: 'xsoar-app',
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-user',
      permissions: [],
      nextCommands: ['!msgraph-user-test'],
    },
    { id: 'managed-identity', permissions: [], nextCommands: ['!msgraph-user-test'] },
  ],
  parameters: [
    { name: 'azure_cloud', label: 'Azure Cloud', secret: false, type: 15, source: { from: 'cloud-label' } },
    {
      name: 'host',
      label: 'Server URL (e.g., https://graph.microsoft.com)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'cloud-host', host: 'graph' },
    },
    ...idTokenKey(['creds_auth_id', 'creds_tenant_id', 'creds_enc_key'], ['ID / client ID', 'Token / Tenant ID', 'Key / Client Secret'], {
      flows: ['xsoar-app', 'client-credentials', 'auth-code'],
    }),
    ...certificateCredentials(['client-credentials', 'auth-code']),
    selfDeployed('Use a self-deployed Azure application'),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for Self Deployed - Authorization Code Flow)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'creds_auth_code',
      label: 'Authorization code (for Self Deployed - Authorization Code Flow)',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    ...managedIdentityParameters,
  ],
};
