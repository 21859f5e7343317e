import { GUID } from '../oauth/validate';
import type { LifetimeFrom } from '../state/session';

/** What the registration produced, as App details takes it. */
export interface RegistrationResult {
  integration: string;
  tenantId: string;
  clientId?: string;
  /** In memory only: never into the URL or storage. */
  clientSecret?: string;
  certificateThumbprint?: string;
  managedIdentityObjectId?: string;
  /** When the credential Entra holds ends (ISO 8601). */
  credentialEndDateTime?: string;
  /** The lifetime it was made with (ISO 8601 duration), where the plan made it. */
  credentialLifetime?: string;
  /** Where that lifetime comes from. */
  lifetimeFrom?: LifetimeFrom;
}

const LIFETIME_FROM: readonly string[] = ['app-policy', 'tenant-policy', 'none', 'unreadable'] satisfies LifetimeFrom[];
const isLifetimeFrom = (value: unknown): value is LifetimeFrom => typeof value === 'string' && LIFETIME_FROM.includes(value);

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** The result's fields as the plan names them (`resultOf`, or the script's JSON line), empty ones left out. */
export function registrationResult(fields: Record<string, unknown>): RegistrationResult {
  return {
    integration: optionalString(fields.integration) ?? '',
    tenantId: optionalString(fields.tenantId) ?? '',
    clientId: optionalString(fields.clientId),
    clientSecret: optionalString(fields.clientSecret),
    certificateThumbprint: optionalString(fields.certificateThumbprint),
    managedIdentityObjectId: optionalString(fields.managedIdentityObjectId),
    credentialEndDateTime: optionalString(fields.credentialEndDateTime),
    credentialLifetime: optionalString(fields.credentialLifetime),
    lifetimeFrom: isLifetimeFrom(fields.lifetimeFrom) ? fields.lifetimeFrom : undefined,
  };
}

export type ParsedResult = { ok: true; result: RegistrationResult } | { ok: false; problem: string };

/**
 * Reads the script's last line (pasted alone or with the output above it). Says what is wrong in words the admin can
 * act on; checks it belongs to the integration chosen here.
 */
export function parseResultLine(text: string, integrationId: string): ParsedResult {
  const line = text
    .split(/\r?\n/)
    .map((candidate) => candidate.trim())
    .reverse()
    .find((candidate) => candidate.startsWith('{'));
  if (!line) return { ok: false, problem: 'Paste the last line the script printed: it starts with {"integration":' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, problem: 'That line is not complete JSON: copy the whole last line, from { to }.' };
  }
  if (!value || typeof value !== 'object') return { ok: false, problem: 'That line is not the JSON the script prints.' };
  const result = registrationResult(value as Record<string, unknown>);
  if (result.integration !== integrationId)
    return {
      ok: false,
      problem: `This line is from the script for ${result.integration || 'another integration'}, not for this one: run this page's script.`,
    };
  if (!GUID.test(result.tenantId)) return { ok: false, problem: 'The line has no tenant ID (a GUID): did the script finish?' };
  if (!result.clientId && !result.managedIdentityObjectId)
    return { ok: false, problem: 'The line has no client ID: did the script finish?' };
  if (result.clientId && !GUID.test(result.clientId)) return { ok: false, problem: 'The client ID in the line is not a GUID.' };
  if (result.credentialEndDateTime && Number.isNaN(Date.parse(result.credentialEndDateTime)))
    return { ok: false, problem: "The credential's end date in the line is not a date: copy the whole line." };
  return { ok: true, result };
}

/** Whether the result lacks the secret the flow needs: a second run of the script finds the secret and cannot show it again. */
export function secretShownBefore(result: RegistrationResult, credential: 'secret' | 'certificate' | 'none'): boolean {
  return credential === 'secret' && Boolean(result.clientId) && !result.clientSecret;
}
