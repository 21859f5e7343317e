import type { Integration, Permission } from '../types';
import {
  certificateThumbprintAndKey,
  CLICK_TEST,
  GRAPH_USER_READ,
  idTokenKey,
  managedIdentityParameters,
  redirectAndCode,
  selfDeployed,
} from './common.ts';

const LIST = '!ms-management-activity-list-subscriptions';
const office = (name: string): Permission => ({ api: 'Office 365 Management APIs', name, type: 'Delegated' });

export const microsoftManagementActivity: Integration = {
  id: 'microsoft-management-activity',
  name: 'Microsoft Management Activity API (O365 Azure Events)',
  area: 'Security operations',
  keywords: ['office 365', 'o365', 'audit', 'unified audit log', 'activity feed', 'management activity', 'dlp', 'exchange', 'sharepoint'],
  // The integration calls manage.office.com and redeems codes at login.windows.net whatever the cloud.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity.py',
    'demisto/content Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity.py (certificate: main() reads credentials_certificate_thumbprint and private_key)',
  ],
  productName: 'Microsoft Management Activity API (O365 Azure Events)',
  summary:
    'Subscribe to Office 365 audit content types (Azure AD, Exchange, SharePoint, General, DLP) and fetch their records as incidents.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-management-activity-api-(O365/Azure-Events)',
  resetCommand: '!ms-management-activity-auth-reset',
  flows: [
    {
      id: 'xsoar-app',
      recommended: true,
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-management-api',
      permissions: [],
      nextCommands: [LIST, '!ms-management-activity-start-subscription content_type=Audit.General'],
    },
    {
      id: 'auth-code',
      loginUrlCommand: '!ms-management-activity-generate-login-url',
      // The product redeems the code at the v1 endpoint with resource=https://manage.office.com.
      signIn: { endpoint: 'v1', resource: 'officeManagement' },
      permissions: [office('ActivityFeed.Read'), office('ActivityFeed.ReadDlp'), office('ServiceHealth.Read'), GRAPH_USER_READ],
      nextCommands: [LIST, '!ms-management-activity-start-subscription content_type=Audit.General'],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST, LIST] },
  ],
  parameters: [
    {
      name: 'base_url',
      label: 'Base URL',
      secret: false,
      type: 0,
      source: { from: 'constant', value: 'https://manage.office.com/api/v1.0/' },
    },
    ...idTokenKey(
      ['credentials_auth_id', 'credentials_refresh_token', 'credentials_enc_key'],
      ['Application ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['xsoar-app', 'auth-code'] },
    ),
    ...certificateThumbprintAndKey(['auth-code'], { thumbprintName: 'credentials_certificate_thumbprint', thumbprintType: 9 }),
    selfDeployed('Use a self-deployed Azure application'),
    ...redirectAndCode({
      redirectLabel: 'Application redirect URI (for self-deployed mode)',
      codeLabel: 'Authorization code (for self-deployed mode)',
      codeName: 'credentials_auth_code',
      codeType: 9,
    }),
    ...managedIdentityParameters,
  ],
};
