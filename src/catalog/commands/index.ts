import { azureAdIdentityProtectionCommands } from './azure-ad-identity-protection';
import { azureRiskyUsersCommands } from './azure-risky-users';
import { microsoft365DefenderCommands } from './microsoft-365-defender';
import { microsoftDefenderEndpointCommands } from './microsoft-defender-endpoint';
import { microsoftGraphIdentityAccessCommands } from './microsoft-graph-identity-access';
import { microsoftGraphApplicationsCommands } from './microsoft-graph-applications';
import { microsoftGraphCalendarCommands } from './microsoft-graph-calendar';
import { microsoftGraphDeviceManagementCommands } from './microsoft-graph-device-management';
import { microsoftGraphFilesCommands } from './microsoft-graph-files';
import { microsoftGraphGroupsCommands } from './microsoft-graph-groups';
import { microsoftGraphMailCommands } from './microsoft-graph-mail';
import { microsoftGraphMailSingleUserCommands } from './microsoft-graph-mail-single-user';
import { microsoftGraphSearchCommands } from './microsoft-graph-search';
import { microsoftGraphSecurityCommands } from './microsoft-graph-security';
import { microsoftGraphTeamsCommands } from './microsoft-graph-teams';
import { microsoftGraphUserCommands } from './microsoft-graph-user';
import { microsoftTeamsCommands } from './microsoft-teams';
import { microsoftTeamsManagementCommands } from './microsoft-teams-management';
import { azureDataExplorerCommands } from './azure-data-explorer';
import { azureDevOpsCommands } from './azure-devops';
import { azureLogAnalyticsCommands } from './azure-log-analytics';
import { ewsO365Commands } from './ews-o365';
import { microsoft365DefenderEventCollectorCommands } from './microsoft-365-defender-event-collector';
import { microsoftDefenderCloudAppsCommands } from './microsoft-defender-cloud-apps';
import { microsoftGraphApiCommands } from './microsoft-graph-api';
import { microsoftManagementActivityCommands } from './microsoft-management-activity';
import type { IntegrationCommands } from './types';

/** What each command of an integration needs, by catalog id; integrations not yet classified are absent. */
export const COMMANDS: Record<string, IntegrationCommands> = Object.fromEntries(
  [
    microsoftDefenderEndpointCommands,
    microsoftGraphSecurityCommands,
    microsoftGraphUserCommands,
    microsoftGraphGroupsCommands,
    microsoftGraphMailCommands,
    microsoftGraphMailSingleUserCommands,
    microsoftTeamsCommands,
    microsoftGraphIdentityAccessCommands,
    microsoft365DefenderCommands,
    microsoftGraphCalendarCommands,
    microsoftGraphFilesCommands,
    microsoftGraphApplicationsCommands,
    microsoftGraphDeviceManagementCommands,
    microsoftGraphTeamsCommands,
    microsoftTeamsManagementCommands,
    azureRiskyUsersCommands,
    azureAdIdentityProtectionCommands,
    microsoftGraphSearchCommands,
    ewsO365Commands,
    microsoftManagementActivityCommands,
    microsoftDefenderCloudAppsCommands,
    microsoft365DefenderEventCollectorCommands,
    azureLogAnalyticsCommands,
    azureDataExplorerCommands,
    azureDevOpsCommands,
    microsoftGraphApiCommands,
  ].map((entry) => [entry.integration, entry]),
);
