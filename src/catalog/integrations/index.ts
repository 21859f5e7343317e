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

/**
 * The integration as the given version signs in: an older version's flows, parameters and clouds in place of the
 * current ones. An unknown or absent version is the current one.
 */
export function findIntegration(id: string | null | undefined, version?: string | null): Integration | undefined {
  const integration = INTEGRATIONS.find((candidate) => candidate.id === id);
  const older = integration?.olderVersions?.find((candidate) => candidate.id === version);
  if (!integration || !older) return integration;
  const { flows, parameters, clouds, productName, resetCommand, sources } = older;
  // What the older version does not say (a reset command, its clouds) is not the current version's either.
  const current: Integration = { ...integration };
  delete current.resetCommand;
  delete current.olderVersions;
  return {
    ...current,
    flows,
    parameters,
    ...(clouds ? { clouds } : {}),
    ...(resetCommand ? { resetCommand } : {}),
    productName: productName ?? integration.productName,
    sources,
    version: older,
  };
}

/** Every integration as each of its versions signs in: the current entries, then each older version. */
export function everyVersion(): Integration[] {
  return INTEGRATIONS.flatMap((integration) => [
    integration,
    ...(integration.olderVersions ?? []).map((older) => findIntegration(integration.id, older.id)!),
  ]);
}
