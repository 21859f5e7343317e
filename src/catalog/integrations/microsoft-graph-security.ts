import type { Integration } from '../types';
import { CLICK_TEST, idTokenKey, managedIdentityParameters, selfDeployed } from './common.ts';

export const microsoftGraphSecurity: Integration = {
  id: 'microsoft-graph-security',
  name: 'Microsoft Graph Security',
  area: 'Security operations',
  keywords: ['graph security', 'security alerts', 'alerts v2', 'msg', 'microsoft 365 defender', 'graph'],
  sources: ['demisto/content Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity.yml'],
  productName: 'Microsoft Graph Security',
  summary: 'Fetch and update security alerts from every Microsoft security product through the Graph Security API.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph',
  resetCommand: '!ms-graph-security-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, consentResource: 'graph', permissions: [], nextCommands: [CLICK_TEST] },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: [],
      nextCommands: [CLICK_TEST],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-security', permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    { name: 'host', label: 'Host URL', secret: false, kind: 'text', required: true, source: { from: 'cloud-host', host: 'graph' } },
    ...idTokenKey(
      ['creds_auth_id', 'creds_tenant_id', 'creds_enc_key'],
      ['Application ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['client-credentials', 'auth-code', 'xsoar-app'] },
    ),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for self-deployed mode)',
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
    ...managedIdentityParameters,
    selfDeployed('Use a self-deployed Azure application'),
  ],
};
