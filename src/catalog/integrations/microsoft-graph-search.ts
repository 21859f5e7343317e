import type { Integration } from '../types';

export const microsoftGraphSearch: Integration = {
  id: 'microsoft-graph-search',
  name: 'Microsoft Graph Search',
  area: 'Email and collaboration',
  keywords: ['search', 'sharepoint', 'onedrive', 'files', 'sites', 'graph'],
  // No cloud parameter: the shared module's worldwide defaults apply.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSearch/Integrations/MicrosoftGraphSearch/MicrosoftGraphSearch.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSearch/Integrations/MicrosoftGraphSearch/MicrosoftGraphSearch.py',
    'learn.microsoft.com/graph/api/search-query (permissions of the search API)',
  ],
  productName: 'Microsoft Graph Search',
  summary: 'Search OneDrive and SharePoint content (files, folders, lists, sites) with the Microsoft Search API, as a signed-in user.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-search',
  flows: [
    {
      id: 'auth-code',
      recommended: true,
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] },
      // Its definition names none; Microsoft's search API needs these to search drive items, lists and sites (its
      // test searches drive items). Mail, calendar or connector searches need Mail.Read, Calendars.Read or ExternalItem.Read.All too.
      permissions: [
        { api: 'Microsoft Graph', name: 'Files.Read.All', type: 'Delegated' },
        { api: 'Microsoft Graph', name: 'Sites.Read.All', type: 'Delegated' },
      ],
      nextCommands: ['!msgraph-search-test'],
    },
  ],
  leftOut: [
    {
      parameters: ['creds_certificate'],
      why: 'its code refuses to start without the client secret (creds_enc_key) even when a certificate is given, so a certificate cannot replace the secret',
    },
  ],
  parameters: [
    {
      name: 'creds_auth_id',
      label: 'ID or Client ID',
      secret: false,
      type: 9,
      part: 'password',
      required: true,
      source: { from: 'client-id' },
    },
    {
      name: 'creds_refresh_token',
      label: 'Token or Tenant ID',
      secret: false,
      type: 9,
      part: 'password',
      required: true,
      source: { from: 'tenant-id' },
    },
    {
      name: 'creds_enc_key',
      label: 'Key or Client Secret (can be used instead of Certificate Thumbprint and Private Key)',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
    },
    {
      name: 'creds_auth_code',
      label: 'Authorization code (run msgraph-generate-login-url command)',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'auth-code' },
    },
    {
      name: 'redirect_uri',
      label: 'Application redirect URI',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'redirect-uri' },
    },
  ],
};
