import type { Permission } from '../types';
import { command, content } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/AzureDataExplorer/Integrations/AzureDataExplorer';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/AzureDataExplorer.py`);
const DEFINITION = content(`${DIR}/AzureDataExplorer.yml`);

// Every call goes to the cluster with the one delegated scope the user flows sign in with; what a query may read is
// the database role (Viewer, Admin), for the signed-in user and for the client credentials app alike.
const CLUSTER: Permission[] = [{ api: 'Azure Data Explorer', name: 'user_impersonation', type: 'Delegated' }];

const COMMANDS = [
  command('azure-data-explorer-generate-login-url', 'Authentication', [], README, CODE),
  command('azure-data-explorer-auth-start', 'Authentication', [], README, CODE),
  command('azure-data-explorer-auth-complete', 'Authentication', [], README, CODE),
  command('azure-data-explorer-auth-test', 'Authentication', [], README, CODE),
  command('azure-data-explorer-auth-reset', 'Authentication', [], README, CODE),

  command('azure-data-explorer-search-query-execute', 'Search queries', CLUSTER, README, CODE),
  command('azure-data-explorer-search-query-list', 'Search queries', CLUSTER, README, CODE),
  command('azure-data-explorer-running-search-query-list', 'Running queries', CLUSTER, README, CODE),
  command('azure-data-explorer-running-search-query-cancel', 'Running queries', CLUSTER, README, CODE),
];

export const azureDataExplorerCommands: IntegrationCommands = {
  integration: 'azure-data-explorer',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'azure-data-explorer-search-query-execute',
    'azure-data-explorer-search-query-list',
    'azure-data-explorer-running-search-query-list',
    'azure-data-explorer-running-search-query-cancel',
    'azure-data-explorer-generate-login-url',
    'azure-data-explorer-auth-start',
    'azure-data-explorer-auth-complete',
    'azure-data-explorer-auth-reset',
    'azure-data-explorer-auth-test',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
