import type { Integration } from '../types';
import type { Permission } from '../types';
import { authTypes, redirectAndCode } from './common.ts';

const AUTH_TYPE = authTypes('device-code', 'auth-code', 'client-credentials');
const USER_IMPERSONATION: Permission = { api: 'Azure Data Explorer', name: 'user_impersonation', type: 'Delegated' };
const LIST = '!azure-data-explorer-search-query-list database_name=<database>';

export const azureDataExplorer: Integration = {
  id: 'azure-data-explorer',
  name: 'Azure Data Explorer',
  area: 'Security operations',
  keywords: ['data explorer', 'kusto', 'adx', 'kql', 'clusters', 'queries'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer.yml',
    'demisto/content Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer.py (main(): Authorization Code with tenant_id, credentials, redirect_uri and auth_code (a credentials field); scopes {cluster_url}/user_impersonation offline_access user.read for device code, {cluster_url}/.default otherwise)',
    'demisto/content Packs/AzureDataExplorer/Integrations/AzureDataExplorer/README.md (parameter labels; Authorization Code recommended)',
  ],
  // Its docs: for client credentials, assign roles to the app. Queries need a role on the cluster's databases
  // (Kusto's own permissions), not in the subscription's Access control (IAM).
  rightsFromRoles: true,
  role: 'Viewer (to run queries) or Admin (to manage them)',
  roleAssignedIn: 'Azure Data Explorer cluster › Databases › your database › Permissions › Add',
  productName: 'Azure Data Explorer',
  summary: 'Run and manage KQL search queries on Azure Data Explorer clusters.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-data-explorer',
  resetCommand: '!azure-data-explorer-auth-reset',
  flows: [
    {
      id: 'auth-code',
      recommended: true,
      loginUrlCommand: '!azure-data-explorer-generate-login-url',
      // The API is the cluster itself, by its address.
      signIn: { endpoint: 'v2', scopes: ['offline_access', '{value:cluster_url}/.default'], api: 'Azure Data Explorer' },
      permissions: [USER_IMPERSONATION],
      nextCommands: ['!azure-data-explorer-auth-test'],
    },
    {
      id: 'device-code',
      defaultAppId: 'a9ce8db2-847a-46af-9bfb-725d8a8d3c53',
      signIn: {
        endpoint: 'v2',
        scopes: ['{value:cluster_url}/user_impersonation', 'offline_access', 'user.read'],
        api: 'Azure Data Explorer',
      },
      permissions: [USER_IMPERSONATION],
      nextCommands: ['!azure-data-explorer-auth-start', '!azure-data-explorer-auth-complete', '!azure-data-explorer-auth-test'],
    },
    { id: 'client-credentials', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'cluster_url',
      label: 'Cluster URL (e.g. https://help.kusto.windows.net)',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'https://<cluster>.<region>.kusto.windows.net' },
    },
    { name: 'client_id', label: 'Application ID', secret: false, type: 0, required: true, source: { from: 'client-id' } },
    {
      name: 'client_activity_prefix',
      label: 'Client Activity Prefix',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'constant', value: 'XSOAR-DataExplorer' },
      note: 'The default; any prefix works',
    },
    {
      name: 'authentication_type',
      label: 'Authentication Type',
      secret: false,
      type: 15,
      required: true,
      options: ['Device Code', 'Authorization Code', 'Client Credentials'],
      source: { from: 'flow-choice', values: AUTH_TYPE },
    },
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      type: 0,
      source: { from: 'tenant-id' },
      flows: ['auth-code', 'client-credentials'],
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['auth-code', 'client-credentials'],
    },
    ...redirectAndCode({ redirectLabel: 'Application redirect URI', codeType: 9 }),
  ],
};
