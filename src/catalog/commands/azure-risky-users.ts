import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/AzureRiskyUsers.py`);
const DEFINITION = content(`${DIR}/AzureRiskyUsers.yml`);
const graph = both('Microsoft Graph');

const RISKY_USERS = graph(['IdentityRiskyUser.Read.All']);
// The device code sign-in asks for IdentityRiskEvent.ReadWrite.All, not the read-only name.
const DETECTIONS = graph(['IdentityRiskEvent.Read.All'], ['IdentityRiskEvent.ReadWrite.All']);

const COMMANDS = [
  command('azure-risky-users-auth-start', 'Authentication', [], CODE),
  command('azure-risky-users-auth-complete', 'Authentication', [], CODE),
  command('azure-risky-users-auth-test', 'Authentication', [], CODE),
  command('azure-risky-users-auth-reset', 'Authentication', [], CODE),

  command('azure-risky-users-list', 'Risky users', RISKY_USERS, README, CODE, graphDoc('riskyuser-list')),
  command('azure-risky-user-get', 'Risky users', RISKY_USERS, README, CODE, graphDoc('riskyuser-get')),
  command('azure-risky-users-risk-detections-list', 'Risk detections', DETECTIONS, README, CODE, graphDoc('riskdetection-list')),
  command('azure-risky-users-risk-detection-get', 'Risk detections', DETECTIONS, README, CODE, graphDoc('riskdetection-get')),
];

export const azureRiskyUsersCommands: IntegrationCommands = {
  integration: 'azure-risky-users',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'azure-risky-users-auth-reset',
    'azure-risky-users-auth-start',
    'azure-risky-users-auth-complete',
    'azure-risky-users-auth-test',
    'azure-risky-users-list',
    'azure-risky-user-get',
    'azure-risky-users-risk-detections-list',
    'azure-risky-users-risk-detection-get',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
