import type { Integration, Permission } from '../types';
import { authenticationType, authTypes, CLICK_TEST, GRAPH_USER_READ, userAuthParameters } from './common.ts';

const AUTH_TYPE = authTypes('auth-code', 'device-code', 'client-credentials');
const TEST = '!azure-devops-auth-test';
// The product asks for the Azure DevOps API by its application ID, the same in every tenant.
const DEVOPS_SCOPES = ['499b84ac-1321-427f-aa17-267ca6975798/user_impersonation', 'offline_access'];
const PERMISSIONS: Permission[] = [{ api: 'Azure DevOps', name: 'user_impersonation', type: 'Delegated' }, GRAPH_USER_READ];

export const azureDevOps: Integration = {
  id: 'azure-devops',
  name: 'Azure DevOps',
  area: 'Azure infrastructure',
  keywords: ['devops', 'ado', 'pull requests', 'pipelines', 'git', 'repositories', 'work items', 'vsts'],
  // The integration calls dev.azure.com through the worldwide login host only.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDevOps/Integrations/AzureDevOps/AzureDevOps.yml',
    "metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDevOps/Integrations/AzureDevOps/AzureDevOps.py (main(): auth_type 'Client Credentials' signs in with tenant_id and credentials.password for 499b84ac-1321-427f-aa17-267ca6975798/.default; test-module gets that token)",
    'demisto/content Packs/AzureDevOps/Integrations/AzureDevOps/AzureDevOps_description.md',
  ],
  productName: 'AzureDevOps',
  summary: 'Manage pull requests, pipelines, repositories, branches, work items and users in Azure DevOps Services.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-dev-ops',
  resetCommand: '!azure-devops-auth-reset',
  // With client credentials the app's service principal is a member of the organization; Azure DevOps has no
  // application permissions to consent to.
  role: "a member's access level (Basic) and the project permissions its commands need",
  roleAssignedIn: 'Azure DevOps › Organization settings › Users › Add users',
  flows: [
    {
      id: 'auth-code',
      loginUrlCommand: '!azure-devops-generate-login-url',
      recommended: true,
      signIn: { endpoint: 'v2', scopes: DEVOPS_SCOPES },
      permissions: [...PERMISSIONS],
      nextCommands: [TEST],
    },
    { id: 'client-credentials', permissions: [], nextCommands: [CLICK_TEST] },
    {
      id: 'device-code',
      defaultAppId: '8f8ed6e7-3207-4ebd-885d-6413b601088c',
      signIn: { endpoint: 'v2', scopes: DEVOPS_SCOPES },
      permissions: [...PERMISSIONS],
      nextCommands: ['!azure-devops-auth-start', '!azure-devops-auth-complete', TEST],
    },
  ],
  parameters: [
    { name: 'client_id', label: 'Client ID', secret: false, type: 0, required: true, source: { from: 'client-id' } },
    {
      name: 'organization',
      label: 'Organization',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The name in https://dev.azure.com/{organization}' },
    },
    {
      name: 'project',
      label: 'Default Project Name',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Needed to fetch pull requests; !azure-devops-project-list lists them' },
    },
    {
      name: 'repository',
      label: 'Default Repository Name',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Needed to fetch pull requests; !azure-devops-repository-list lists them' },
    },
    authenticationType(AUTH_TYPE, { required: true }),
    ...userAuthParameters({ secretFlows: ['auth-code', 'client-credentials'] }),
  ],
};
