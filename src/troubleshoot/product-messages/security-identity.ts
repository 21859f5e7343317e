import type { Source } from '../../catalog/fix';
import type { ProductMessage } from './types';

const CONTENT = { repo: 'metron-labs/content', commit: 'f85a918e004975360a1ed050ac9e9700940d9779' };
const pyFile = (path: string): Source => ({ ...CONTENT, path });

const SENTINEL = pyFile('Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py');
const DEFENDER_ENDPOINT = pyFile(
  'Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/MicrosoftDefenderAdvancedThreatProtection/MicrosoftDefenderAdvancedThreatProtection.py',
);
const DEFENDER_365 = pyFile('Packs/Microsoft365Defender/Integrations/Microsoft365Defender/Microsoft365Defender.py');
// The collector moved into the Defender for Endpoint pack; the catalog reads it there.
const DEFENDER_365_COLLECTOR = pyFile(
  'Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.py',
);
const DEFENDER_CLOUD = pyFile('Packs/AzureSecurityCenter/Integrations/AzureSecurityCenter_v2/AzureSecurityCenter_v2.py');
const CLOUD_APPS = pyFile('Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity/MicrosoftCloudAppSecurity.py');
const GRAPH_SECURITY = pyFile('Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity.py');
const LOG_ANALYTICS = pyFile('Packs/AzureLogAnalytics/Integrations/AzureLogAnalytics/AzureLogAnalytics.py');
const MANAGEMENT_ACTIVITY = pyFile(
  'Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity.py',
);
const DATA_EXPLORER = pyFile('Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer.py');
const GRAPH_GROUPS = pyFile('Packs/MicrosoftGraphGroups/Integrations/MicrosoftGraphGroups/MicrosoftGraphGroups.py');
const RISKY_USERS = pyFile('Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers/AzureRiskyUsers.py');

const NOT_AN_ERROR = 'Not a wrong setting: ';

/**
 * What the security and identity integrations print themselves about sign-in and setup (beyond the shared module's
 * messages), read from each one's code. Patterns allow the War Room's prefixes, line breaks between words, and
 * markdown the War Room strips when copied (`code`, *emphasis*).
 */
export const SECURITY_IDENTITY_MESSAGES: ProductMessage[] = [
  // ── The Test button refuses flows it cannot finish ──────────────────────────────────────────────────────────
  {
    code: 'Defender for Endpoint: Test button with the authorization code',
    text: 'Test-module is not available when using Authentication-code auth flow. Please use `!microsoft-atp-test` command to test the connection',
    pattern: /Test-module\s+is\s+not\s+available\s+when\s+using\s+Authentication-code|use\s+`?!?microsoft-atp-test`?\s+command/i,
    meaning: `${NOT_AN_ERROR}with Authentication Type "Authorization Code" the Test button declines; the code can only be redeemed by a command.`,
    fix: 'Save the instance, then run !microsoft-atp-test in the Playground.',
    actions: {},
    integrations: ['microsoft-defender-endpoint'],
    when: 'test',
    source: DEFENDER_ENDPOINT,
  },
  {
    code: 'Graph Security: Test button with the authorization code',
    text: 'Test module is not available for the authorization code flow. Use the msg-auth-test command instead.',
    pattern: /Test\s+module\s+is\s+not\s+available\s+for\s+the\s+authorization\s+code|Use\s+the\s+!?msg-auth-test\s+command/i,
    meaning: `${NOT_AN_ERROR}with a redirect URI and an authorization code the Test button declines to test.`,
    fix: 'Save the instance, then run !msg-auth-test in the Playground; it checks each permission area and names the one that fails.',
    actions: {},
    integrations: ['microsoft-graph-security'],
    when: 'test',
    source: GRAPH_SECURITY,
  },
  {
    code: 'Risky Users: device code sign-in not done',
    text: 'When using device code flow configuration, please enable the integration and run the `azure-risky-users-auth-start` command. Follow the instructions that will be printed as the output of the command.\n You can validate the connection by running `!azure-risky-users-auth-test`.\n',
    pattern:
      /device\s+code\s+flow\s+configuration,\s+please\s+enable|run\s+the\s+`?!?azure-risky-users-auth-start`?\s+command|running\s+`?!?azure-risky-users-auth-test/i,
    meaning: `${NOT_AN_ERROR}with Authentication Type "Device Code" the Test button cannot sign in; a user signs in through commands.`,
    fix: 'Save the instance, run !azure-risky-users-auth-start, open the link, enter the code and sign in, then run !azure-risky-users-auth-complete and !azure-risky-users-auth-test. For an unattended instance choose "Client Credentials" instead.',
    actions: {},
    integrations: ['azure-risky-users'],
    when: 'test',
    source: RISKY_USERS,
  },
  {
    code: 'Microsoft 365 Defender: not signed in yet',
    text: 'This integration does not have a test module. Please run !microsoft-365-defender-auth-start and !microsoft-365-defender-auth-complete and check the connection using !microsoft-365-defender-auth-test',
    pattern:
      /does\s+not\s+have\s+a\s+test\s+module|!?microsoft-365-defender-auth-start\b|check\s+the\s+connection\s+using\s+!?microsoft-365-defender-auth-test/i,
    meaning:
      'The instance uses the device code flow (client credentials unchecked, no managed identity) and holds no token yet: nobody has signed in, or its tokens were reset.',
    fix: 'Run !microsoft-365-defender-auth-start, open the link, enter the code and sign in, then !microsoft-365-defender-auth-complete and !microsoft-365-defender-auth-test. For client credentials check "Use Client Credentials Authorization Flow".',
    actions: {},
    integrations: ['microsoft-365-defender'],
    when: 'any',
    source: DEFENDER_365,
  },
  {
    code: 'Microsoft 365 Defender: Test button with client credentials',
    text: 'When using a self-deployed configuration, run the !microsoft-365-defender-auth-test command in order to test the connection',
    pattern: /self-deployed\s+configuration,\s+run\s+the|run\s+the\s+!?microsoft-365-defender-auth-test\s+command/i,
    meaning: `${NOT_AN_ERROR}with "Use Client Credentials Authorization Flow" checked the Test button always declines.`,
    fix: 'Save the instance and run !microsoft-365-defender-auth-test in the Playground.',
    actions: {},
    integrations: ['microsoft-365-defender'],
    when: 'test',
    source: DEFENDER_365,
  },
  {
    code: 'Cloud Apps: device code sign-in not done',
    text: 'To test the device code flow Please run !microsoft-cas-auth-start and !microsoft-cas-auth-complete and check the connection using !microsoft-cas-auth-test',
    pattern: /To\s+test\s+the\s+device\s+code\s+flow|check\s+the\s+connection\s+using\s+!?microsoft-cas-auth-test/i,
    meaning: `${NOT_AN_ERROR}with Authentication Mode "device code flow" the Test button cannot sign in; a user signs in through commands.`,
    fix: 'Save the instance, run !microsoft-cas-auth-start, follow the link and code, then !microsoft-cas-auth-complete and !microsoft-cas-auth-test.',
    actions: {},
    integrations: ['microsoft-defender-cloud-apps'],
    when: 'test',
    source: CLOUD_APPS,
  },
  {
    code: 'Management Activity: Test button cannot sign in',
    text: 'The basic parameters are ok, authentication cannot be checked using the *Test* button.\n Please run the !ms-management-activity-list-subscriptions command instead once all relevant parameters have been entered.',
    pattern:
      /basic\s+parameters\s+are\s+ok,\s+authentication|cannot\s+be\s+checked\s+using\s+the\s+\*?Test\*?\s+button|run\s+the\s+!?ms-management-activity-list-subscriptions\s+command/i,
    meaning: `${NOT_AN_ERROR}the fields it can check are filled; signing in is only tried by a command.`,
    fix: 'Save the instance and run !ms-management-activity-list-subscriptions in the Playground.',
    actions: {},
    integrations: ['microsoft-management-activity'],
    when: 'test',
    source: MANAGEMENT_ACTIVITY,
  },

  // ── A setting is missing or inconsistent ───────────────────────────────────────────────────────────────────
  {
    code: 'Authentication ID missing',
    text: 'Authentication ID must be provided.',
    pattern: /Authentication\s+ID\s+must\s+be\s+provided/i,
    meaning: 'The application (client) ID field is empty.',
    fix: 'Fill "ID or Client ID" (Graph Groups) or "ID" (Defender for Endpoint) with the Application (client) ID from App details, as the Sheet gives it.',
    actions: { sheet: true },
    integrations: ['microsoft-graph-groups', 'microsoft-defender-endpoint'],
    when: 'any',
    source: GRAPH_GROUPS,
  },
  {
    code: 'Tenant ID missing',
    text: 'Tenant ID must be provided.',
    pattern: /(?<![\w/]\s{0,3})Tenant\s+ID\s+must\s+be\s+provided/i,
    meaning: 'The tenant field is empty.',
    fix: 'Fill "Tenant ID" (Sentinel) or "Token" (Defender for Endpoint) with the Directory (tenant) ID from App details, as the Sheet gives it.',
    actions: { sheet: true },
    integrations: ['azure-sentinel', 'microsoft-defender-endpoint'],
    when: 'any',
    source: SENTINEL,
  },
  {
    code: 'Microsoft 365 Defender: Application ID missing',
    text: 'Application ID must be provided.',
    pattern: /Application\s+ID\s+must\s+be\s+provided/i,
    meaning: 'The "ID or Client ID" field is empty and no managed identity is used.',
    fix: 'Fill "ID or Client ID" with the Application (client) ID from App details, as the Sheet gives it.',
    actions: { sheet: true },
    integrations: ['microsoft-365-defender'],
    when: 'any',
    source: DEFENDER_365,
  },
  {
    code: 'Defender for Endpoint: authorization code without self-deployed',
    text: 'In order to use Authorization Code, set Self Deployed: True.',
    pattern: /Authorization\s+Code,\s+set\s+Self\s+Deployed/i,
    meaning: 'A redirect URI and an authorization code are filled, but "Use a self-deployed Azure Application" is not checked.',
    fix: 'Check "Use a self-deployed Azure Application" and set "Authentication Type" to Authorization Code, or clear the redirect URI and code to use the vendor-hosted app.',
    actions: { sheet: true },
    integrations: ['microsoft-defender-endpoint'],
    when: 'any',
    source: DEFENDER_ENDPOINT,
  },
  {
    code: 'Defender for Endpoint: authorization code without redirect URI',
    text: 'In order to use Authorization Code auth flow, you should set: "Application redirect URI", "Authorization code" and "Self Deployed=True".',
    pattern: /use\s+Authorization\s+Code\s+auth\s+flow,\s+you\s+should\s+set/i,
    meaning: 'An authorization code is filled but "Application redirect URI (for authorization code mode)" is empty.',
    fix: 'Fill "Application redirect URI (for authorization code mode)" exactly as registered on the app (the Sheet gives it), keep "Use a self-deployed Azure Application" checked, and use a fresh code from the Authorize step.',
    actions: { sheet: true, authorize: 'again' },
    integrations: ['microsoft-defender-endpoint'],
    when: 'any',
    source: DEFENDER_ENDPOINT,
  },
  {
    code: 'Log Analytics: authorization code missing',
    text: 'You must enter an authorization code in a self-deployed configuration.',
    pattern: /enter\s+an\s+authorization\s+code\s+in\s+a\s+self-deployed/i,
    meaning:
      '"Use a self-deployed Azure application - Authorization Code flow" is checked, client credentials are not, and the "Authorization code" field is empty.',
    fix: 'Get a code on the Authorize step and paste it into "Authorization code", or check "Use a self-deployed Azure application - Client Credentials Flow" instead.',
    actions: { authorize: 'again', sheet: true },
    integrations: ['azure-log-analytics'],
    when: 'auth-command',
    source: LOG_ANALYTICS,
  },
  {
    code: 'Management Activity: authorization code or redirect URI empty',
    text: 'Error: in the self_deployed authentication flow the Authorization code and the Application redirect URI cannot be empty.',
    pattern: /in\s+the\s+self_deployed\s+authentication\s+flow|Authorization\s+code\s+and\s+the\s+Application\s+redirect\s+URI\s+cannot/i,
    meaning:
      '"Use a self-deployed Azure application" is checked and the Test button finds no authorization code or redirect URI. It reads the code from the auth_code parameter, not from credentials_auth_code where "Authorization code (for self-deployed mode)" is kept, so it can say this with the code filled.',
    fix: 'Fill "Application redirect URI (for self-deployed mode)" exactly as registered and "Authorization code (for self-deployed mode)" with a fresh code from the Authorize step, save, and check with !ms-management-activity-list-subscriptions rather than the Test button.',
    actions: { authorize: 'again', sheet: true },
    integrations: ['microsoft-management-activity'],
    when: 'test',
    source: MANAGEMENT_ACTIVITY,
  },
  {
    code: 'Defender for Cloud: resource group missing',
    text: 'A Resource Group Name must be provided.',
    pattern: /A\s+Resource\s+Group\s+Name\s+must\s+be\s+provided/i,
    meaning:
      'The advanced threat protection commands need a resource group, and neither "Default Resource Group Name" nor the resource_group_name argument gives one.',
    fix: 'Fill "Default Resource Group Name", or pass resource_group_name to the command.',
    actions: { sheet: true },
    integrations: ['microsoft-defender-for-cloud'],
    when: 'command',
    source: DEFENDER_CLOUD,
  },
  {
    code: 'Data Explorer: cluster URL without https',
    text: "Cluster URL parameter must contain 'https://' as prefix (e.g. https://help.kusto.windows.net).",
    pattern: /Cluster\s+URL\s+parameter\s+must\s+contain/i,
    meaning: 'The "Cluster URL" does not start with https://.',
    fix: 'Set "Cluster URL" to the cluster\'s full URI from its Overview page, e.g. https://mycluster.westeurope.kusto.windows.net, without a trailing path.',
    actions: { sheet: true },
    integrations: ['azure-data-explorer'],
    when: 'any',
    source: DATA_EXPLORER,
  },
  {
    code: 'Cloud Apps: Server URL unreachable',
    text: 'Connection Error: The URL you entered is probably incorrect, please try again.',
    pattern: /The\s+URL\s+you\s+entered\s+is\s+probably\s+incorrect/i,
    meaning: 'The engine could not connect to the "Server URL": a typo, another tenant\'s portal, or a proxy in the way.',
    fix: 'Set "Server URL" to your tenant\'s portal address, as in the field\'s example https://yourdomain.eu2.portal.cloudappsecurity.com, without /api/v1 (the product adds it).',
    actions: { sheet: true },
    integrations: ['microsoft-defender-cloud-apps'],
    when: 'test',
    source: CLOUD_APPS,
  },
  {
    code: 'Cloud Apps: API token rejected',
    text: 'Authorization Error: make sure API Key is correctly set.',
    pattern: /make\s+sure\s+API\s+Key\s+is\s+correctly\s+set/i,
    meaning: 'The API answered "Invalid token": with Authentication Mode "legacy" the API token is wrong, expired or revoked.',
    fix: 'Generate a new API token in the Defender for Cloud Apps portal and paste it, or switch "Authentication Mode" to client credentials with the app the wizard registers.',
    actions: { sheet: true },
    integrations: ['microsoft-defender-cloud-apps'],
    when: 'test',
    source: CLOUD_APPS,
  },
  {
    code: 'Cloud Apps: custom filter not JSON',
    text: 'Custom Filter Error: Your custom filter format is incorrect, please try again.',
    pattern: /Your\s+custom\s+filter\s+format\s+is\s+incorrect/i,
    meaning: "With fetching on, the instance's custom filter is not valid JSON. Sign-in itself worked.",
    fix: 'Correct the custom filter in the instance\'s fetch settings to a JSON object, e.g. {"severity":{"eq":2}}, or clear it.',
    actions: {},
    integrations: ['microsoft-defender-cloud-apps'],
    when: 'test',
    source: CLOUD_APPS,
  },
  {
    code: 'Management Activity: first fetch over a week',
    text: 'Error: first fetch time delta should not be over one week.',
    pattern: /first\s+fetch\s+time\s+delta\s+should\s+not\s+be\s+over\s+one\s+week/i,
    meaning: "The API keeps content for 7 days, and the instance's first fetch time reaches further back.",
    fix: 'Set the first fetch time to 7 days or less (e.g. "3 days") and test again.',
    actions: {},
    integrations: ['microsoft-management-activity'],
    when: 'test',
    source: MANAGEMENT_ACTIVITY,
  },
  {
    code: 'Graph Security: fetch filter format',
    text: "Wrong filter format, correct usage: {property} eq '{property-value}'\n\n{error}",
    pattern: /Wrong\s+filter\s+format,\s+correct\s+usage/i,
    meaning: 'Sign-in worked, but the fetch filter in the instance is not a valid OData filter.',
    fix: "Correct the instance's fetch filter to OData form, e.g. severity eq 'high', or clear it.",
    actions: {},
    integrations: ['microsoft-graph-security'],
    when: 'test',
    source: GRAPH_SECURITY,
  },
  {
    code: 'Microsoft 365 Defender: first fetch time unreadable',
    text: "Microsoft Defender 365 Fetch incidents - Could not parse the first_fetch_time: first_fetch_time='{first_fetch_time}'",
    pattern: /Microsoft\s+Defender\s+365\s+Fetch\s+incidents|Could\s+not\s+parse\s+the\s+first_fetch_time/i,
    meaning: "The instance's first fetch time is not a date or a range the product reads.",
    fix: 'Write the first fetch time as a number and unit, e.g. "3 days" or "12 hours".',
    actions: {},
    integrations: ['microsoft-365-defender'],
    when: 'fetch',
    source: DEFENDER_365,
  },
  {
    code: 'Microsoft 365 Defender: fetch timed out',
    text: 'Fetch incidents - Time out. Please change first_fetch parameter to be more recent one',
    pattern: /Fetch\s+incidents\s+-\s+Time\s+out|change\s+first_fetch\s+parameter\s+to\s+be\s+more\s+recent/i,
    meaning: 'Reading every incident since the first fetch time took longer than the fetch timeout.',
    fix: 'Set the first fetch time closer to now (e.g. "1 day"), or raise the fetch timeout in the instance.',
    actions: {},
    integrations: ['microsoft-365-defender'],
    when: 'fetch',
    source: DEFENDER_365,
  },
  {
    code: 'Defender for Endpoint: too many alerts per fetch',
    text: 'Failed to fetch {max_fetch} alerts. This may caused due to large amount of alert. Try using a lower limit.',
    pattern: /This\s+may\s+caused\s+due\s+to\s+large\s+amount\s+of\s+alert|Failed\s+to\s+fetch\s+\d+\s+alerts\./i,
    meaning: "The alerts query with this page size broke the API's answer; sign-in worked.",
    fix: 'Lower the maximum number of alerts per fetch in the instance, and narrow the fetched severities or statuses.',
    actions: {},
    integrations: ['microsoft-defender-endpoint'],
    when: 'fetch',
    source: DEFENDER_ENDPOINT,
  },

  // ── Signed in, but the service refuses ─────────────────────────────────────────────────────────────────────
  {
    code: 'Log Analytics: workspace query refused',
    text: 'Could not authorize to `api.loganalytics.io` resource. This could be due to one of the following:\n1. Workspace ID is wrong.\n2. Missing necessary grant IAM privileges in your workspace to the AAD Application.',
    pattern:
      /Could\s+not\s+authorize\s+to\s+`?api\.loganalytics|Workspace\s+ID\s+is\s+wrong|Missing\s+necessary\s+grant\s+IAM\s+privileges/i,
    meaning:
      'Signing in to Resource Manager worked, but the test query to the Log Analytics API failed: the workspace ID is wrong, or the app (or signed-in user) has no read access to the workspace.',
    fix: 'Check "Default Workspace ID": the Workspace ID GUID from the workspace\'s Overview, not its name. Assign "Log Analytics Reader" on the workspace (Access control (IAM) › Add role assignment) to the app. With the authorization code flow the app also needs Log Analytics API Data.Read, consented.',
    actions: { sheet: true, register: ['permissions', 'consent'] },
    integrations: ['azure-log-analytics'],
    when: 'test',
    source: LOG_ANALYTICS,
  },
  {
    code: 'Resource Manager: role missing on the workspace',
    text: '[AuthorizationFailed 403] {message}',
    pattern: /\[AuthorizationFailed\s+403\]/i,
    meaning:
      'Signed in, but the app, managed identity or user has no role that allows this on the subscription, resource group or workspace the message names.',
    fix: 'In the Azure portal, Access control (IAM) › Add role assignment on the workspace or its resource group: Microsoft Sentinel Contributor (Sentinel), Log Analytics Reader or Contributor (Log Analytics), to the app or identity. Role assignments take a few minutes to apply.',
    actions: {},
    integrations: ['azure-sentinel', 'azure-log-analytics'],
    when: 'any',
    source: SENTINEL,
  },
  {
    code: 'Resource Manager: workspace not found',
    text: '[ResourceNotFound 404] {message}',
    pattern: /\[(ResourceNotFound|ResourceGroupNotFound|SubscriptionNotFound|WorkspaceNotFound)\s+404\]/i,
    meaning:
      'The subscription, resource group or workspace the instance names does not exist in this tenant and cloud (a typo, or another subscription).',
    fix: 'Copy "Default Subscription ID", "Default Resource Group Name" and the workspace name from the workspace\'s Overview page in the Azure portal.',
    actions: { sheet: true },
    integrations: ['azure-sentinel', 'azure-log-analytics'],
    when: 'any',
    source: SENTINEL,
  },
  {
    code: 'Resource Manager: subscription in another tenant',
    text: '[InvalidAuthenticationTokenTenant 401] {message}',
    pattern: /\[InvalidAuthenticationTokenTenant\s+401\]/i,
    meaning: "The token comes from the instance's tenant, but the subscription belongs to another tenant.",
    fix: 'Set the tenant field to the tenant the subscription belongs to (az account show --subscription <id> prints its tenantId), with an app registered in that tenant.',
    actions: { sheet: true },
    integrations: ['azure-sentinel', 'azure-log-analytics'],
    when: 'any',
    source: SENTINEL,
  },
  {
    code: '365 Defender event collector: authorization error',
    text: 'Authorization Error: make sure tenant id, client id and client secret is correctly set',
    pattern: /make\s+sure\s+tenant\s+id,\s+client\s+id/i,
    meaning:
      'The Test button could not sign in (a wrong Tenant ID, Client ID or secret), or the alerts API answered Forbidden because the app lacks WindowsDefenderATP Alert.Read.All with admin consent.',
    fix: 'Check "Tenant ID", "Client (Application) ID" and "Client Secret" (the secret\'s Value, not its ID). Then check the app has WindowsDefenderATP Alert.Read.All (application) with admin consent granted.',
    actions: { sheet: true, register: ['permissions', 'consent'] },
    integrations: ['microsoft-365-defender-event-collector'],
    when: 'test',
    source: DEFENDER_365_COLLECTOR,
  },
  {
    code: '365 Defender event collector: sign-in failed',
    text: 'Fail to authenticate with Microsoft services, see the error details in the log',
    pattern: /Fail\s+to\s+authenticate\s+with\s+Microsoft\s+services|Microsoft\s+services,\s+see\s+the\s+error\s+details\s+in\s+the\s+log/i,
    meaning: "Getting a token failed; the Microsoft error (with its AADSTS code) is only in the engine's log.",
    fix: 'Check "Tenant ID", "Client (Application) ID" and "Client Secret" (its Value, not expired). For the exact cause, download the integration\'s log and paste the AADSTS line here.',
    actions: { sheet: true, register: ['secret'] },
    integrations: ['microsoft-365-defender-event-collector'],
    when: 'fetch',
    source: DEFENDER_365_COLLECTOR,
  },
  {
    code: '365 Defender event collector: alerts API refused',
    text: 'something went wrong with the http call {error}',
    pattern: /went\s+wrong\s+with\s+the\s+http\s+call[\s\S]{0,40}?\b40[13]\b/i,
    meaning:
      'Signed in, but the alerts API refused the token: 403 when the app lacks WindowsDefenderATP Alert.Read.All with admin consent, 401 when the token is for another cloud than the Server URL.',
    fix: 'Add WindowsDefenderATP Alert.Read.All (application) and grant admin consent. For 401, make "Endpoint Type" and "Server URL" the same cloud.',
    actions: { register: ['permissions', 'consent'] },
    integrations: ['microsoft-365-defender-event-collector'],
    when: 'fetch',
    source: DEFENDER_365_COLLECTOR,
  },
  {
    code: 'Graph Security: permission check failed',
    text: 'Authorization was not successful for permission {permission} Check that you have the required permissions',
    pattern: /Authorization\s+was\s+not\s+successful\s+for\s+permission|Check\s+that\s+you\s+have\s+the\s+required\s+permissions/i,
    meaning:
      '!msg-auth-test signed in, but the call for that area (ediscovery, alerts or threat assessment) failed, usually for a missing permission.',
    fix: "Add the area's permission (eDiscovery.Read.All, SecurityAlert.Read.All, ThreatAssessment.ReadWrite.All) to the app and consent. With the authorization code, reset the tokens and authorize again so the new permission is in the token.",
    actions: { register: ['permissions', 'consent'], authorize: 'consent', reset: true },
    integrations: ['microsoft-graph-security'],
    when: 'auth-command',
    source: GRAPH_SECURITY,
  },
  {
    code: 'Graph Security: alerts API refused',
    text: 'API call to MS Graph Security failed. Please check authentication related parameters. [{status}] - {message}',
    pattern: /MS\s+Graph\s+Security\s+failed\.\s+Please/i,
    meaning:
      'The test call to the alerts API failed with the status shown: 401 for a token Graph does not accept, 403 for a missing permission (SecurityAlert.Read.All for Alerts v2, SecurityEvents.Read.All for Legacy Alerts).',
    fix: 'For 403 add the permission for the alerts API the instance uses and grant admin consent. For 401 check the IDs and secret on the Sheet and that "Host URL" is the cloud the app is in.',
    actions: { register: ['permissions', 'consent'], sheet: true },
    integrations: ['microsoft-graph-security'],
    when: 'test',
    source: GRAPH_SECURITY,
  },
  {
    code: 'Graph Security: unreadable API answer',
    text: 'API call to MS Graph Security failed, could not parse result. Please check authentication related parameters. [{status}]',
    pattern: /failed,\s+could\s+not\s+parse\s+result/i,
    meaning: 'The answer was not Microsoft Graph\'s JSON: usually "Host URL" points elsewhere, or a proxy answered.',
    fix: 'Set "Host URL" to the Graph endpoint of the app\'s cloud (https://graph.microsoft.com worldwide), and check the engine\'s proxy settings.',
    actions: { sheet: true },
    integrations: ['microsoft-graph-security'],
    when: 'test',
    source: GRAPH_SECURITY,
  },
];
