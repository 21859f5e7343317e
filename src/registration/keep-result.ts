import type { Choices } from '../state/choices';
import { sessionStore } from '../state/session';
import type { RegistrationResult } from './result-line';

/**
 * What a registration or rotation result leaves behind, from the page or the script: the new secret in page memory
 * only, the credential's end date for the sheet (not secret), and the choices App details takes from it.
 */
export function keepResult(result: RegistrationResult, appName: string): Partial<Choices> {
  if (result.clientSecret) sessionStore.setRegisteredSecret(result.clientSecret);
  if (result.credentialEndDateTime)
    sessionStore.setCredentialExpiry({
      kind: result.certificateThumbprint ? 'certificate' : 'secret',
      endDateTime: result.credentialEndDateTime,
      lifetime: result.credentialLifetime,
      lifetimeFrom: result.lifetimeFrom,
      appName,
      clientId: result.clientId,
      thumbprint: result.certificateThumbprint,
    });
  return {
    tenant: result.tenantId,
    ...(result.clientId ? { client: result.clientId } : {}),
    ...(result.certificateThumbprint ? { credential: 'certificate' as const } : {}),
  };
}
