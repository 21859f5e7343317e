import { both, command, content, learn } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/Microsoft365DefenderEventCollector';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/Microsoft365DefenderEventCollector.py`);
const DEFINITION = content(`${DIR}/Microsoft365DefenderEventCollector.yml`);
const LIST_ALERTS = learn('defender-endpoint/api/get-alerts');

const COMMANDS = [
  command('microsoft-365-defender-auth-reset', 'Authentication', [], README),
  // GET {url}/api/alerts of the Defender for Endpoint API, signed in with client credentials only.
  command('microsoft-365-defender-get-events', 'Alerts', both('WindowsDefenderATP')(['Alert.Read.All'], []), README, CODE, LIST_ALERTS),
];

export const microsoft365DefenderEventCollectorCommands: IntegrationCommands = {
  integration: 'microsoft-365-defender-event-collector',
  // The definition's script.commands (both deprecated, as the integration is).
  commandNames: ['microsoft-365-defender-get-events', 'microsoft-365-defender-auth-reset'],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, LIST_ALERTS],
};
