// How each integration's code reads its instance parameters, per flow: for every value the wizard puts on the sheet,
// the parameters the code tries in order (Python's `a or b`) and the shape it expects there: `string` (used as is),
// `password` / `identifier` (a credentials object: `params.get(name, {}).get('password')`), `bool` (a checkbox).
// `select` is what picks the flow (an Authentication Type option, a checkbox). Read from each integration's main()
// and client at the commit in `source` (the newest copy found; see the README's drift procedure), so that tests
// read the wizard's export the way the product does. Facts only: none of the vendor's code is copied here.
import type { FlowId } from '../src/catalog/types';

export type Shape = 'string' | 'password' | 'identifier' | 'bool';
export interface Read {
  param: string;
  shape: Shape;
}
export type Role = 'clientId' | 'tenantId' | 'secret' | 'certificateThumbprint' | 'privateKey' | 'authCode' | 'redirectUri';
/** What a flow's code reads: the roles it takes from `reads` (`uses`), its own where they differ, and what picks it. */
export type FlowReads = Partial<Record<Role, Read[]>> & { select?: { param: string; equals: string | boolean }[]; uses?: Role[] };
export interface ProductReads {
  /** The code these reads were taken from: repository@commit path. */
  source: string;
  /** How the code reads each role, where every flow that reads it reads it alike. */
  reads: Partial<Record<Role, Read[]>>;
  flows: Partial<Record<FlowId | string, FlowReads>>;
}

/** Everything a flow's code reads, by role: the shared reads it uses, and its own. */
export function flowReads(entry: ProductReads, flow: string): FlowReads | undefined {
  const own = entry.flows[flow];
  if (!own) return undefined;
  const { uses = [], ...rest } = own;
  return { ...Object.fromEntries(uses.map((role) => [role, entry.reads[role]])), ...rest };
}

/** Keyed by catalog id; an older version as `id@version`. */
export const PRODUCT_READS: Record<string, ProductReads> = {
  azure: {
    source: 'demisto/content@00f286dc14fc601e64aeb1ec8ee22b7ea35bd229 Packs/Azure/Integrations/Azure/Azure.py',
    reads: {
      clientId: [{ param: 'app_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'client-credentials': { uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'azure-ad-identity-protection': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureActiveDirectory/Integrations/AzureADIdentityProtection/AzureADIdentityProtection.py',
    reads: {
      clientId: [{ param: 'app_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'client-credentials': { select: [{ param: 'client_credentials', equals: true }], uses: ['clientId', 'tenantId', 'secret'] },
      'device-code': { select: [{ param: 'client_credentials', equals: false }], uses: ['clientId'] },
    },
  },
  'azure-compute': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureCompute/Integrations/AzureCompute_v2/AzureCompute_v2.py',
    reads: {
      clientId: [
        { param: 'cred_auth_id', shape: 'password' },
        { param: 'auth_id', shape: 'string' },
      ],
      tenantId: [
        { param: 'cred_token', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'cred_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'cred_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
      },
      'xsoar-app': { select: [{ param: 'self_deployed', equals: false }], uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'azure-data-explorer': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDataExplorer/Integrations/AzureDataExplorer/AzureDataExplorer.py',
    reads: {
      clientId: [{ param: 'client_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'authentication_type', equals: 'Client Credentials' }],
        uses: ['clientId', 'tenantId', 'secret'],
      },
      'auth-code': {
        select: [{ param: 'authentication_type', equals: 'Authorization Code' }],
        uses: ['clientId', 'tenantId', 'secret', 'authCode', 'redirectUri'],
      },
      'device-code': { select: [{ param: 'authentication_type', equals: 'Device Code' }], uses: ['clientId'] },
    },
  },
  'azure-devops': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureDevOps/Integrations/AzureDevOps/AzureDevOps.py',
    reads: {
      clientId: [{ param: 'client_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], uses: ['clientId'] },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['clientId', 'tenantId', 'secret', 'authCode', 'redirectUri'],
      },
      'client-credentials': { select: [{ param: 'auth_type', equals: 'Client Credentials' }], uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'azure-firewall': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'password' }],
      secret: [{ param: 'client_secret', shape: 'password' }],
      certificateThumbprint: [{ param: 'certificate_thumbprint', shape: 'string' }],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [{ param: 'client_id', shape: 'string' }],
      },
      'device-code': { clientId: [{ param: 'client_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-key-vault': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureKeyVault/Integrations/AzureKeyVault/AzureKeyVault.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'use_managed_identities', equals: false }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [{ param: 'client_id', shape: 'string' }],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        uses: ['tenantId'],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-kubernetes-services': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureKubernetesServices/Integrations/AzureKubernetesServices/AzureKubernetesServices.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'auth_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['tenantId', 'secret', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-log-analytics': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureLogAnalytics/Integrations/AzureLogAnalytics/AzureLogAnalytics.py',
    reads: {
      tenantId: [
        { param: 'credentials_refresh_token', shape: 'password' },
        { param: 'refresh_token', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
      authCode: [
        { param: 'credentials_auth_code', shape: 'password' },
        { param: 'auth_code', shape: 'string' },
      ],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'client_credentials', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'credentials', shape: 'identifier' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'credentials', shape: 'identifier' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        uses: ['tenantId'],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials', shape: 'identifier' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'azure-network-security-groups': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureNetworkSecurityGroups/Integrations/AzureNetworkSecurityGroups/AzureNetworkSecurityGroups.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'auth_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['tenantId', 'secret', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-resource-graph': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureResourceGraph/Integrations/AzureResourceGraph/AzureResourceGraph.py',
    reads: {
      clientId: [
        { param: 'cred_auth_id', shape: 'password' },
        { param: 'auth_id', shape: 'string' },
      ],
      tenantId: [
        { param: 'cred_token', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'cred_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'cred_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': { uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey'] },
    },
  },
  'azure-risky-users': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureRiskyUsers/Integrations/AzureRiskyUsers/AzureRiskyUsers.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'client_secret', shape: 'password' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'authentication_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'client_id', shape: 'password' }],
      },
      'device-code': {
        select: [{ param: 'authentication_type', equals: 'Device Code' }],
        clientId: [{ param: 'client_id', shape: 'password' }],
      },
      'managed-identity': {
        select: [{ param: 'authentication_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-sentinel': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [{ param: 'credentials', shape: 'password' }],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
    },
    flows: {
      'client-credentials': {
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [{ param: 'credentials', shape: 'identifier' }],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        uses: ['tenantId'],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-sentinel@1.0': {
    source: 'demisto/content@1c2fea16e7fd4f862e99ec53db3502986020cfb5 Packs/AzureSentinel/Integrations/AzureSentinel/AzureSentinel.py',
    reads: {
      clientId: [{ param: 'auth_id', shape: 'string' }],
      tenantId: [{ param: 'refresh_token', shape: 'string' }],
      secret: [{ param: 'enc_key', shape: 'string' }],
      authCode: [{ param: 'auth_code', shape: 'string' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'xsoar-app': { select: [{ param: 'self_deployed', equals: false }], uses: ['clientId', 'tenantId', 'secret'] },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['clientId', 'tenantId', 'secret', 'authCode', 'redirectUri'],
      },
    },
  },
  'azure-sql-management': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSQLManagement/Integrations/AzureSQLManagement/AzureSQLManagement.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'auth_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['tenantId', 'secret', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-storage': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureStorage/Integrations/AzureStorage/AzureStorage.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'auth_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['tenantId', 'secret', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'azure-storage-container': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureStorageContainer/Integrations/AzureStorageContainer/AzureStorageContainer.py',
    reads: {
      clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'sas-token': { select: [{ param: 'use_managed_identities', equals: false }], uses: ['secret'] },
      'managed-identity': { select: [{ param: 'use_managed_identities', equals: true }], uses: ['clientId'] },
    },
  },
  'azure-storage-queue': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureStorageQueue/Integrations/AzureStorageQueue/AzureStorageQueue.py',
    reads: {
      clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'sas-token': { select: [{ param: 'use_managed_identities', equals: false }], uses: ['secret'] },
      'managed-identity': { select: [{ param: 'use_managed_identities', equals: true }], uses: ['clientId'] },
    },
  },
  'azure-storage-table': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureStorageTable/Integrations/AzureStorageTable/AzureStorageTable.py',
    reads: {
      clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'sas-token': { select: [{ param: 'use_managed_identities', equals: false }], uses: ['secret'] },
      'managed-identity': { select: [{ param: 'use_managed_identities', equals: true }], uses: ['clientId'] },
    },
  },
  'azure-waf': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureWAF/Integrations/AzureWAF/AzureWAF.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'auth_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['tenantId', 'secret', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'auth_type', equals: 'Device Code' }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'ews-o365': {
    source: 'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftExchangeOnline/Integrations/EWSO365/EWSO365.py',
    reads: {
      clientId: [
        { param: '_client_id', shape: 'string' },
        { param: 'client_id', shape: 'string' },
      ],
      tenantId: [
        { param: '_tenant_id', shape: 'string' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'client_secret', shape: 'string' },
      ],
    },
    flows: {
      'client-credentials': { select: [{ param: 'self_deployed', equals: true }], uses: ['clientId', 'tenantId', 'secret'] },
      'xsoar-app': { select: [{ param: 'self_deployed', equals: false }], uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'microsoft-365-defender': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/Microsoft365Defender/Integrations/Microsoft365Defender/Microsoft365Defender.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
        { param: '_tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
    },
    flows: {
      'device-code': {
        select: [{ param: 'client_credentials', equals: false }],
        clientId: [
          { param: 'creds_client_id', shape: 'password' },
          { param: 'app_id', shape: 'string' },
          { param: '_app_id', shape: 'string' },
        ],
      },
      'client-credentials': {
        select: [{ param: 'client_credentials', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'creds_client_id', shape: 'password' },
          { param: 'app_id', shape: 'string' },
          { param: '_app_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-365-defender-event-collector': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.py',
    reads: {
      clientId: [{ param: 'client_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'client-credentials': { uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'microsoft-defender-cloud-apps': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftCloudAppSecurity/Integrations/MicrosoftCloudAppSecurity/MicrosoftCloudAppSecurity.py',
    reads: {
      clientId: [{ param: 'app_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
    },
    flows: {
      'legacy-api-token': {
        select: [{ param: 'auth_mode', equals: 'legacy' }],
        secret: [
          { param: 'creds_token', shape: 'password' },
          { param: 'token', shape: 'string' },
        ],
      },
      'client-credentials': {
        select: [{ param: 'auth_mode', equals: 'client credentials' }],
        uses: ['clientId', 'tenantId'],
        secret: [{ param: 'client_id', shape: 'password' }],
      },
      'device-code': { select: [{ param: 'auth_mode', equals: 'device code flow' }], uses: ['clientId'] },
    },
  },
  'microsoft-defender-endpoint': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/MicrosoftDefenderAdvancedThreatProtection/MicrosoftDefenderAdvancedThreatProtection.py',
    reads: {
      tenantId: [
        { param: 'tenant_id', shape: 'string' },
        { param: '_tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: '_auth_id', shape: 'string' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'client-credentials': {
        select: [
          { param: 'auth_type', equals: 'Client Credentials' },
          { param: 'self_deployed', equals: true },
        ],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: '_auth_id', shape: 'string' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [
          { param: 'auth_type', equals: 'Authorization Code' },
          { param: 'self_deployed', equals: true },
        ],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: '_auth_id', shape: 'string' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'auth_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-defender-for-cloud': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/AzureSecurityCenter_v2/AzureSecurityCenter_v2.py',
    reads: {
      tenantId: [
        { param: 'credentials_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-defender-for-cloud-event-collector': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/MicrosoftDefenderForCloudEventCollector/MicrosoftDefenderForCloudEventCollector.py',
    reads: {
      clientId: [{ param: 'client_id', shape: 'password' }],
      tenantId: [{ param: 'tenant_id', shape: 'password' }],
      secret: [{ param: 'enc_key', shape: 'password' }],
      certificateThumbprint: [{ param: 'certificate_thumbprint', shape: 'password' }],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': { uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey'] },
    },
  },
  'microsoft-graph-api': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphAPI/Integrations/MicrosoftGraphAPI/MicrosoftGraphAPI.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [
        { param: 'app_secret', shape: 'string' },
        { param: 'credentials', shape: 'password' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'auth-code': {
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': { clientId: [{ param: 'app_id', shape: 'string' }] },
    },
  },
  'microsoft-graph-applications': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphApplications/Integrations/MicrosoftGraphApplications/MicrosoftGraphApplications.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'authentication_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': {
        select: [{ param: 'authentication_type', equals: 'Device Code' }],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'managed-identity': {
        select: [{ param: 'authentication_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-graph-calendar': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar/MicrosoftGraphCalendar.py',
    reads: {
      tenantId: [
        { param: 'credentials_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-device-management': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphDeviceManagement/Integrations/MicrosoftGraphDeviceManagement/MicrosoftGraphDeviceManagement.py',
    reads: {
      tenantId: [
        { param: 'credentials_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-files': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles/MicrosoftGraphFiles.py',
    reads: {
      tenantId: [
        { param: 'credentials_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
      authCode: [{ param: 'auth_code_creds', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-groups': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphGroups/Integrations/MicrosoftGraphGroups/MicrosoftGraphGroups.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
        { param: '_tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
      authCode: [
        { param: 'creds_auth_code', shape: 'password' },
        { param: 'auth_code', shape: 'string' },
      ],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
          { param: '_auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
          { param: '_auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
          { param: '_auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-identity-access': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess/MicrosoftGraphIdentityandAccess.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
      certificateThumbprint: [{ param: 'creds_certificate', shape: 'identifier' }],
      privateKey: [{ param: 'creds_certificate', shape: 'password' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'client_credentials', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'device-code': { select: [{ param: 'client_credentials', equals: false }], clientId: [{ param: 'app_id', shape: 'string' }] },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-graph-mail': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail/MicrosoftGraphMail.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: '_tenant_id', shape: 'string' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: '_auth_id', shape: 'string' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: '_auth_id', shape: 'string' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-mail-single-user': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener/MicrosoftGraphListener.py',
    reads: {
      tenantId: [
        { param: 'creds_refresh_token', shape: 'password' },
        { param: 'refresh_token', shape: 'string' },
      ],
      secret: [
        { param: 'creds_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [
        { param: 'creds_auth_code', shape: 'password' },
        { param: 'auth_code', shape: 'string' },
      ],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['secret'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-graph-search': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSearch/Integrations/MicrosoftGraphSearch/MicrosoftGraphSearch.py',
    reads: {
      clientId: [{ param: 'creds_auth_id', shape: 'password' }],
      tenantId: [{ param: 'creds_refresh_token', shape: 'password' }],
      secret: [{ param: 'creds_enc_key', shape: 'password' }],
      certificateThumbprint: [{ param: 'creds_certificate', shape: 'identifier' }],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [{ param: 'creds_auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'auth-code': { uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'] },
    },
  },
  'microsoft-graph-security': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity/MicrosoftGraphSecurity.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'creds_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [{ param: 'auth_code', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
  'microsoft-graph-teams': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphTeams/Integrations/MicrosoftGraphTeams/MicrosoftGraphTeams.py',
    reads: {
      clientId: [{ param: 'client_id', shape: 'string' }],
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'secret', shape: 'string' }],
      certificateThumbprint: [{ param: 'certificate_thumbprint', shape: 'string' }],
      privateKey: [{ param: 'private_key', shape: 'string' }],
      authCode: [{ param: 'auth_code', shape: 'string' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
      },
      'xsoar-app': { select: [{ param: 'self_deployed', equals: false }], uses: ['clientId', 'tenantId', 'secret'] },
    },
  },
  'microsoft-graph-user': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphUser/Integrations/MicrosoftGraphUser/MicrosoftGraphUser.py',
    reads: {
      tenantId: [
        { param: 'creds_tenant_id', shape: 'password' },
        { param: 'tenant_id', shape: 'string' },
      ],
      secret: [
        { param: 'creds_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'creds_certificate', shape: 'identifier' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [
        { param: 'creds_certificate', shape: 'password' },
        { param: 'private_key', shape: 'string' },
      ],
      authCode: [
        { param: 'creds_auth_code', shape: 'password' },
        { param: 'auth_code', shape: 'string' },
      ],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'creds_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-management-activity': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftManagementActivity/Integrations/MicrosoftManagementActivity/MicrosoftManagementActivity.py',
    reads: {
      tenantId: [
        { param: 'credentials_refresh_token', shape: 'password' },
        { param: 'refresh_token', shape: 'string' },
      ],
      secret: [
        { param: 'credentials_enc_key', shape: 'password' },
        { param: 'enc_key', shape: 'string' },
      ],
      certificateThumbprint: [
        { param: 'credentials_certificate_thumbprint', shape: 'password' },
        { param: 'certificate_thumbprint', shape: 'string' },
      ],
      privateKey: [{ param: 'private_key', shape: 'string' }],
      authCode: [
        { param: 'credentials_auth_code', shape: 'password' },
        { param: 'auth_code', shape: 'string' },
      ],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'auth-code': {
        select: [{ param: 'self_deployed', equals: true }],
        uses: ['tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
      'managed-identity': {
        select: [{ param: 'use_managed_identities', equals: true }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
      'xsoar-app': {
        select: [{ param: 'self_deployed', equals: false }],
        uses: ['tenantId', 'secret'],
        clientId: [
          { param: 'credentials_auth_id', shape: 'password' },
          { param: 'auth_id', shape: 'string' },
        ],
      },
    },
  },
  'microsoft-teams': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftTeams/Integrations/MicrosoftTeams/MicrosoftTeams.py',
    reads: {
      clientId: [
        { param: 'credentials', shape: 'identifier' },
        { param: 'bot_id', shape: 'string' },
      ],
      secret: [
        { param: 'credentials', shape: 'password' },
        { param: 'bot_password', shape: 'string' },
      ],
      authCode: [{ param: 'auth_code_creds', shape: 'password' }],
      redirectUri: [{ param: 'redirect_uri', shape: 'string' }],
    },
    flows: {
      'client-credentials': { select: [{ param: 'auth_type', equals: 'Client Credentials' }], uses: ['clientId', 'secret'] },
      'auth-code': {
        select: [{ param: 'auth_type', equals: 'Authorization Code' }],
        uses: ['clientId', 'secret', 'authCode', 'redirectUri'],
      },
    },
  },
  'microsoft-teams-management': {
    source:
      'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftTeams/Integrations/MicrosoftTeamsManagement/MicrosoftTeamsManagement.py',
    reads: {
      tenantId: [{ param: 'tenant_id', shape: 'string' }],
      secret: [{ param: 'credentials', shape: 'password' }],
    },
    flows: {
      'device-code': {
        select: [{ param: 'authentication_type', equals: 'Device Code' }],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'client-credentials': {
        select: [{ param: 'authentication_type', equals: 'Client Credentials' }],
        uses: ['tenantId', 'secret'],
        clientId: [{ param: 'app_id', shape: 'string' }],
      },
      'managed-identity': {
        select: [{ param: 'authentication_type', equals: 'Azure Managed Identities' }],
        clientId: [{ param: 'managed_identities_client_id', shape: 'password' }],
      },
    },
  },
};

/**
 * What each integration's code does with client credentials once it has read its parameters: the token it asks for
 * (v2 `scope`, or a v1 `resource`) and the first request of its test, where that request goes to Microsoft Graph or
 * Resource Manager (whose stand-ins serve it). Worldwide hosts, as the code writes them; `{name}` is a parameter.
 */
export interface ClientCredentialsUse {
  token: { scope: string } | { resource: string };
  firstCall?: { api: 'graph' | 'arm'; path: string };
}

const MANAGEMENT = { scope: 'https://management.azure.com/.default' };
const GRAPH = { scope: 'https://graph.microsoft.com/.default' };
const DEFENDER = { scope: 'https://securitycenter.onmicrosoft.com/windowsatpservice/.default' };

export const CLIENT_CREDENTIALS_USE: Record<string, ClientCredentialsUse> = {
  'azure-ad-identity-protection': { token: GRAPH },
  'azure-compute': {
    token: MANAGEMENT,
    firstCall: { api: 'arm', path: '/subscriptions/{cred_subscription_id}/resourceGroups/?$top=1&api-version=2021-04-01' },
  },
  'azure-data-explorer': { token: { scope: '{cluster_url}/.default' } },
  'azure-devops': { token: { scope: '499b84ac-1321-427f-aa17-267ca6975798/.default' } },
  'azure-firewall': { token: MANAGEMENT },
  'azure-key-vault': { token: { resource: 'https://management.azure.com/' } },
  'azure-kubernetes-services': { token: MANAGEMENT },
  'azure-log-analytics': { token: { resource: 'https://management.azure.com/' } },
  'azure-network-security-groups': { token: MANAGEMENT },
  'azure-resource-graph': {
    token: MANAGEMENT,
    firstCall: { api: 'arm', path: '/providers/Microsoft.ResourceGraph/operations?api-version=2022-10-01' },
  },
  'azure-risky-users': { token: GRAPH },
  'azure-sentinel': {
    token: MANAGEMENT,
    firstCall: {
      api: 'arm',
      path: '/subscriptions/{subscriptionID}/resourceGroups/{resourceGroupName}/providers/Microsoft.OperationalInsights/workspaces/{workspaceName}/providers/Microsoft.SecurityInsights/incidents?$top=1&api-version=2024-03-01',
    },
  },
  'azure-sql-management': { token: MANAGEMENT },
  'azure-storage': { token: MANAGEMENT },
  'azure-waf': { token: MANAGEMENT },
  azure: {
    token: MANAGEMENT,
    firstCall: {
      api: 'arm',
      path: '/subscriptions/{subscription_id}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01',
    },
  },
  'ews-o365': { token: { scope: 'https://outlook.office365.com/.default' } },
  'microsoft-365-defender-event-collector': { token: DEFENDER },
  'microsoft-365-defender': { token: { scope: 'https://security.microsoft.com/mtp/.default' } },
  'microsoft-defender-cloud-apps': { token: { scope: '05a65629-4c1b-48c1-a78b-804c4abdd4af/.default' } },
  'microsoft-defender-endpoint': { token: DEFENDER },
  'microsoft-defender-for-cloud-event-collector': { token: MANAGEMENT },
  'microsoft-defender-for-cloud': { token: MANAGEMENT },
  'microsoft-graph-api': { token: GRAPH },
  'microsoft-graph-applications': { token: GRAPH },
  'microsoft-graph-calendar': { token: GRAPH, firstCall: { api: 'graph', path: '/v1.0/users/' } },
  'microsoft-graph-device-management': { token: GRAPH },
  'microsoft-graph-files': { token: GRAPH },
  'microsoft-graph-groups': { token: GRAPH, firstCall: { api: 'graph', path: '/v1.0/groups?$orderby=displayName' } },
  'microsoft-graph-identity-access': { token: GRAPH },
  'microsoft-graph-mail': { token: GRAPH },
  'microsoft-graph-security': { token: GRAPH },
  'microsoft-graph-user': { token: GRAPH, firstCall: { api: 'graph', path: '/v1.0/users/' } },
  'microsoft-teams-management': { token: GRAPH },
  'microsoft-teams': { token: { scope: 'https://api.botframework.com/.default' } },
};
