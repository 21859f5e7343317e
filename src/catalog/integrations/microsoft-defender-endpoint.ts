import type { Integration } from '../types';
import {
  authenticationType,
  authTypes,
  certificateCredentials,
  managedIdentityClientId,
  permissionsOf,
  redirectAndCode,
  selfDeployed,
} from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'client-credentials', 'managed-identity');
const TEST = '!microsoft-atp-test';

/** Its README's "Required Permissions": application names for client credentials, delegated for authorization code. */
const APPLICATION = permissionsOf('WindowsDefenderATP', 'Application', [
  'AdvancedQuery.Read.All',
  'Alert.ReadWrite.All',
  'File.Read.All',
  'Ip.Read.All',
  'Machine.CollectForensics',
  'Machine.Isolate',
  'Machine.LiveResponse',
  'Machine.Read.All',
  'Machine.ReadWrite.All',
  'Machine.RestrictExecution',
  'Machine.Scan',
  'Machine.StopAndQuarantine',
  'Software.Read.All',
  'Ti.ReadWrite',
  'Url.Read.All',
  'User.Read.All',
  'Vulnerability.Read.All',
]);
const DELEGATED = permissionsOf('WindowsDefenderATP', 'Delegated', [
  'AdvancedQuery.Read',
  'Alert.ReadWrite',
  'File.Read.All',
  'Ip.Read.All',
  'Machine.CollectForensics',
  'Machine.Isolate',
  'Machine.LiveResponse',
  'Machine.Read',
  'Machine.ReadWrite',
  'Machine.RestrictExecution',
  'Machine.Scan',
  'Machine.StopAndQuarantine',
  'Software.Read',
  'Ti.ReadWrite',
  'Url.Read.All',
  'User.Read.All',
  'Vulnerability.Read',
]);

export const microsoftDefenderEndpoint: Integration = {
  id: 'microsoft-defender-endpoint',
  name: 'Microsoft Defender for Endpoint',
  area: 'Security operations',
  keywords: ['defender', 'mde', 'atp', 'advanced threat protection', 'edr', 'endpoint', 'machines', 'isolate'],
  // The integration's "Endpoint Type" lists no China option.
  clouds: ['global', 'gcc', 'gcc-high', 'dod', 'custom'],
  sources: [
    'demisto/content Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/MicrosoftDefenderAdvancedThreatProtection/MicrosoftDefenderAdvancedThreatProtection.yml (certificate: creds_certificate: Certificate Thumbprint / Private Key)',
    'demisto/content Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/MicrosoftDefenderAdvancedThreatProtection/MicrosoftDefenderAdvancedThreatProtection_description.md',
    'demisto/content Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/MicrosoftDefenderAdvancedThreatProtection/README.md (Required Permissions)',
  ],
  productName: 'Microsoft Defender for Endpoint',
  summary: 'Fetch alerts, isolate machines, run live response and hunt on devices through the Defender for Endpoint API.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-defender-advanced-threat-protection',
  resetCommand: '!microsoft-atp-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, consentResource: 'defender', permissions: APPLICATION, nextCommands: [TEST] },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{defender}/.default'] },
      permissions: DELEGATED,
      nextCommands: [TEST],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-defender-atp', permissions: [], nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    {
      name: 'endpoint_type',
      label: 'Endpoint Type',
      secret: false,
      kind: 'select',
      options: ['Worldwide', 'EU Geo Proximity', 'UK Geo Proximity', 'US Geo Proximity', 'US GCC', 'US GCC-High', 'DoD', 'Custom'],
      source: {
        from: 'cloud-option',
        values: { global: 'Worldwide', gcc: 'US GCC', 'gcc-high': 'US GCC-High', dod: 'DoD', custom: 'Custom' },
      },
    },
    {
      name: 'url',
      label: 'Server URL (e.g., https://api.securitycenter.microsoft.com)',
      secret: false,
      kind: 'text',
      source: { from: 'admin', placeholder: 'Leave empty unless the Endpoint Type is Custom' },
    },
    {
      name: '_auth_id',
      label: 'ID',
      secret: false,
      kind: 'text',
      source: { from: 'client-id' },
      flows: ['client-credentials', 'auth-code', 'xsoar-app'],
    },
    {
      name: '_tenant_id',
      label: 'Token',
      secret: false,
      kind: 'text',
      source: { from: 'tenant-id' },
      flows: ['client-credentials', 'auth-code', 'xsoar-app'],
    },
    {
      name: 'credentials',
      label: 'Key',
      secret: true,
      kind: 'text',
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials', 'auth-code', 'xsoar-app'],
    },
    ...certificateCredentials(['client-credentials', 'auth-code']),
    { ...authenticationType(AUTH_TYPE), flows: ['client-credentials', 'auth-code', 'managed-identity'] },
    ...redirectAndCode({ redirectLabel: 'Application redirect URI (for authorization code mode)', credentialField: true }),
    managedIdentityClientId,
    selfDeployed('Use a self-deployed Azure Application'),
  ],
};
