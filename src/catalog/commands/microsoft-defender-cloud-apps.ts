import { both, command, content, learn } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftCloudAppSecurity.py`);
const DEFINITION = content(`${DIR}/MicrosoftCloudAppSecurity.yml`);
// The README's link for its two permissions: the supported permission scopes of the Defender for Cloud Apps API.
const SCOPES = learn('defender-cloud-apps/api-authentication-application');
// The portal lists the API as Microsoft Cloud App Security, with lower-case scope names (as the catalog spells them).
const mcas = both('Microsoft Cloud App Security');

// The README names both scopes for the integration as a whole; split here as Microsoft's scope table reads: listing
// activities, alerts and entities is investigation.read, closing alerts a .manage scope (the README's discovery.manage).
const READ = mcas(['investigation.read']);
const CLOSE = mcas(['discovery.manage']);

const COMMANDS = [
  command('microsoft-cas-auth-start', 'Authentication', [], README, CODE),
  command('microsoft-cas-auth-complete', 'Authentication', [], README, CODE),
  command('microsoft-cas-auth-test', 'Authentication', [], README, CODE),
  command('microsoft-cas-auth-reset', 'Authentication', [], README, CODE),

  command('microsoft-cas-alerts-list', 'Alerts', READ, README, SCOPES),
  command('microsoft-cas-alert-close-benign', 'Alerts', CLOSE, README, SCOPES),
  command('microsoft-cas-alert-close-true-positive', 'Alerts', CLOSE, README, SCOPES),
  command('microsoft-cas-alert-close-false-positive', 'Alerts', CLOSE, README, SCOPES),
  // Deprecated: the code still dispatches them; they dismiss and resolve alerts in bulk.
  command('microsoft-cas-alert-dismiss-bulk', 'Alerts', CLOSE, CODE, SCOPES),
  command('microsoft-cas-alert-resolve-bulk', 'Alerts', CLOSE, CODE, SCOPES),

  command('microsoft-cas-activities-list', 'Activities and entities', READ, README, SCOPES),
  command('microsoft-cas-users-accounts-list', 'Activities and entities', READ, README, SCOPES),
  // Which scope the files API takes is not pinned: the README names scopes for the integration as a whole only.
  command('microsoft-cas-files-list', 'Activities and entities', 'not-documented', README, SCOPES),
];

export const microsoftDefenderCloudAppsCommands: IntegrationCommands = {
  integration: 'microsoft-defender-cloud-apps',
  // The code's dispatcher (main), besides test-module and fetch-incidents.
  commandNames: [
    'microsoft-cas-auth-reset',
    'microsoft-cas-auth-test',
    'microsoft-cas-auth-start',
    'microsoft-cas-auth-complete',
    'microsoft-cas-alerts-list',
    'microsoft-cas-alert-dismiss-bulk',
    'microsoft-cas-alert-resolve-bulk',
    'microsoft-cas-activities-list',
    'microsoft-cas-files-list',
    'microsoft-cas-users-accounts-list',
    'microsoft-cas-alert-close-benign',
    'microsoft-cas-alert-close-true-positive',
    'microsoft-cas-alert-close-false-positive',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, SCOPES],
};
