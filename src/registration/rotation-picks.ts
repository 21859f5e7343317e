import { SECRET_NAME, type Credential } from './credential-steps';
import { certificateName, type OldCredentials } from './rotation-steps';

/** One of the app's credentials, as the rotation's `credentials` step reads it (CURRENT_CREDENTIALS). */
export interface CredentialRow {
  displayName: string | null;
  keyId: string;
  /** A secret's first characters, as Entra shows them. */
  hint?: string | null;
  startDateTime: string | null;
  endDateTime: string | null;
}

const isRow = (value: unknown): value is CredentialRow =>
  typeof value === 'object' && value !== null && typeof (value as { keyId?: unknown }).keyId === 'string';

/** The rows of CURRENT_CREDENTIALS, or none when it is empty or not the JSON list the step makes. */
export function credentialRows(text: string | undefined): CredentialRow[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isRow) : [];
  } catch {
    return [];
  }
}

/** Which row is the new credential: its key ID once known, else its display name. */
export const isNew = (row: CredentialRow, name: string, keyId?: string) =>
  (keyId ? row.keyId === keyId : false) || row.displayName === name;

/**
 * The key IDs the finish removes by default, as the removal's query finds them (rotation-steps.ts `oldFilter`): every
 * credential of the kind the wizard made ("Cortex XSOAR…", a certificate's "CN=Cortex XSOAR…"), but the new one.
 */
export function defaultOld(rows: CredentialRow[], credential: Credential, name: string, keyId?: string): string[] {
  const prefix = credential === 'secret' ? SECRET_NAME : certificateName(SECRET_NAME);
  return rows.filter((row) => (row.displayName ?? '').startsWith(prefix) && !isNew(row, name, keyId)).map((row) => row.keyId);
}

/** The admin's pick, with the new credential taken out: it is never removed. */
export function pickedOld(old: OldCredentials, rows: CredentialRow[], name: string, keyId?: string): OldCredentials {
  if (old === 'default') return old;
  const fresh = new Set(rows.filter((row) => isNew(row, name, keyId)).map((row) => row.keyId));
  return old.filter((picked) => !fresh.has(picked));
}

/**
 * The app's credentials once the finish ran, from what its removal read: the rows listed before it, without the secrets
 * it removed (OLD_KEY_IDS) or with only the certificates it sent back (REMAINING_CERTIFICATES).
 */
export function afterFinish(rows: CredentialRow[], credential: Credential, variables: Record<string, string>): CredentialRow[] {
  if (variables.OLD_CREDENTIALS_GONE) return rows;
  if (credential === 'secret') {
    const removed = new Set((variables.OLD_KEY_IDS ?? '').split(/\s+/).filter(Boolean));
    return rows.filter((row) => !removed.has(row.keyId));
  }
  const kept = credentialRows(`[${variables.REMAINING_CERTIFICATES ?? ''}]`).map((row) => row.keyId);
  return rows.filter((row) => kept.includes(row.keyId));
}

/** The credentials the script's result line carries (`credentials`, JSON text), read as `parseResultLine` finds the line. */
export function credentialsOfLine(text: string): CredentialRow[] | undefined {
  const line = text
    .split(/\r?\n/)
    .map((candidate) => candidate.trim())
    .reverse()
    .find((candidate) => candidate.startsWith('{'));
  try {
    const value: unknown = line ? JSON.parse(line) : undefined;
    const credentials = (value as { credentials?: unknown } | undefined)?.credentials;
    return typeof credentials === 'string' ? credentialRows(credentials) : undefined;
  } catch {
    return undefined;
  }
}

/** What the finish removed (OLD_CREDENTIALS, as the script also prints it), with its end times shown as days, as the list shows them. */
export const removedInWords = (removed: string) => removed.replace(/\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z\b/g, '$1');
