import type { Integration } from '../types';
import { certificateThumbprintAndKey, idTokenKey, managedIdentityParameters, selfDeployed, SUBSCRIPTION_SOURCE } from './common.ts';

const LIST = '!azure-sc-list-alert';

export const microsoftDefenderForCloud: Integration = {
  id: 'microsoft-defender-for-cloud',
  name: 'Microsoft Defender for Cloud',
  area: 'Security operations',
  keywords: ['defender for cloud', 'azure security center', 'asc', 'security alerts', 'cspm', 'defender'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/AzureSecurityCenter_v2/AzureSecurityCenter_v2.yml',
  ],
  productName: 'Microsoft Defender for Cloud',
  summary: 'List and update Defender for Cloud alerts, and read and change its protection settings.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-security-center-v2',
  resetCommand: '!azure-sc-auth-reset',
  flows: [
    { id: 'client-credentials', recommended: true, permissions: [], nextCommands: [LIST] },
    { id: 'xsoar-app', hostedAppUrl: 'https://oproxy.demisto.ninja/ms-azure-sc', permissions: [], nextCommands: [LIST] },
    { id: 'managed-identity', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'server_url',
      label: 'Microsoft Azure Management URL',
      secret: false,
      type: 0,
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    ...idTokenKey(
      ['credentials_auth_id', 'credentials_tenant_id', 'credentials_enc_key'],
      [
        'ID (received from the admin consent - see Detailed Instructions (?)',
        'Token (received from the admin consent - see Detailed Instructions (?) section)',
        'Key (received from the admin consent - see Detailed Instructions (?)',
      ],
      { flows: ['client-credentials', 'xsoar-app'] },
    ),
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'credentials_certificate_thumbprint', thumbprintType: 9 }),
    {
      name: 'credentials_default_sub_id',
      label: 'Default subscription ID',
      secret: false,
      type: 9,
      part: 'password',
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Optional: can be given per command' },
    },
    ...managedIdentityParameters,
    selfDeployed('Use a self-deployed Azure Application'),
  ],
};
