import { both, command, content, learn } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/Microsoft365Defender/Integrations/Microsoft365Defender';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/Microsoft365Defender.py`);
const DEFINITION = content(`${DIR}/Microsoft365Defender.yml`);
const api = (page: string) => learn(`defender-xdr/${page}`);
// The README names the Microsoft Threat Protection API (api.security.microsoft.com), not Graph.
const mtp = both('Microsoft Threat Protection');

const INCIDENT_READ = mtp(['Incident.Read.All'], ['Incident.Read']);
const INCIDENT_WRITE = mtp(['Incident.ReadWrite.All'], ['Incident.ReadWrite']);

const COMMANDS = [
  command('microsoft-365-defender-auth-start', 'Authentication', [], README, CODE),
  command('microsoft-365-defender-auth-complete', 'Authentication', [], README, CODE),
  command('microsoft-365-defender-auth-reset', 'Authentication', [], README, CODE),
  command('microsoft-365-defender-auth-test', 'Authentication', [], README, CODE),

  command('microsoft-365-defender-incidents-list', 'Incidents', INCIDENT_READ, README, api('api-list-incidents')),
  command('microsoft-365-defender-incident-get', 'Incidents', INCIDENT_READ, README, api('api-list-incidents')),
  command('microsoft-365-defender-incident-update', 'Incidents', INCIDENT_WRITE, README, api('api-update-incidents')),
  command(
    'microsoft-365-defender-advanced-hunting',
    'Advanced hunting',
    mtp(['AdvancedHunting.Read.All'], ['AdvancedHunting.Read']),
    README,
    api('api-advanced-hunting'),
  ),

  // Mirroring: the product calls these for mirrored incidents; comments go out with the incident update.
  command('get-remote-data', 'Mirroring', INCIDENT_READ, CODE, api('api-list-incidents')),
  command('get-modified-remote-data', 'Mirroring', INCIDENT_READ, CODE, api('api-list-incidents')),
  command('update-remote-system', 'Mirroring', INCIDENT_WRITE, CODE, api('api-update-incidents')),
  command('get-mapping-fields', 'Mirroring', [], CODE),
];

export const microsoft365DefenderCommands: IntegrationCommands = {
  integration: 'microsoft-365-defender',
  // The code's dispatcher (main), besides test-module and fetch-incidents; the mirroring commands are the product's own.
  commandNames: [
    'microsoft-365-defender-auth-start',
    'microsoft-365-defender-auth-complete',
    'microsoft-365-defender-auth-reset',
    'microsoft-365-defender-auth-test',
    'microsoft-365-defender-incidents-list',
    'microsoft-365-defender-incident-update',
    'microsoft-365-defender-advanced-hunting',
    'microsoft-365-defender-incident-get',
    'get-remote-data',
    'get-modified-remote-data',
    'update-remote-system',
    'get-mapping-fields',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, api('api-supported')],
};
