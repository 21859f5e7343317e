// A registration plan's input for tests: an integration and flow in the worldwide cloud, the stand-ins' subscription
// and managed identity, a secret unless told otherwise.
import { CLOUDS } from '../src/catalog/clouds';
import type { FlowId, Integration } from '../src/catalog/types';
import type { PlanInput } from '../src/registration/plan';
import { MANAGED_IDENTITY } from './graph-server/directory.mjs';
import { SUBSCRIPTION_ID } from './graph-server/resource-manager.mjs';

export const TEST_WIZARD_ADDRESS = 'https://wizard.example/';
export const TEST_CERTIFICATE = { base64: 'MII' + 'A'.repeat(60), thumbprint: 'AB'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };

export function planInputFor(integration: Integration, flowId: FlowId, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    integration,
    flowId,
    cloud: CLOUDS.global,
    displayName: `Cortex XSOAR - ${integration.name}`,
    redirectUri: 'https://localhost/authcode',
    wizardAddress: TEST_WIZARD_ADDRESS,
    credential: 'secret',
    scope: `/subscriptions/${SUBSCRIPTION_ID}`,
    roleName: integration.roleName ?? 'Contributor',
    identity: MANAGED_IDENTITY.displayName,
    ...overrides,
  };
}
