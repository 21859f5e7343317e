import type { Integration } from '../types';
import {
  azureCloudSelect,
  certificateThumbprintAndKey,
  CLICK_TEST,
  idTokenKey,
  managedIdentityParameters,
  permissionsOf,
  selfDeployed,
} from './common.ts';

export const microsoftGraphDeviceManagement: Integration = {
  id: 'microsoft-graph-device-management',
  name: 'Microsoft Graph Device Management (Intune)',
  area: 'Identity and access',
  keywords: ['intune', 'device management', 'managed devices', 'mdm', 'wipe', 'lost mode', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/MicrosoftGraphDeviceManagement.yml',
    'demisto/content Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/README.md (Required Permissions)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/MicrosoftGraphDeviceManagement.py (current main() reads credentials_auth_id, credentials_tenant_id and credentials_enc_key as credentials fields, the older auth_id, tenant_id and enc_key only as fallbacks, a certificate (credentials_certificate_thumbprint, private_key) and managed identities; the labels are those of the older definition the index holds)',
  ],
  productName: 'Microsoft Graph Device Management (Microsoft Intune)',
  summary: 'Find, sync, locate, lock and wipe Intune-managed devices.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-device-management',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', [
        'DeviceManagementApps.ReadWrite.All',
        'DeviceManagementConfiguration.ReadWrite.All',
        'DeviceManagementManagedDevices.PrivilegedOperations.All',
        'DeviceManagementManagedDevices.ReadWrite.All',
        'DeviceManagementRBAC.ReadWrite.All',
        'DeviceManagementServiceConfig.ReadWrite.All',
      ]),
      nextCommands: [CLICK_TEST],
    },
    { id: 'xsoar-app', permissions: [], nextCommands: [CLICK_TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    azureCloudSelect({ withCustom: true }),
    { name: 'url', label: 'Server URL', secret: false, type: 0, source: { from: 'cloud-host', host: 'graph' } },
    ...idTokenKey(
      ['credentials_auth_id', 'credentials_tenant_id', 'credentials_enc_key'],
      ['ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['client-credentials', 'xsoar-app'] },
    ),
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'credentials_certificate_thumbprint', thumbprintType: 9 }),
    selfDeployed('Use a self deployed Azure Application'),
    ...managedIdentityParameters,
  ],
};
