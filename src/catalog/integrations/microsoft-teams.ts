import type { Integration, Permission } from '../types';
import { authenticationType, authTypes, CLICK_TEST } from './common.ts';

const AUTH_TYPE = authTypes('client-credentials', 'auth-code');
const PACK_COMMIT = 'f85a918e004975360a1ed050ac9e9700940d9779';
const SHARED = [
  'User.Read.All',
  'GroupMember.Read.All',
  'Channel.ReadBasic.All',
  'ChannelMember.ReadWrite.All',
  'Channel.Create',
  'Channel.Delete.All',
  'OnlineMeetings.ReadWrite.All',
];
const graph = (type: Permission['type'], names: string[]): Permission[] => names.map((name) => ({ api: 'Microsoft Graph', name, type }));

export const microsoftTeams: Integration = {
  id: 'microsoft-teams',
  name: 'Microsoft Teams',
  area: 'Email and collaboration',
  keywords: ['teams', 'bot', 'chat', 'notifications', 'mirroring', 'messages'],
  // Graph and the token endpoint are the worldwide ones in the integration's code.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftTeams/Integrations/MicrosoftTeams/MicrosoftTeams.py',
    'demisto/content Packs/MicrosoftTeams/Integrations/MicrosoftTeams/README.md',
  ],
  productName: 'Microsoft Teams',
  summary: 'A bot that sends notifications, mirrors investigations into channels and chats, and lets users create incidents from Teams.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-teams',
  setup: [
    'After saving the instance, add the bot to a team (Teams admin center › Manage apps › Upload new app, with the bot’s manifest): the product learns your tenant ID from Teams then, so the sheet has no Tenant ID.',
  ],
  bot: {
    channel: 'MsTeamsChannel',
    portParameter: 'longRunningPort',
    endpointCommand: '!microsoft-teams-create-messaging-endpoint',
    // create_messaging_endpoint_command, and the README's "Using Cortex XSOAR or Cortex XSIAM rerouting" examples.
    endpoints: {
      engine: 'https://{engine}:{port}',
      'xsoar-6': '{server}/instance/execute/{instance}',
      'xsoar-8': 'https://ext-{host}/xsoar/instance/execute/{instance}',
      xsiam: 'https://ext-{host}/xsoar/instance/execute/{instance}',
    },
    rewrites: { xsiam: { replace: 'xdr', with: 'crtx' } },
    // get_bot_access_token posts to login.microsoftonline.com/botframework.com/oauth2/v2.0/token (pack 1.5.33).
    tokenTenant: 'botframework.com',
    sources: [
      { repo: 'metron-labs/content', commit: PACK_COMMIT, path: 'Packs/MicrosoftTeams/Integrations/MicrosoftTeams/MicrosoftTeams.py' },
      { repo: 'metron-labs/content', commit: PACK_COMMIT, path: 'Packs/MicrosoftTeams/Integrations/MicrosoftTeams/README.md' },
      { repo: 'metron-labs/content', commit: PACK_COMMIT, path: 'Packs/MicrosoftTeams/ReleaseNotes/1_5_33.md' },
      {
        repo: 'Azure/azure-rest-api-specs',
        commit: 'b85c970dd1a0e695d218cf03fcceb8af3b8cf15c',
        path: 'specification/botservice/resource-manager/Microsoft.BotService/BotService/stable/2022-09-15/botservice.json',
      },
      { url: 'https://learn.microsoft.com/en-us/bot-framework/portal-register-bot' },
    ],
  },
  tenantFromProduct: true,
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: graph('Application', [...SHARED, 'Calls.Initiate.All']),
      nextCommands: [CLICK_TEST, '!microsoft-teams-integration-health'],
    },
    {
      id: 'auth-code',
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: graph('Delegated', [...SHARED, 'Chat.ReadWrite', 'AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForChat']),
      nextCommands: ['!microsoft-teams-auth-test'],
    },
  ],
  leftOut: [
    {
      parameters: ['creds_certificate'],
      why: "the certificate and key of the bot's own HTTPS listener (the messaging endpoint), not a sign-in credential: the admin brings them from their PKI",
    },
  ],
  parameters: [
    {
      name: 'credentials',
      label: 'Bot ID',
      secret: false,
      type: 9,
      part: 'identifier',
      source: { from: 'client-id' },
    },
    {
      name: 'credentials',
      label: 'Bot Password',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
    },
    authenticationType(AUTH_TYPE),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for Authorization Code mode)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    {
      name: 'auth_code_creds',
      label: 'Authorization code',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    {
      name: 'team',
      label: 'Default team',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The team that gets messages and notifications' },
    },
    {
      name: 'incident_notifications_channel',
      label: 'Notifications channel',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'General (the default)' },
    },
    {
      name: 'longRunning',
      label: 'Long running instance',
      secret: false,
      type: 8,
      source: { from: 'constant', value: 'true' },
    },
    {
      name: 'longRunningPort',
      label: 'Listen port',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'A free port of the engine, e.g. 7000' },
    },
  ],
};
