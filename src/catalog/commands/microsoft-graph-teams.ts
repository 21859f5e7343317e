import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphTeams/Integrations/MicrosoftGraphTeams';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphTeams.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphTeams.yml`);
// Authorization code only: the signed-in (delegated) Teams user's chats.
const delegated = (names: string[]) => both('Microsoft Graph')([], names);

const COMMANDS = [
  command('msgraph-teams-test', 'Authentication', [], README, CODE),
  command('msgraph-teams-generate-login-url', 'Authentication', [], README),
  command('msgraph-teams-auth-reset', 'Authentication', [], README),

  command('msgraph-teams-list-chats', 'Chats', delegated(['Chat.ReadBasic']), README, graphDoc('chat-list')),
  command('msgraph-teams-get-chat', 'Chats', delegated(['Chat.ReadBasic']), README, graphDoc('chat-get')),
  command('msgraph-teams-create-chat', 'Chats', delegated(['Chat.Create']), README, graphDoc('chat-post')),
  command('msgraph-teams-update-chat', 'Chats', delegated(['Chat.ReadWrite']), README, graphDoc('chat-patch')),

  command('msgraph-teams-list-members', 'Chat members', delegated(['ChatMember.Read']), README, graphDoc('chat-list-members')),
  command('msgraph-teams-add-member', 'Chat members', delegated(['ChatMember.ReadWrite']), README, graphDoc('chat-post-members')),

  command('msgraph-teams-list-messages', 'Chat messages', delegated(['Chat.Read']), README, graphDoc('chat-list-messages')),
  command('msgraph-teams-send-message', 'Chat messages', delegated(['ChatMessage.Send']), README, graphDoc('chat-post-messages')),
];

export const microsoftGraphTeamsCommands: IntegrationCommands = {
  integration: 'microsoft-graph-teams',
  // The README's commands; the code's dispatcher (main) handles the same besides test-module.
  commandNames: [
    'msgraph-teams-list-chats',
    'msgraph-teams-create-chat',
    'msgraph-teams-get-chat',
    'msgraph-teams-update-chat',
    'msgraph-teams-list-members',
    'msgraph-teams-add-member',
    'msgraph-teams-list-messages',
    'msgraph-teams-send-message',
    'msgraph-teams-test',
    'msgraph-teams-auth-reset',
    'msgraph-teams-generate-login-url',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
