import { command, content } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphAPI/Integrations/MicrosoftGraphAPI';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphAPI.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphAPI.yml`);

const COMMANDS = [
  command('msgraph-api-auth-start', 'Authentication', [], README, CODE),
  command('msgraph-api-auth-complete', 'Authentication', [], README, CODE),
  // It only takes a token.
  command('msgraph-api-test', 'Authentication', [], README, CODE),
  command('msgraph-api-auth-reset', 'Authentication', [], README, CODE),
  command('msgraph-api-generate-login-url', 'Authentication', [], README, CODE),
  // A generic caller: it sends whatever resource, method and body the admin passes, so what it needs is what the
  // Graph reference page of each request lists; no source can name it in advance.
  command('msgraph-api-request', 'Requests', 'not-documented', README, CODE),
];

export const microsoftGraphApiCommands: IntegrationCommands = {
  integration: 'microsoft-graph-api',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'msgraph-api-request',
    'msgraph-api-auth-start',
    'msgraph-api-auth-complete',
    'msgraph-api-test',
    'msgraph-api-auth-reset',
    'msgraph-api-generate-login-url',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
