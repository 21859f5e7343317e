import type { Integration } from '../types';
import { azureAdIdentityProtection } from './azure-ad-identity-protection';
import { azureSentinel } from './azure-sentinel';
import { azureStorage } from './azure-storage';
import { microsoftGraphMail } from './microsoft-graph-mail';
import { microsoftGraphUser } from './microsoft-graph-user';

/** Adding an integration to the wizard is adding its entry here. */
export const INTEGRATIONS: readonly Integration[] = [
  azureSentinel,
  microsoftGraphUser,
  microsoftGraphMail,
  azureStorage,
  azureAdIdentityProtection,
];

export function findIntegration(id: string | null | undefined): Integration | undefined {
  return INTEGRATIONS.find((integration) => integration.id === id);
}
