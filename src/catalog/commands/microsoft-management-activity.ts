import type { Permission } from '../types';
import { command, content, learn } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftManagementActivity.py`);
const DEFINITION = content(`${DIR}/MicrosoftManagementActivity.yml`);
const REFERENCE = learn('office/office-365-management-api/office-365-management-activity-api-reference');
const GET_STARTED = learn('office/office-365-management-api/get-started-with-office-365-management-apis');

// The catalog's only self-registered flow is the authorization code flow, so only the delegated names apply.
const office = (name: string): Permission => ({ api: 'Office 365 Management APIs', name, type: 'Delegated' });
const ACTIVITY = [office('ActivityFeed.Read')];
// DLP.All content carries the detected sensitive data, behind ActivityFeed.ReadDlp; the other content types do not.
const CONTENT = [office('ActivityFeed.Read'), office('ActivityFeed.ReadDlp')];

const COMMANDS = [
  command('ms-management-activity-generate-login-url', 'Authentication', [], README, CODE),
  command('ms-management-activity-auth-reset', 'Authentication', [], README, CODE),

  command('ms-management-activity-start-subscription', 'Subscriptions', ACTIVITY, README, CODE, REFERENCE),
  command('ms-management-activity-stop-subscription', 'Subscriptions', ACTIVITY, README, CODE, REFERENCE),
  command('ms-management-activity-list-subscriptions', 'Subscriptions', ACTIVITY, README, CODE, REFERENCE),
  command('ms-management-activity-list-content', 'Content', CONTENT, README, CODE, REFERENCE, GET_STARTED),
];

export const microsoftManagementActivityCommands: IntegrationCommands = {
  integration: 'microsoft-management-activity',
  // The code's dispatcher (main), besides test-module and fetch-incidents. No command calls the Service
  // Communications API, so none needs the README's ServiceHealth.Read.
  commandNames: [
    'ms-management-activity-start-subscription',
    'ms-management-activity-stop-subscription',
    'ms-management-activity-list-subscriptions',
    'ms-management-activity-list-content',
    'ms-management-activity-generate-login-url',
    'ms-management-activity-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, REFERENCE, GET_STARTED],
};
