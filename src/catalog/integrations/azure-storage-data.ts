import type { Integration } from '../types';
import { CLICK_TEST, managedIdentityParameters } from './common.ts';

type Service = 'Container' | 'Queue' | 'Table';

const DATA_ROLE: Record<Service, string> = {
  Container: 'Storage Blob Data Contributor',
  Queue: 'Storage Queue Data Contributor',
  Table: 'Storage Table Data Contributor',
};
const HOST: Record<Service, string> = { Container: 'blob', Queue: 'queue', Table: 'table' };

/**
 * Azure Storage Container, Queue and Table: one storage account's data, reached with an account SAS token or, the
 * only OAuth way their code has, the engine VM's managed identity (a token for https://storage.azure.com/ from the
 * shared MicrosoftAzureStorageApiModule), which needs the service's data role on the storage account.
 */
function storageData(service: Service, summary: string, keywords: string[]): Integration {
  const pack = `AzureStorage${service}`;
  return {
    id: `azure-storage-${service.toLowerCase()}`,
    name: `Azure Storage ${service}`,
    area: 'Azure infrastructure',
    keywords: ['storage', 'storage account', `azure storage ${service.toLowerCase()}`, ...keywords],
    // The code builds https://<account>.<service>.core.windows.net: the worldwide cloud only.
    clouds: ['global'],
    sources: [
      'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: Azure Managed Identities only)',
      `metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/${pack}/Integrations/${pack}/${pack}.yml`,
      `metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/${pack}/Integrations/${pack}/${pack}.py (main(): credentials.identifier is the account name, base URL https://<account>.${HOST[service]}.core.windows.net, get_azure_managed_identities_client_id(params))`,
      'demisto/content Packs/ApiModules/Scripts/MicrosoftAzureStorageApiModule/MicrosoftAzureStorageApiModule.py (managed identity token for https://storage.azure.com/ from the instance metadata service)',
    ],
    productName: `Azure Storage ${service}`,
    summary,
    docsUrl: `https://xsoar.pan.dev/docs/reference/integrations/azure-storage-${service.toLowerCase()}`,
    rightsFromRoles: true,
    role: DATA_ROLE[service],
    roleName: DATA_ROLE[service],
    roleAssignedIn: "The storage account's Access control (IAM) › Add role assignment",
    flows: [{ id: 'managed-identity', recommended: true, permissions: [], nextCommands: [CLICK_TEST] }],
    parameters: [
      {
        name: 'credentials',
        label: 'Storage account name',
        secret: false,
        type: 9,
        part: 'identifier',
        source: { from: 'admin', placeholder: 'Azure portal › Storage accounts' },
      },
      ...managedIdentityParameters,
    ],
  };
}

export const azureStorageContainer = storageData('Container', 'Create and manage blob containers and blobs of a storage account.', [
  'blob',
  'container',
]);
export const azureStorageQueue = storageData(
  'Queue',
  'Create and manage queues and messages of a storage account, and fetch messages as incidents.',
  ['queue', 'messages'],
);
export const azureStorageTable = storageData('Table', 'Create and query tables and entities of a storage account.', ['table', 'entities']);
