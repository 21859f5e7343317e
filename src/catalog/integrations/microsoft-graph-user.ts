import type { Integration } from '../types';

export const microsoftGraphUser: Integration = {
  id: 'microsoft-graph-user',
  name: 'Microsoft Graph User',
  productName: 'Entra ID Users (formerly Azure Active Directory Users)',
  summary: 'Read, create, update, disable and delete Entra ID users through Microsoft Graph.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-user',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      permissions: [{ api: 'Microsoft Graph', name: 'User.ReadWrite.All', type: 'Application' }],
      nextCommands: ['!msgraph-user-test'],
    },
    {
      id: 'auth-code',
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
    { name: 'azure_cloud', label: 'Azure Cloud', secret: false, kind: 'select', source: { from: 'cloud-label' } },
    { name: 'host', label: 'Server URL (e.g., https://graph.microsoft.com)', secret: false, kind: 'text', source: { from: 'cloud-host', host: 'graph' } },
    { name: 'creds_auth_id', label: 'ID / client ID', secret: false, kind: 'text', source: { from: 'client-id' }, flows: ['xsoar-app', 'client-credentials', 'auth-code'] },
    { name: 'creds_tenant_id', label: 'Token / Tenant ID', secret: false, kind: 'text', source: { from: 'tenant-id' }, flows: ['xsoar-app', 'client-credentials', 'auth-code'] },
    { name: 'creds_enc_key', label: 'Key / Client Secret', secret: true, kind: 'text', source: { from: 'client-secret' }, flows: ['xsoar-app', 'client-credentials', 'auth-code'] },
    { name: 'self_deployed', label: 'Use a self-deployed Azure application', secret: false, kind: 'checkbox', source: { from: 'self-deployed' } },
    { name: 'redirect_uri', label: 'Application redirect URI (for Self Deployed - Authorization Code Flow)', secret: false, kind: 'text', source: { from: 'redirect-uri' }, flows: ['auth-code'] },
    { name: 'creds_auth_code', label: 'Authorization code (for Self Deployed - Authorization Code Flow)', secret: false, kind: 'text', source: { from: 'auth-code' }, flows: ['auth-code'] },
    { name: 'use_managed_identities', label: 'Use Azure Managed Identities', secret: false, kind: 'checkbox', source: { from: 'flow-choice', values: { 'managed-identity': 'true' } }, flows: ['managed-identity'] },
    { name: 'managed_identities_client_id', label: 'Azure Managed Identities Client ID', secret: false, kind: 'text', source: { from: 'admin', placeholder: 'Leave empty for the system-assigned identity' }, flows: ['managed-identity'] },
  ],
};
