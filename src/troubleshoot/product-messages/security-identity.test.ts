import { describe, expect, it } from 'vitest';
import { findIntegration, INTEGRATIONS } from '../../catalog/integrations';
import { diagnose } from '../diagnose';
import { PRODUCT_MESSAGES } from './index';
import { MODULE_MESSAGES } from './module';
import { SECURITY_IDENTITY_MESSAGES } from './security-identity';
import type { ProductMessage } from './types';
import { filled, UNRELATED_TEXTS, unknownCodes, WAR_ROOM_PREFIX, wrap } from '../../../testing/pasted-text';
import { matchingCodes } from '../../../testing/product-message-checks';

// Values the product formats into its messages. `{property}` is printed literally by Graph Security's filter hint.
const SAMPLES: Record<string, string> = {
  permission: 'ediscovery',
  command: 'azure-ad-auth-start',
  status: '403',
  message: 'Insufficient privileges to complete the operation.',
  error: '403 Client Error: Forbidden for url: https://api.securitycenter.microsoft.com/api/alerts?$top=1',
  first_fetch_time: '3 dayz',
  max_fetch: '50',
  property: '{property}',
  'property-value': '{property-value}',
};

const fill = (text: string, strict = true) => filled(text, SAMPLES, strict ? undefined : (placeholder) => placeholder);

/** The first line up to the word that reaches 60 characters: what a partial paste keeps. */
function head(text: string): string {
  const first = text.split('\n')[0] ?? '';
  const end = first.indexOf(' ', 60);
  return end === -1 ? first : first.slice(0, end);
}

// A distinctive slice of each message, away from its start, as an admin might paste it.
const SLICES: Record<string, string> = {
  'Defender for Endpoint: Test button with the authorization code': 'Please use `!microsoft-atp-test` command to test the',
  'Graph Security: Test button with the authorization code': 'Use the msg-auth-test command instead.',
  'Risky Users: device code sign-in not done': 'run the `azure-risky-users-auth-start` command. Follow',
  'Microsoft 365 Defender: not signed in yet': 'check the connection using !microsoft-365-defender-auth-test',
  'Microsoft 365 Defender: Test button with client credentials': 'run the !microsoft-365-defender-auth-test command in order',
  'Cloud Apps: device code sign-in not done': 'check the connection using !microsoft-cas-auth-test',
  'Management Activity: Test button cannot sign in': 'authentication cannot be checked using the *Test* button.',
  'Authentication ID missing': 'Authentication ID must be provided.',
  'Tenant ID missing': 'Tenant ID must be provided.',
  'Microsoft 365 Defender: Application ID missing': 'Application ID must be provided.',
  'Defender for Endpoint: authorization code without self-deployed': 'Authorization Code, set Self Deployed: True.',
  'Defender for Endpoint: authorization code without redirect URI': 'use Authorization Code auth flow, you should set:',
  'Log Analytics: authorization code missing': 'enter an authorization code in a self-deployed configuration',
  'Management Activity: authorization code or redirect URI empty': 'the Authorization code and the Application redirect URI cannot',
  'Defender for Cloud: resource group missing': 'A Resource Group Name must be provided.',
  'Data Explorer: cluster URL without https': "Cluster URL parameter must contain 'https://' as prefix",
  'Cloud Apps: Server URL unreachable': 'The URL you entered is probably incorrect, please try again.',
  'Cloud Apps: API token rejected': 'make sure API Key is correctly set.',
  'Cloud Apps: custom filter not JSON': 'Your custom filter format is incorrect, please try again.',
  'Management Activity: first fetch over a week': 'first fetch time delta should not be over one week.',
  'Graph Security: fetch filter format': 'Wrong filter format, correct usage: {property} eq',
  'Microsoft 365 Defender: first fetch time unreadable': 'Could not parse the first_fetch_time: first_fetch_time=',
  'Microsoft 365 Defender: fetch timed out': 'Please change first_fetch parameter to be more recent one',
  'Defender for Endpoint: too many alerts per fetch': 'This may caused due to large amount of alert. Try using',
  'Log Analytics: workspace query refused': 'Missing necessary grant IAM privileges in your workspace',
  'Resource Manager: role missing on the workspace': '[AuthorizationFailed 403] Insufficient privileges',
  'Resource Manager: workspace not found': '[ResourceNotFound 404] Insufficient privileges',
  'Resource Manager: subscription in another tenant': '[InvalidAuthenticationTokenTenant 401] Insufficient',
  '365 Defender event collector: authorization error': 'make sure tenant id, client id and client secret is correctly',
  '365 Defender event collector: sign-in failed': 'Microsoft services, see the error details in the log',
  '365 Defender event collector: alerts API refused': 'went wrong with the http call 403 Client Error: Forbidden',
  'Graph Security: permission check failed': 'ediscovery Check that you have the required permissions',
  'Graph Security: alerts API refused': 'MS Graph Security failed. Please check authentication',
  'Graph Security: unreadable API answer': 'failed, could not parse result. Please check authentication',
};

// Other things these integrations print, which must not read as a sign-in or setup problem.
const UNRELATED = [
  ...UNRELATED_TEXTS,
  '```✅ Success!```',
  '✅ Authorization completed successfully.',
  'Authorization was reset successfully. Run **!azure-ad-auth-start** to start the authentication process.',
  'The API query ran successfully and returned no content.',
  'Page size must be between 1 and 500.',
  'Search job mytable_SRCH already exists - please choose another name.',
  'The subscription is already enabled.',
  'Please provide at least one devices arguments: "device_id" or "device_name".',
  'Could not find group data in the context, please run "!msgraph-groups-get-group" to retrieve group data.',
  'Error in API call [404] - Not Found\n{"error": {"code": "Request_ResourceNotFound", "message": "Resource \'x\' does not exist."}}',
  'The status is pending, still waiting to get results...',
  'Microsoft Defender ATP no device found.',
];

const mine = SECURITY_IDENTITY_MESSAGES;
const matching = (text: string, entries: readonly ProductMessage[] = mine) => matchingCodes(entries, text);

describe('security and identity product messages', () => {
  it('has its slices under codes that exist', () => {
    expect(
      unknownCodes(
        SLICES,
        mine.map((entry) => entry.code),
      ),
    ).toEqual([]);
  });

  it('cover the integrations read, each id a catalog id', () => {
    const ids = new Set(INTEGRATIONS.map((integration) => integration.id));
    // Messages several integrations print are one entry each, in whichever file read them first.
    expect(mine.length).toBeGreaterThan(30);
    for (const entry of mine) {
      expect(Array.isArray(entry.integrations) && entry.integrations.length > 0, entry.code).toBe(true);
      for (const id of entry.integrations) expect(ids.has(id), `${entry.code}: ${id}`).toBe(true);
      expect(entry.source).toMatchObject({ repo: 'metron-labs/content', commit: 'f85a918e004975360a1ed050ac9e9700940d9779' });
      expect('path' in entry.source && entry.source.path.endsWith('.py'), entry.code).toBe(true);
    }
  });

  it('have codes no other product message uses', () => {
    const codes = PRODUCT_MESSAGES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  describe.each(mine.map((entry) => [entry.code, entry] as const))('%s', (name, entry) => {
    const text = fill(entry.text);

    it('matches its text, and no other entry does', () => {
      expect(matching(text)).toEqual([name]);
    });

    it('matches through the War Room prefix, quotes and wrapping', () => {
      expect(entry.pattern.test(`${WAR_ROOM_PREFIX}${wrap(text)}`)).toBe(true);
      expect(entry.pattern.test(`Failed to execute command.\nError:\n"${wrap(text, 50)}"`)).toBe(true);
      expect(matching(wrap(text))).toEqual([name]);
    });

    it('matches a partial paste: the first line, each long line, a distinctive slice', () => {
      expect(entry.pattern.test(head(text)), head(text)).toBe(true);
      for (const line of entry.text.split('\n')) {
        if (line.replace(/\{[\w-]+\}/g, '').trim().length >= 40) expect(entry.pattern.test(fill(line)), line).toBe(true);
      }
      const slice = SLICES[name];
      expect(slice, 'a slice in SLICES').toBeDefined();
      expect(text).toContain(slice);
      expect(slice!.length).toBeLessThanOrEqual(70);
      expect(entry.pattern.test(slice!), slice).toBe(true);
    });

    it('is what diagnose names, for an integration that prints it', () => {
      const integration = findIntegration((entry.integrations as string[])[0]!);
      expect(diagnose(wrap(text), integration).map((diagnosis) => diagnosis.code)).toContain(name);
    });
  });

  it('do not match what the shared module prints, nor its patterns these texts', () => {
    for (const other of MODULE_MESSAGES) expect(matching(fill(other.text, false)), other.code).toEqual([]);
    // Graph Security's own test message ends like the module's bad-Key message; reported, the module owns that pattern.
    const sharedEnding = /Please\s+check\s+authentication\s+related\s+parameters/i;
    for (const entry of mine.filter((item) => !sharedEnding.test(item.text)))
      expect(matching(fill(entry.text), MODULE_MESSAGES), entry.code).toEqual([]);
  });

  it.each(UNRELATED)('do not read %j as a sign-in or setup problem', (text) => {
    expect(matching(text)).toEqual([]);
  });
});

describe('diagnose, on texts as the War Room shows them', () => {
  // The product's messages only (an AADSTS text may also be read by the token tables).
  const ours = new Set(PRODUCT_MESSAGES.map((entry) => entry.code));
  const codes = (text: string, id: string) =>
    diagnose(text, findIntegration(id))
      .map((diagnosis) => diagnosis.code)
      .filter((code) => ours.has(code));

  it('tells the tenant field of Sentinel from the "Token / Tenant ID" of Log Analytics', () => {
    expect(codes('Failed to execute test-module command. Error: Tenant ID must be provided.', 'azure-sentinel')).toEqual([
      'Tenant ID missing',
    ]);
    expect(codes('Failed to execute test-module command. Error: Token / Tenant ID must be provided.', 'azure-log-analytics')).toEqual([
      'Credential field empty',
    ]);
    expect(
      codes('Token and ID must be provided. For further information see https://xsoar.pan.dev/docs', 'microsoft-defender-for-cloud'),
    ).toEqual(['Token and ID missing']);
  });

  it('reads the Log Analytics test that could sign in but not query, wrapped as the War Room wraps it', () => {
    const printed = `Failed to execute test-module command. Error: Could not authorize to \`api.loganalytics.io\` resource. This could be due to one of the following:
1. Workspace ID is wrong.
2. Missing necessary grant IAM privileges in your workspace to the AAD Application.`;
    const [first] = diagnose(printed, findIntegration('azure-log-analytics'));
    expect(first).toMatchObject({ code: 'Log Analytics: workspace query refused', source: 'the product' });
    expect(first?.steps[0]?.text).toContain('Log Analytics Reader');
  });

  it('reads a Resource Manager refusal in the bracketed form Sentinel prints', () => {
    const printed =
      "Failed to execute azure-sentinel-list-incidents command. Error: [AuthorizationFailed 403] The client '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' with object id '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' does not have authorization to perform action 'Microsoft.SecurityInsights/incidents/read' over scope '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/soc' or the scope is invalid.";
    expect(codes(printed, 'azure-sentinel')).toContain('Resource Manager: role missing on the workspace');
  });

  it('reads the event collector refused by the alerts API, and offers the permission', () => {
    const printed =
      'Failed to execute fetch-events command.\nError:\nsomething went wrong with the http call 403 Client Error: Forbidden for url: https://api.securitycenter.microsoft.com/api/alerts?$filter=alertCreationTime+gt+2026-11-20';
    const found = diagnose(printed, findIntegration('microsoft-365-defender-event-collector'));
    expect(found.map((diagnosis) => diagnosis.code)).toContain('365 Defender event collector: alerts API refused');
    // A 500 is not a permission problem.
    expect(
      codes(
        'something went wrong with the http call 500 Server Error: Internal Server Error for url: https://x',
        'microsoft-365-defender-event-collector',
      ),
    ).toEqual([]);
  });

  it('asks for consent again when Graph Security lacks a permission area, with the reset command', () => {
    const [first] = diagnose(
      'Failed to execute msg-auth-test command.\nError:\nAuthorization was not successful for permission ediscovery Check that you have the required permissions',
      findIntegration('microsoft-graph-security'),
    );
    expect(first).toMatchObject({
      code: 'Graph Security: permission check failed',
      actions: expect.objectContaining({ authorize: expect.any(String) }),
    });
    expect(first?.steps.map((step) => step.command)).toContain('!ms-graph-security-auth-reset');
  });
});
