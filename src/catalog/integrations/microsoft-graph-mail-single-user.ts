import type { Integration } from '../types';
import { certificateCredentials, idTokenKey, managedIdentityParameters, selfDeployed } from './common.ts';

// Its Test button is refused ("Please use !msgraph-mail-test instead"): the command works in every mode.
const TEST = '!msgraph-mail-test';

export const microsoftGraphMailSingleUser: Integration = {
  id: 'microsoft-graph-mail-single-user',
  name: 'Microsoft Graph Mail Single User',
  area: 'Email and collaboration',
  keywords: ['mail', 'outlook', 'o365', 'email', 'phishing', 'mailbox', 'listener', 'single user'],
  // The integration calls graph.microsoft.com only.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener/MicrosoftGraphListener.yml',
    'demisto/content Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener/MicrosoftGraphListener_description.md',
    'demisto/content Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener/README.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener/MicrosoftGraphListener.py (certificate: main() reads creds_certificate)',
  ],
  productName: 'Microsoft Graph Mail Single User',
  summary: 'Fetch one mailbox’s mail as incidents and send, reply to and move its messages, signed in as that mailbox’s user.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-mail-single-user',
  resetCommand: '!msgraph-mail-auth-reset',
  flows: [
    {
      id: 'auth-code',
      loginUrlCommand: '!msgraph-mail-generate-login-url',
      recommended: true,
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      permissions: ['Mail.ReadWrite', 'Mail.Send', 'User.Read', 'MailboxSettings.ReadWrite'].map((name) => ({
        api: 'Microsoft Graph',
        name,
        type: 'Delegated',
      })),
      nextCommands: ['Sign in as the user of the mailbox to fetch', TEST],
    },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-mail-listener', permissions: [], nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    ...idTokenKey(
      ['creds_auth_id', 'creds_refresh_token', 'creds_enc_key'],
      ['Application ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['auth-code', 'xsoar-app'] },
    ),
    ...certificateCredentials(['auth-code'], 'Certificate Thumbprint (optional for self-deployed Azure app)'),
    {
      name: 'creds_auth_code',
      label: 'Authorization code (required for self-deployed Azure app)',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
    {
      name: 'redirect_uri',
      label: 'Application redirect URI (required for self-deployed Azure app)',
      secret: false,
      type: 0,
      source: { from: 'redirect-uri' },
      flows: ['auth-code'],
    },
    selfDeployed('Use a self-deployed Azure application'),
    ...managedIdentityParameters,
    {
      name: 'mailbox_to_fetch',
      label: 'Email address from which to fetch incidents (e.g., "example@mail.com")',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The mailbox you sign in as' },
    },
    {
      name: 'folder_to_fetch',
      label: 'Name of the folder from which to fetch incidents (supports Folder ID and sub-folders e.g., Inbox/Phishing)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'Inbox (the default)' },
    },
  ],
};
