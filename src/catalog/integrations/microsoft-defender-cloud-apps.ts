import type { Integration, Permission } from '../types';
import { authenticationType, CLICK_TEST, GRAPH_OFFLINE_ACCESS } from './common.ts';

/** Its description's "Required Permissions"; the portal lists the API as Microsoft Cloud App Security. */
const DISCOVERY_MANAGE = (type: Permission['type']): Permission => ({
  api: 'Microsoft Cloud App Security',
  name: 'discovery.manage',
  type,
});

export const microsoftDefenderCloudApps: Integration = {
  id: 'microsoft-defender-cloud-apps',
  name: 'Microsoft Defender for Cloud Apps',
  area: 'Security operations',
  keywords: ['cloud app security', 'mcas', 'mda', 'casb', 'defender for cloud apps', 'alerts', 'activities'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity/MicrosoftCloudAppSecurity.yml (pack 2.2.13)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity/MicrosoftCloudAppSecurity.py (main(): app_id, tenant_id, auth_mode legacy / client credentials / device code flow, the secret in client_id’s password, endpoint_type Worldwide / US GCC / US GCC-High as the Azure cloud, url + /api/v1; scope 05a65629-4c1b-48c1-a78b-804c4abdd4af/.default; device code at the cloud’s login host, /organizations)',
    'demisto/content Packs/ApiModules/Scripts/MicrosoftApiModule/MicrosoftApiModule.py (MICROSOFT_DEFENDER_FOR_APPLICATION_TYPE and its token endpoints)',
    'demisto/content Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity/MicrosoftCloudAppSecurity_description.md (labels Authentication Mode, Application ID, Password, Tenant ID; Required Permissions: Discovery.manage, offline_access for device code)',
    'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: client credentials and device code; national clouds)',
  ],
  productName: 'Microsoft Defender for Cloud Apps',
  summary: 'Fetch and close Defender for Cloud Apps alerts, and list activities, files and user accounts.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-cloud-app-security',
  resetCommand: '!microsoft-cas-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [DISCOVERY_MANAGE('Application')], nextCommands: [CLICK_TEST] },
    {
      id: 'device-code',
      signIn: { endpoint: 'v2', scopes: ['05a65629-4c1b-48c1-a78b-804c4abdd4af/.default', 'offline_access'] },
      permissions: [DISCOVERY_MANAGE('Delegated'), GRAPH_OFFLINE_ACCESS],
      nextCommands: ['!microsoft-cas-auth-start', '!microsoft-cas-auth-complete', '!microsoft-cas-auth-test'],
    },
  ],
  leftOut: [
    {
      parameters: ['creds_token'],
      why: 'the "legacy" Authentication Mode signs in with an API token made in the Defender for Cloud Apps portal, not through Entra ID: there is nothing to register or consent',
    },
  ],
  parameters: [
    {
      name: 'url',
      label: 'Server URL (e.g., https://yourdomain.eu2.portal.cloudappsecurity.com)',
      secret: false,
      type: 0,
      required: true,
      source: {
        from: 'admin',
        placeholder: 'Defender for Cloud Apps › Settings › About: the API URL, e.g. https://contoso.us3.portal.cloudappsecurity.com',
      },
    },
    {
      name: 'endpoint_type',
      label: 'Endpoint Type',
      secret: false,
      type: 15,
      options: ['Worldwide', 'US GCC', 'US GCC-High'],
      source: { from: 'cloud-option', values: { global: 'Worldwide', gcc: 'US GCC', 'gcc-high': 'US GCC-High' } },
    },
    {
      ...authenticationType({ 'client-credentials': 'client credentials', 'device-code': 'device code flow' }, { name: 'auth_mode' }),
      label: 'Authentication Mode',
      options: ['legacy', 'client credentials', 'device code flow'],
    },
    { name: 'app_id', label: 'Application ID', secret: false, type: 0, source: { from: 'client-id' } },
    {
      name: 'tenant_id',
      label: 'Tenant ID (for Client Credentials mode)',
      secret: false,
      type: 0,
      source: { from: 'tenant-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'client_id',
      label: 'Client Secret (for Client Credentials mode)',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
  ],
};
