import type { Integration } from '../types';
import {
  certificateCredentials,
  CLICK_TEST,
  idTokenKey,
  managedIdentityParameters,
  permissionsOf,
  redirectAndCode,
  selfDeployed,
} from './common.ts';

export const microsoftGraphSecurity: Integration = {
  id: 'microsoft-graph-security',
  name: 'Microsoft Graph Security',
  area: 'Security operations',
  keywords: ['graph security', 'security alerts', 'alerts v2', 'msg', 'microsoft 365 defender', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity.yml',
    'demisto/content Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/README.md (Required Permissions)',
    'demisto/content Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity.py (certificate: main() reads creds_certificate)',
  ],
  productName: 'Microsoft Graph Security',
  summary: 'Fetch and update security alerts from every Microsoft security product through the Graph Security API.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph',
  resetCommand: '!ms-graph-security-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      // Alerts v2, incidents and advanced hunting; the legacy alerts API needs SecurityEvents.Read.All / ReadWrite.All instead.
      permissions: permissionsOf('Microsoft Graph', 'Application', [
        'SecurityAlert.Read.All',
        'SecurityAlert.ReadWrite.All',
        'SecurityIncident.Read.All',
        'SecurityIncident.ReadWrite.All',
        'ThreatHunting.Read.All',
      ]),
      nextCommands: [CLICK_TEST],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      // What only a signed-in user can do: eDiscovery and threat assessment, with incidents and hunting.
      permissions: permissionsOf('Microsoft Graph', 'Delegated', [
        'SecurityIncident.Read.All',
        'SecurityIncident.ReadWrite.All',
        'ThreatHunting.Read.All',
        'eDiscovery.Read.All',
        'eDiscovery.ReadWrite.All',
        'Mail.Read.Shared',
        'ThreatAssessment.ReadWrite.All',
        'User.Read.All',
      ]),
      // Its Test button refuses the authorization-code flow and names this command instead.
      nextCommands: ['!msg-auth-test'],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-security', permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    { name: 'host', label: 'Host URL', secret: false, type: 0, required: true, source: { from: 'cloud-host', host: 'graph' } },
    ...idTokenKey(
      ['creds_auth_id', 'creds_tenant_id', 'creds_enc_key'],
      ['Application ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['client-credentials', 'auth-code', 'xsoar-app'] },
    ),
    ...certificateCredentials(['client-credentials', 'auth-code']),
    ...redirectAndCode({ redirectLabel: 'Application redirect URI (for self-deployed mode)', codeType: 9 }),
    ...managedIdentityParameters,
    selfDeployed('Use a self-deployed Azure application'),
  ],
};
