import type { Integration } from '../types';
import { certificateThumbprintAndKey, CLICK_TEST, permissionsOf, selfDeployed } from './common.ts';

export const microsoftGraphDeviceManagement: Integration = {
  id: 'microsoft-graph-device-management',
  name: 'Microsoft Graph Device Management (Intune)',
  area: 'Identity and access',
  keywords: ['intune', 'device management', 'managed devices', 'mdm', 'wipe', 'lost mode', 'graph'],
  sources: [
    'demisto/content Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/MicrosoftGraphDeviceManagement.yml',
    'demisto/content Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/README.md (Required Permissions)',
    'demisto/content Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/MicrosoftGraphDeviceManagement.py (certificate: main() reads credentials_certificate_thumbprint and private_key)',
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
  ],
  parameters: [
    { name: 'url', label: 'Server URL', secret: false, kind: 'text', required: true, source: { from: 'cloud-host', host: 'graph' } },
    { name: 'auth_id', label: 'ID or Client ID', secret: false, kind: 'text', required: true, source: { from: 'client-id' } },
    { name: 'tenant_id', label: 'Token or Tenant ID', secret: false, kind: 'text', required: true, source: { from: 'tenant-id' } },
    { name: 'enc_key', label: 'Key or Client Secret', secret: true, kind: 'text', required: true, source: { from: 'client-secret' } },
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'credentials_certificate_thumbprint', credentialField: true }),
    selfDeployed('Use a self deployed Azure Application'),
  ],
};
