import type { Integration } from '../types';
import { certificateThumbprintAndKey, selfDeployed } from './common.ts';

/** Its description's "Required Permissions", all delegated. */
const CHAT_PERMISSIONS = [
  'Chat.Create',
  'Chat.Read',
  'Chat.ReadBasic',
  'Chat.ReadWrite',
  'ChatMember.Read',
  'ChatMember.ReadWrite',
  'ChatMessage.Read',
  'ChatMessage.Send',
];

export const microsoftGraphTeams: Integration = {
  id: 'microsoft-graph-teams',
  name: 'O365 Teams (Using Graph API)',
  area: 'Email and collaboration',
  keywords: ['teams', 'chat', 'chats', 'messages', 'graph', 'o365'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphTeams/Integrations/MicrosoftGraphTeams/MicrosoftGraphTeams.yml',
    'demisto/content Packs/MicrosoftGraphTeams/Integrations/MicrosoftGraphTeams/MicrosoftGraphTeams_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphTeams/Integrations/MicrosoftGraphTeams/MicrosoftGraphTeams.py (certificate: main() reads certificate_thumbprint and private_key)',
  ],
  productName: 'O365 Teams (Using Graph API)',
  summary: 'List, create and update Teams chats, their members and messages as a delegated user.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-teams',
  resetCommand: '!msgraph-teams-auth-reset',
  flows: [
    {
      id: 'auth-code',
      recommended: true,
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: CHAT_PERMISSIONS.map((name) => ({ api: 'Microsoft Graph', name, type: 'Delegated' })),
      nextCommands: ['Sign in as the delegated Teams user', '!msgraph-teams-test'],
    },
  ],
  parameters: [
    { name: 'url', label: 'Server URL', secret: false, type: 0, required: true, source: { from: 'cloud-host', host: 'graph' } },
    { name: 'tenant_id', label: 'Tenant ID', secret: false, type: 4, required: true, source: { from: 'tenant-id' } },
    { name: 'client_id', label: 'Client ID', secret: false, type: 4, required: true, source: { from: 'client-id' } },
    { name: 'secret', label: 'Client Secret', secret: true, type: 4, source: { from: 'client-secret' } },
    ...certificateThumbprintAndKey(['auth-code'], { thumbprintName: 'certificate_thumbprint', thumbprintType: 4, keyType: 4 }),
    selfDeployed('Use a self deployed Azure Application'),
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (for Authorization Code flow mode)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
    },
    { name: 'auth_code', label: 'Authorization Code', secret: false, type: 4, source: { from: 'auth-code' } },
    {
      name: 'delegated_user',
      label: 'Email address of the XSOAR delegated Teams user (e.g. "example@demisto.com")',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The user you sign in as' },
    },
  ],
};
