import type { Permission } from '../types';
import { command, content, learn } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/AzureLogAnalytics/Integrations/AzureLogAnalytics';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/AzureLogAnalytics.py`);
const DEFINITION = content(`${DIR}/AzureLogAnalytics.yml`);
const ACCESS_API = learn('azure/azure-monitor/logs/api/access-api');

// The README's two delegated permissions, for the authorization code flow. Client credentials and managed identities
// need none: their rights, like the signed-in user's, come from Log Analytics Reader (Contributor for search jobs).
const QUERY: Permission = { api: 'Log Analytics API', name: 'Data.Read', type: 'Delegated' };
const MANAGEMENT: Permission = { api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' };

/** The workspace's saved searches, tables, and the subscription's resources go through Resource Manager. */
const arm = (name: string, group: string) => command(name, group, [MANAGEMENT], README, CODE);

const COMMANDS = [
  command('azure-log-analytics-generate-login-url', 'Authentication', [], README, CODE),
  command('azure-log-analytics-auth-reset', 'Authentication', [], CODE),
  // It takes a Resource Manager token, then runs "Usage | take 1" against the query API.
  command('azure-log-analytics-test', 'Authentication', [QUERY, MANAGEMENT], README, CODE),

  command('azure-log-analytics-execute-query', 'Queries', [QUERY], README, CODE, ACCESS_API),

  arm('azure-log-analytics-list-saved-searches', 'Saved searches'),
  arm('azure-log-analytics-get-saved-search-by-id', 'Saved searches'),
  arm('azure-log-analytics-create-or-update-saved-search', 'Saved searches'),
  arm('azure-log-analytics-delete-saved-search', 'Saved searches'),

  arm('azure-log-analytics-run-search-job', 'Search jobs'),
  arm('azure-log-analytics-get-search-job', 'Search jobs'),
  arm('azure-log-analytics-delete-search-job', 'Search jobs'),

  arm('azure-log-analytics-subscriptions-list', 'Subscriptions and workspaces'),
  arm('azure-log-analytics-resource-group-list', 'Subscriptions and workspaces'),
  arm('azure-log-analytics-workspace-list', 'Subscriptions and workspaces'),
];

export const azureLogAnalyticsCommands: IntegrationCommands = {
  integration: 'azure-log-analytics',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'azure-log-analytics-execute-query',
    'azure-log-analytics-list-saved-searches',
    'azure-log-analytics-get-saved-search-by-id',
    'azure-log-analytics-create-or-update-saved-search',
    'azure-log-analytics-delete-saved-search',
    'azure-log-analytics-get-search-job',
    'azure-log-analytics-delete-search-job',
    'azure-log-analytics-resource-group-list',
    'azure-log-analytics-generate-login-url',
    'azure-log-analytics-test',
    'azure-log-analytics-auth-reset',
    'azure-log-analytics-subscriptions-list',
    'azure-log-analytics-workspace-list',
    'azure-log-analytics-run-search-job',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, ACCESS_API],
};
