import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphDeviceManagement.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphDeviceManagement.yml`);
// Client credentials only.
const app = (names: string[]) => both('Microsoft Graph')(names, []);
const READ = app(['DeviceManagementManagedDevices.Read.All']);
const PRIVILEGED = app(['DeviceManagementManagedDevices.PrivilegedOperations.All']);
const doc = (operation: string) => graphDoc(`intune-devices-manageddevice-${operation}`);

/** A remote action: the code POSTs /deviceManagement/managedDevices/{id}/{action}. */
const action = (name: string, operation: string) => command(name, 'Remote actions', PRIVILEGED, README, CODE, doc(operation));

const COMMANDS = [
  command('msgraph-device-auth-reset', 'Authentication', [], CODE),

  command('msgraph-list-managed-devices', 'Read devices', READ, README, doc('list')),
  command('msgraph-find-managed-devices-by-name', 'Read devices', READ, README, doc('list')),
  command('msgraph-get-managed-device-by-id', 'Read devices', READ, README, doc('get')),
  command('msgraph-get-managed-device-physical-memory-by-id', 'Read devices', READ, README, doc('get')),

  action('msgraph-device-disable-lost-mode', 'disablelostmode'),
  action('msgraph-locate-device', 'locatedevice'),
  action('msgraph-sync-device', 'syncdevice'),
  action('msgraph-device-reboot-now', 'rebootnow'),
  action('msgraph-device-shutdown', 'shutdown'),
  action('msgraph-device-bypass-activation-lock', 'bypassactivationlock'),
  action('msgraph-device-retire', 'retire'),
  action('msgraph-device-reset-passcode', 'resetpasscode'),
  action('msgraph-device-remote-lock', 'remotelock'),
  action('msgraph-device-request-remote-assistance', 'requestremoteassistance'),
  action('msgraph-device-recover-passcode', 'recoverpasscode'),
  action('msgraph-logout-shared-apple-device-active-user', 'logoutsharedappledeviceactiveuser'),
  action('msgraph-delete-user-from-shared-apple-device', 'deleteuserfromsharedappledevice'),
  action('msgraph-windows-device-defender-update-signatures', 'windowsdefenderupdatesignatures'),
  action('msgraph-clean-windows-device', 'cleanwindowsdevice'),
  action('msgraph-windows-device-defender-scan', 'windowsdefenderscan'),
  action('msgraph-wipe-device', 'wipe'),
  action('msgraph-update-windows-device-account', 'updatewindowsdeviceaccount'),
];

export const microsoftGraphDeviceManagementCommands: IntegrationCommands = {
  integration: 'microsoft-graph-device-management',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'msgraph-list-managed-devices',
    'msgraph-get-managed-device-by-id',
    'msgraph-get-managed-device-physical-memory-by-id',
    'msgraph-device-disable-lost-mode',
    'msgraph-locate-device',
    'msgraph-sync-device',
    'msgraph-device-reboot-now',
    'msgraph-device-shutdown',
    'msgraph-device-bypass-activation-lock',
    'msgraph-device-retire',
    'msgraph-device-reset-passcode',
    'msgraph-device-remote-lock',
    'msgraph-device-request-remote-assistance',
    'msgraph-device-recover-passcode',
    'msgraph-logout-shared-apple-device-active-user',
    'msgraph-delete-user-from-shared-apple-device',
    'msgraph-windows-device-defender-update-signatures',
    'msgraph-clean-windows-device',
    'msgraph-windows-device-defender-scan',
    'msgraph-wipe-device',
    'msgraph-update-windows-device-account',
    'msgraph-find-managed-devices-by-name',
    'msgraph-device-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
