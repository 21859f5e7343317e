import type { Integration } from '../types';
import { authTypes } from './common.ts';

const AUTH_TYPE = authTypes('device-code', 'client-credentials');
const LIST = '!azure-data-explorer-search-query-list database_name=<database>';

export const azureDataExplorer: Integration = {
  id: 'azure-data-explorer',
  name: 'Azure Data Explorer',
  area: 'Security operations',
  keywords: ['data explorer', 'kusto', 'adx', 'kql', 'clusters', 'queries'],
  sources: [
    'demisto/content Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer.yml',
    'demisto/content Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer_description.md',
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
      id: 'device-code',
      recommended: true,
      defaultAppId: 'a9ce8db2-847a-46af-9bfb-725d8a8d3c53',
      permissions: [{ api: 'Azure Data Explorer', name: 'user_impersonation', type: 'Delegated' }],
      nextCommands: ['!azure-data-explorer-auth-start', '!azure-data-explorer-auth-complete', '!azure-data-explorer-auth-test'],
    },
    { id: 'client-credentials', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'cluster_url',
      label: 'Cluster URL (e.g. https://help.kusto.windows.net)',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'admin', placeholder: 'https://<cluster>.<region>.kusto.windows.net' },
    },
    { name: 'client_id', label: 'Application ID', secret: false, kind: 'text', required: true, source: { from: 'client-id' } },
    {
      name: 'client_activity_prefix',
      label: 'Client Activity Prefix',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'constant', value: 'XSOAR-DataExplorer' },
      note: 'The default; any prefix works',
    },
    {
      name: 'authentication_type',
      label: 'Authentication Type',
      secret: false,
      kind: 'select',
      required: true,
      options: ['Device Code', 'Authorization Code', 'Client Credentials'],
      source: { from: 'flow-choice', values: AUTH_TYPE },
    },
    { name: 'tenant_id', label: 'Tenant ID', secret: false, kind: 'text', source: { from: 'tenant-id' }, flows: ['client-credentials'] },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      kind: 'text',
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
  ],
};
