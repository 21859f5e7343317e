import type { Integration, Permission } from '../types';
import {
  applicationId,
  authenticationType,
  authTypes,
  AZURE_AD_ENDPOINT_SELECT,
  CLICK_TEST,
  clientCredentialsParameters,
  managedIdentityClientId,
} from './common.ts';

const AUTH_TYPE = authTypes('device-code', 'client-credentials', 'managed-identity');
const PERMISSIONS = ['Group.ReadWrite.All', 'TeamMember.ReadWrite.All', 'Team.ReadBasic.All'];
const permissions = (type: Permission['type']): Permission[] => PERMISSIONS.map((name) => ({ api: 'Microsoft Graph', name, type }));
const TEST = '!microsoft-teams-auth-test';

export const microsoftTeamsManagement: Integration = {
  id: 'microsoft-teams-management',
  name: 'Microsoft Teams Management',
  area: 'Email and collaboration',
  keywords: ['teams', 'team members', 'channels', 'collaboration', 'archive team'],
  // The integration calls graph.microsoft.com whatever the login endpoint.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftTeams/Integrations/MicrosoftTeamsManagement/MicrosoftTeamsManagement.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftTeams/Integrations/MicrosoftTeamsManagement/MicrosoftTeamsManagement.py',
  ],
  productName: 'Microsoft Teams Management',
  summary: 'Create, update, archive, clone and delete teams and manage their members.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-teams-management',
  resetCommand: '!microsoft-teams-auth-reset',
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: '3307a0ab-612c-47af-b3b5-8208247562db',
      signIn: { endpoint: 'v2', scopes: ['offline_access', ...PERMISSIONS] },
      permissions: permissions('Delegated'),
      nextCommands: ['!microsoft-teams-auth-start', '!microsoft-teams-auth-complete', TEST],
    },
    {
      id: 'client-credentials',
      consentResource: 'graph',
      permissions: permissions('Application'),
      nextCommands: [CLICK_TEST],
    },
    { id: 'managed-identity', permissions: [], nextCommands: [CLICK_TEST] },
  ],
  parameters: [
    applicationId(['device-code', 'client-credentials']),
    AZURE_AD_ENDPOINT_SELECT,
    authenticationType(AUTH_TYPE, { name: 'authentication_type' }),
    ...clientCredentialsParameters({ labelSuffix: ' (for Client Credentials mode)' }),
    managedIdentityClientId,
  ],
};
