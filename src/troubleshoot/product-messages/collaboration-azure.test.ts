import { describe, expect, it } from 'vitest';
import { INTEGRATIONS } from '../../catalog/integrations';
import { COLLABORATION_AZURE_MESSAGES } from './collaboration-azure';
import { MODULE_MESSAGES } from './module';
import type { ProductMessage } from './types';
import { filled, UNRELATED_TEXTS, unknownCodes } from '../../../testing/pasted-text';
import { expectRecognized, matchingCodes } from '../../../testing/product-message-checks';

// Values as the product formats them into its messages.
const FILL: Record<string, string> = {
  status: '401',
  error: 'an unexpected error',
  description: 'The refresh token has expired due to inactivity.',
  folder: 'Inbox/Phishing',
  path: "['Inbox', 'Phishing']",
  site: 'Finance',
  value: '500',
  type: 'Application',
  permissions: 'Channel.Create, Channel.ReadBasic.All',
  member: 'jane@example.com',
  user: 'jane@example.com',
  channel: 'General',
  chat: 'Incident 42',
  id: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
  command: 'microsoft-teams-chat-create',
  endpoint: 'https://ext-xsoar.example.com/xsoar/instance/execute/teams',
};
const SAMPLES: Record<string, string> = {};
// The same cause in other integrations' or versions' words.
const VARIANTS: Record<string, string[]> = {
  'Test button: use the test command': [
    'Please use !msgraph-search-test instead',
    'Please use !azure-log-analytics-test instead',
    'When using a self-deployed configuration with authorization code and redirect uri, Please enable the integration and run the !msgraph-user-test command in order to test it',
    'When using user auth flow configuration, Please enable the integration and run the !azure-data-explorer-auth-test command in order to test it',
    'The *Test* button is not available when using `Cortex XSOAR Azure app`, `self-deployed - Device Code Flow` or  `self-deployed - Authorization Code Flow`. Use the !msgraph-api-test command instead once all relevant parameters have been entered.',
    'When using user auth flow configuration, Please enable the integration and run the !azure-storage-auth-test command in order to test it',
    'When using a self-deployed configuration, Please enable the integration and run the !msgraph-teams-test command in order to test it',
    'When using Authorization Code flow configuration, Please enable the integration and run the !azure-waf-auth-test command in order to test it',
    'The *Test* button is not available for the `self-deployed - Authorization Code Flow`.\n Use the !msgraph-files-auth-test command instead once all relevant parameters have been entered.',
  ],
  'Test button: sign in with the device code first': [
    'When using device code flow configuration, Please enable the integration and run `!azure-ks-auth-start` and `!azure-ks-auth-complete` to log in. You can validate the connection by running `!azure-ks-auth-test`\nFor more details press the (?) button.',
    'Please enable the integration and run `!azure-devops-auth-start`and `!azure-deops-auth-complete` to log in.You can validate the connection by running `!azure-devops-auth-test`\nFor more details press the (?) button.',
    'The test module is not functional, run the azure-firewall-auth-start command instead.',
    'Test module is available for Client Credentials or Azure Managed Identities only. For the `Device Code Flow` use the `msgraph-apps-auth-start` command',
    'Please enable the integration and run `!azure-data-explorer-auth-start`and `!azure-data-explorer-auth-complete` to log in.You can validate the connection by running `!azure-data-explorer-auth-test`\nFor more details press the (?) button.',
    'Test module is available for Client Credentials or Azure Managed Identities only, for other authentication types use the msgraph-apps-auth-start command',
    'The test module is not functional, run the azure-ad-auth-start command instead.',
    'The test module is not functional, run the msgraph-identity-auth-start command instead.',
  ],
  'Device code sign-in completed': ['Authorization completed successfully.'],
  'Credential field empty': ['ID / Application ID must be provided.', 'Token / Tenant ID must be provided.'],
  'Token and ID missing': [
    'Token and ID must be provided. For further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication',
  ],
  'EWS: server not reachable': [
    "Could not connect to the server.\nAdditional information: HTTPSConnectionPool(host='outlook.office365.com', port=443)",
  ],
  'Storage Container: shared key missing': ["The 'shared_key' parameter must be provided."],
  'Storage Queue: maximum fetch': ['Invalid Maximum fetch value.'],
  'Teams: tenant ID not received': [
    'Did not receive tenant ID from Microsoft Teams, verify the messaging endpoint is configured correctly.',
  ],
  'Teams: bot credentials refused': ['Failed to get bot access token'],
  'Teams: Graph sign-in refused': ['Failed to get Graph access token'],
  'Teams: Graph refused (403)': ['Error in API call to Microsoft Teams: [403] - UnknownError'],
  'Teams: Authorization Code settings needed': [
    "In order to use the 'microsoft-teams-chat-list' command, Please set the necessary parameters for the Authorization Code flow in the integration configuration.",
    "In order to use the 'microsoft-teams-chat-list' command, you must provide both 'Application redirect URI' and 'Authorization code' in the integration configuration for the Authorization Code flow.",
  ],
  'Teams: team member not found': ['Team member was not found'],
  'Teams: incoming post not authenticated': [
    'Authorization header validation - failed to verify endorsements',
    "Authorization header failed: {'Authorization': 'Bearer eyJ0'}",
  ],
};
const UNRELATED = UNRELATED_TEXTS;

const fill = (text: string) => filled(text, FILL, () => 'value');
const sample = (entry: ProductMessage) => SAMPLES[entry.code] ?? fill(entry.text);

const OWN = [...MODULE_MESSAGES, ...COLLABORATION_AZURE_MESSAGES];
const matching = (text: string) => matchingCodes(OWN, text);

const known = new Set(INTEGRATIONS.map((integration) => integration.id));
const entries = COLLABORATION_AZURE_MESSAGES.map((entry) => [entry.code, entry] as const);

describe('the collaboration and Azure integrations’ messages', () => {
  it('has its samples and variants under codes that exist', () => {
    const codes = COLLABORATION_AZURE_MESSAGES.map((entry) => entry.code);
    expect(unknownCodes(SAMPLES, codes)).toEqual([]);
    expect(unknownCodes(VARIANTS, codes)).toEqual([]);
  });

  it.each(entries)('%s names catalog integrations', (_, entry) => {
    expect(entry.integrations).not.toBe('module');
    if (entry.integrations !== 'module') for (const id of entry.integrations) expect(known, id).toContain(id);
  });

  it.each(entries)('%s: its text, wrapped, prefixed or cut, is recognized', (_, entry) => {
    for (const text of [sample(entry), ...(VARIANTS[entry.code] ?? [])]) expectRecognized(entry, text, OWN);
  });

  it('recognizes nothing in unrelated text', () => {
    for (const text of UNRELATED) expect(matching(text), text).toEqual([]);
  });

  it('tells the Teams 403 with its permission detail from the bare one', () => {
    const detailed = `Failed to execute send-notification command.\nError:\nError code [403] in API call to Microsoft Teams:\nThe send-notification command using the Client Credentials Flow, requires the following API permissions:\nApplication - GroupMember.Read.All, Channel.ReadBasic.All\n\nThe current access token is missing the following permissions:\nApplication - Channel.ReadBasic.All`;
    expect(matching(detailed)).toEqual(['Teams: missing Graph permissions']);
    expect(matching('Error code [403] in API call to Microsoft Teams:\nForbidden')).toEqual(['Teams: Graph refused (403)']);
  });

  it('tells the Teams reset from the module’s, and the sentence-initial ID from EWS’s and Compute’s', () => {
    expect(matching('Authorization was reset successfully.')).toEqual(['Teams: authorization reset']);
    expect(matching('Token and ID must be provided.')).toEqual(['Token and ID missing']);
    expect(matching('Failed to execute test-module command.\nError:\nID must be provided.')).toEqual(['ID missing']);
  });
});
