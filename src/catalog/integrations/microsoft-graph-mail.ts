import type { Integration } from '../types';
import { certificateCredentials, idTokenKey, managedIdentityParameters, selfDeployed } from './common.ts';

export const microsoftGraphMail: Integration = {
  id: 'microsoft-graph-mail',
  name: 'O365 Outlook Mail (Using Graph API)',
  area: 'Email and collaboration',
  keywords: ['mail', 'outlook', 'o365', 'exchange', 'email', 'phishing', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail/MicrosoftGraphMail.yml',
    "metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail/MicrosoftGraphMail.py (main(): endpoint = GRAPH_BASE_ENDPOINTS.get(url, 'com'): the Server URL picks the cloud)",
  ],
  productName: 'O365 Outlook Mail (Using Graph API)',
  summary: "Fetch, search, move and send Outlook mail of your organisation's mailboxes through Microsoft Graph.",
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-mail',
  resetCommand: '!msgraph-mail-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: [{ api: 'Microsoft Graph', name: 'Mail.ReadWrite', type: 'Application' }],
      nextCommands: ['!msgraph-mail-list-emails user_id=<mailbox address>'],
    },
    {
      id: 'xsoar-app',
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-graph-mail',
      permissions: [],
      nextCommands: ['!msgraph-mail-list-emails user_id=<mailbox address>'],
    },
    { id: 'managed-identity', permissions: [], nextCommands: ['!msgraph-mail-list-emails user_id=<mailbox address>'] },
  ],
  parameters: [
    {
      name: 'url',
      label: 'Server URL',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'cloud-host', host: 'graph', picksCloud: true },
    },
    ...idTokenKey(
      ['creds_auth_id', 'creds_tenant_id', 'credentials'],
      ['Application ID or Client ID', 'Token or Tenant ID', 'Key or Client Secret'],
      { flows: ['xsoar-app', 'client-credentials'] },
    ),
    ...certificateCredentials(['client-credentials']),
    selfDeployed('Use a self deployed Azure application'),
    ...managedIdentityParameters,
  ],
};
