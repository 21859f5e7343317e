import type { Integration } from '../types';
import { azureAdIdentityProtection } from './azure-ad-identity-protection';
import { azureCompute } from './azure-compute';
import { azureKeyVault } from './azure-key-vault';
import { azureLogAnalytics } from './azure-log-analytics';
import { azureRiskyUsers } from './azure-risky-users';
import { azureSentinel } from './azure-sentinel';
import { azureStorage } from './azure-storage';
import { microsoft365Defender } from './microsoft-365-defender';
import { microsoftDefenderEndpoint } from './microsoft-defender-endpoint';
import { microsoftGraphIdentityAccess } from './microsoft-graph-identity-access';
import { microsoftGraphGroups } from './microsoft-graph-groups';
import { microsoftGraphMail } from './microsoft-graph-mail';
import { microsoftGraphSecurity } from './microsoft-graph-security';
import { microsoftGraphUser } from './microsoft-graph-user';

/** Adding an integration to the wizard is adding its entry here. */
export const INTEGRATIONS: readonly Integration[] = [
  azureSentinel,
  microsoftDefenderEndpoint,
  microsoft365Defender,
  microsoftGraphSecurity,
  azureLogAnalytics,
  microsoftGraphUser,
  microsoftGraphGroups,
  microsoftGraphIdentityAccess,
  azureAdIdentityProtection,
  azureRiskyUsers,
  microsoftGraphMail,
  azureStorage,
  azureKeyVault,
  azureCompute,
];

export function findIntegration(id: string | null | undefined): Integration | undefined {
  return INTEGRATIONS.find((integration) => integration.id === id);
}
