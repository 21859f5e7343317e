import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/AzureADIdentityProtection.py`);
const DEFINITION = content(`${DIR}/AzureADIdentityProtection.yml`);
const graph = both('Microsoft Graph');

// The device code sign-in asks for IdentityRiskyUser.ReadWrite.All, so reading risky users needs it too when signed in as a user.
const RISKY_READ = graph(['IdentityRiskyUser.Read.All'], ['IdentityRiskyUser.ReadWrite.All']);
const RISKY_WRITE = graph(['IdentityRiskyUser.ReadWrite.All']);

const COMMANDS = [
  command('azure-ad-auth-start', 'Authentication', [], CODE),
  command('azure-ad-auth-complete', 'Authentication', [], CODE),
  command('azure-ad-auth-test', 'Authentication', [], CODE),
  command('azure-ad-auth-reset', 'Authentication', [], CODE),

  command(
    'azure-ad-identity-protection-risks-list',
    'Risk detections',
    graph(['IdentityRiskEvent.Read.All']),
    README,
    graphDoc('riskdetection-list'),
  ),
  command('azure-ad-identity-protection-risky-user-list', 'Risky users', RISKY_READ, README, graphDoc('riskyuser-list')),
  command('azure-ad-identity-protection-risky-user-history-list', 'Risky users', RISKY_READ, README, graphDoc('riskyuser-list-history')),
  command(
    'azure-ad-identity-protection-risky-user-confirm-compromised',
    'Risky users',
    RISKY_WRITE,
    README,
    graphDoc('riskyuser-confirmcompromised'),
  ),
  command('azure-ad-identity-protection-risky-user-dismiss', 'Risky users', RISKY_WRITE, README, graphDoc('riskyuser-dismiss')),
];

export const azureAdIdentityProtectionCommands: IntegrationCommands = {
  integration: 'azure-ad-identity-protection',
  // The code's dispatcher (main), besides test-module and fetch-incidents.
  commandNames: [
    'azure-ad-auth-start',
    'azure-ad-auth-complete',
    'azure-ad-auth-test',
    'azure-ad-auth-reset',
    'azure-ad-identity-protection-risks-list',
    'azure-ad-identity-protection-risky-user-list',
    'azure-ad-identity-protection-risky-user-history-list',
    'azure-ad-identity-protection-risky-user-confirm-compromised',
    'azure-ad-identity-protection-risky-user-dismiss',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
