import type { Integration } from '../types';
import { azure } from './azure.ts';
import { azureAdIdentityProtection } from './azure-ad-identity-protection.ts';
import { azureCompute } from './azure-compute.ts';
import { azureDataExplorer } from './azure-data-explorer.ts';
import { azureDevOps } from './azure-devops.ts';
import { azureFirewall } from './azure-firewall.ts';
import { azureKeyVault } from './azure-key-vault.ts';
import { azureKubernetesServices } from './azure-kubernetes-services.ts';
import { azureLogAnalytics } from './azure-log-analytics.ts';
import { azureNetworkSecurityGroups } from './azure-network-security-groups.ts';
import { azureResourceGraph } from './azure-resource-graph.ts';
import { azureRiskyUsers } from './azure-risky-users.ts';
import { azureSentinel } from './azure-sentinel.ts';
import { azureSqlManagement } from './azure-sql-management.ts';
import { azureStorage } from './azure-storage.ts';
import { azureStorageContainer, azureStorageQueue, azureStorageTable } from './azure-storage-data.ts';
import { azureWaf } from './azure-waf.ts';
import { ewsO365 } from './ews-o365.ts';
import { microsoft365Defender } from './microsoft-365-defender.ts';
import { microsoft365DefenderEventCollector } from './microsoft-365-defender-event-collector.ts';
import { microsoftDefenderCloudApps } from './microsoft-defender-cloud-apps.ts';
import { microsoftDefenderEndpoint } from './microsoft-defender-endpoint.ts';
import { microsoftDefenderForCloud } from './microsoft-defender-for-cloud.ts';
import { microsoftDefenderForCloudEventCollector } from './microsoft-defender-for-cloud-event-collector.ts';
import { microsoftGraphIdentityAccess } from './microsoft-graph-identity-access.ts';
import { microsoftGraphApi } from './microsoft-graph-api.ts';
import { microsoftManagementActivity } from './microsoft-management-activity.ts';
import { microsoftGraphApplications } from './microsoft-graph-applications.ts';
import { microsoftGraphCalendar } from './microsoft-graph-calendar.ts';
import { microsoftGraphDeviceManagement } from './microsoft-graph-device-management.ts';
import { microsoftGraphFiles } from './microsoft-graph-files.ts';
import { microsoftGraphGroups } from './microsoft-graph-groups.ts';
import { microsoftGraphMail } from './microsoft-graph-mail.ts';
import { microsoftGraphMailSingleUser } from './microsoft-graph-mail-single-user.ts';
import { microsoftGraphSearch } from './microsoft-graph-search.ts';
import { microsoftGraphSecurity } from './microsoft-graph-security.ts';
import { microsoftGraphUser } from './microsoft-graph-user.ts';
import { microsoftGraphTeams } from './microsoft-graph-teams.ts';
import { microsoftTeams } from './microsoft-teams.ts';
import { microsoftTeamsManagement } from './microsoft-teams-management.ts';

/** Adding an integration to the wizard is adding its entry here. */
export const INTEGRATIONS: readonly Integration[] = [
  azureSentinel,
  microsoftDefenderEndpoint,
  microsoft365Defender,
  microsoft365DefenderEventCollector,
  microsoftDefenderForCloud,
  microsoftDefenderForCloudEventCollector,
  microsoftDefenderCloudApps,
  microsoftGraphSecurity,
  azureLogAnalytics,
  microsoftManagementActivity,
  azureDataExplorer,
  microsoftGraphUser,
  microsoftGraphGroups,
  microsoftGraphIdentityAccess,
  azureAdIdentityProtection,
  azureRiskyUsers,
  microsoftGraphApi,
  microsoftGraphApplications,
  microsoftGraphDeviceManagement,
  microsoftGraphMail,
  microsoftGraphMailSingleUser,
  ewsO365,
  microsoftGraphCalendar,
  microsoftGraphFiles,
  microsoftTeams,
  microsoftTeamsManagement,
  microsoftGraphTeams,
  microsoftGraphSearch,
  azureStorage,
  azureStorageContainer,
  azureStorageQueue,
  azureStorageTable,
  azureKeyVault,
  azureCompute,
  azureNetworkSecurityGroups,
  azureFirewall,
  azureKubernetesServices,
  azureWaf,
  azureSqlManagement,
  azureResourceGraph,
  azure,
  azureDevOps,
];

export function findIntegration(id: string | null | undefined): Integration | undefined {
  return INTEGRATIONS.find((integration) => integration.id === id);
}
