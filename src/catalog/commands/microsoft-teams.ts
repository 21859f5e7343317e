import { both, command, content, graphDoc, only } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftTeams/Integrations/MicrosoftTeams';
const README = content(`${DIR}/README.md`);
// The code's COMMANDS_REQUIRED_PERMISSIONS lists each command's Graph permissions per flow; its error messages quote them.
const CODE = content(`${DIR}/MicrosoftTeams.py`);
const DEFINITION = content(`${DIR}/MicrosoftTeams.yml`);
const graph = both('Microsoft Graph');

const CHANNELS = ['GroupMember.Read.All', 'Channel.ReadBasic.All'];
const ADD_MEMBER = graph([...CHANNELS, 'User.Read.All', 'ChannelMember.ReadWrite.All']);
const CREATE_CHANNEL = graph(['GroupMember.Read.All', 'User.Read.All', 'Channel.Create']);
// With client credentials the bot posts through the Bot Framework; signed in as a user, Graph posts the message.
const NOTIFY = graph(CHANNELS, [...CHANNELS, 'ChannelMessage.Send']);
const chat = (name: string, names: string[], page: string) =>
  only('Delegated', command(name, 'Chats', graph([], names), CODE, README, graphDoc(page)));

const COMMANDS = [
  command('microsoft-teams-integration-health', 'Setup and authentication', [], CODE, README),
  command('microsoft-teams-create-messaging-endpoint', 'Setup and authentication', [], CODE, README),
  command('microsoft-teams-generate-login-url', 'Setup and authentication', [], CODE, README),
  command('microsoft-teams-auth-test', 'Setup and authentication', [], CODE, README),
  command('microsoft-teams-auth-reset', 'Setup and authentication', [], CODE, README),
  command('microsoft-teams-token-permissions-list', 'Setup and authentication', [], CODE, README),

  command('send-notification', 'Notifications', NOTIFY, CODE, README, graphDoc('channel-post-messages')),
  command('teams-send-notification-quick-action', 'Notifications', NOTIFY, CODE, graphDoc('channel-post-messages')),
  command('microsoft-teams-message-update', 'Notifications', graph(CHANNELS), CODE, README, graphDoc('channel-list')),

  command(
    'mirror-investigation',
    'Channels',
    graph([...CHANNELS, 'Channel.Create', 'Channel.Delete.All']),
    CODE,
    README,
    graphDoc('channel-post'),
  ),
  command('close-channel', 'Channels', graph([...CHANNELS, 'Channel.Delete.All']), CODE, README, graphDoc('channel-delete')),
  command('microsoft-teams-create-channel', 'Channels', CREATE_CHANNEL, CODE, README, graphDoc('channel-post')),
  command('create-channel', 'Channels', CREATE_CHANNEL, CODE, graphDoc('channel-post')),
  command('microsoft-teams-add-user-to-channel', 'Channels', ADD_MEMBER, CODE, README, graphDoc('channel-post-members')),
  command('add-user-to-channel', 'Channels', ADD_MEMBER, CODE, graphDoc('channel-post-members')),
  command(
    'microsoft-teams-user-remove-from-channel',
    'Channels',
    graph([...CHANNELS, 'ChannelMember.ReadWrite.All']),
    CODE,
    README,
    graphDoc('channel-delete-members'),
  ),
  command(
    'microsoft-teams-channel-user-list',
    'Channels',
    graph([...CHANNELS, 'ChannelMember.Read.All']),
    CODE,
    README,
    graphDoc('channel-list-members'),
  ),

  command(
    'microsoft-teams-create-meeting',
    'Meetings and calls',
    graph(['User.Read.All', 'OnlineMeetings.ReadWrite.All'], ['User.Read.All', 'OnlineMeetings.ReadWrite']),
    CODE,
    README,
    graphDoc('application-post-onlinemeetings'),
  ),
  // Graph's calls API is app-only; the code names nothing for the authorization code flow.
  only(
    'Application',
    command(
      'microsoft-teams-ring-user',
      'Meetings and calls',
      graph(['User.Read.All', 'Calls.Initiate.All'], []),
      CODE,
      README,
      graphDoc('application-post-calls'),
    ),
  ),

  chat(
    'microsoft-teams-chat-create',
    ['User.Read.All', 'Chat.Create', 'AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForChat'],
    'chat-post',
  ),
  chat(
    'microsoft-teams-message-send-to-chat',
    ['User.Read.All', 'Chat.Create', 'ChatMessage.Send', 'AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForChat'],
    'chat-post-messages',
  ),
  chat('microsoft-teams-chat-add-user', ['Chat.ReadBasic', 'ChatMember.ReadWrite'], 'chat-post-members'),
  chat('microsoft-teams-chat-list', ['User.Read.All', 'Chat.ReadBasic'], 'chat-list'),
  chat('microsoft-teams-chat-member-list', ['User.Read.All', 'Chat.ReadBasic'], 'chat-list-members'),
  chat('microsoft-teams-chat-message-list', ['User.Read.All', 'Chat.Read'], 'chat-list-messages'),
  chat('microsoft-teams-chat-update', ['User.Read.All', 'Chat.ReadWrite'], 'chat-patch'),
];

export const microsoftTeamsCommands: IntegrationCommands = {
  integration: 'microsoft-teams',
  // The code's dispatchers (commands and commands_auth_code in main), besides test-module, long-running-execution and fetch-incidents.
  commandNames: [
    'send-notification',
    'teams-send-notification-quick-action',
    'mirror-investigation',
    'close-channel',
    'microsoft-teams-integration-health',
    'create-channel',
    'add-user-to-channel',
    'microsoft-teams-ring-user',
    'microsoft-teams-create-channel',
    'microsoft-teams-add-user-to-channel',
    'microsoft-teams-create-meeting',
    'microsoft-teams-channel-user-list',
    'microsoft-teams-user-remove-from-channel',
    'microsoft-teams-generate-login-url',
    'microsoft-teams-auth-reset',
    'microsoft-teams-token-permissions-list',
    'microsoft-teams-create-messaging-endpoint',
    'microsoft-teams-message-update',
    'microsoft-teams-auth-test',
    'microsoft-teams-chat-create',
    'microsoft-teams-message-send-to-chat',
    'microsoft-teams-chat-add-user',
    'microsoft-teams-chat-list',
    'microsoft-teams-chat-member-list',
    'microsoft-teams-chat-message-list',
    'microsoft-teams-chat-update',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/teams-api-overview')],
};
