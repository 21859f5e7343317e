import type { PlanStep } from './model';
import { ref } from './variables';

/**
 * Entra's app instance property lock (application.servicePrincipalLockConfiguration): a multi-tenant app gets a service
 * principal in every tenant that consents to it, whose owners could otherwise add credentials to it there and sign in as
 * the app. `allProperties` locks keyCredentials, passwordCredentials and tokenEncryptionKeyId.
 */
export function instanceLockStep(): PlanStep {
  return {
    id: 'instance-lock',
    title:
      "Lock the app's credentials on its service principals in other tenants (app instance property lock: the app is multi-tenant, so other tenants hold a copy of it)",
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=servicePrincipalLockConfiguration` },
      binds: [
        {
          name: 'INSTANCE_LOCKED',
          query: "servicePrincipalLockConfiguration.isEnabled && servicePrincipalLockConfiguration.allProperties && 'yes'",
        },
      ],
    },
    make: {
      call: {
        api: 'graph',
        method: 'PATCH',
        path: `/v1.0/applications/${ref('APP_OBJECT_ID')}`,
        body: { servicePrincipalLockConfiguration: { isEnabled: true, allProperties: true } },
      },
      binds: [],
    },
  };
}
