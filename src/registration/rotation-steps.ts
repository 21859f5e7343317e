import type { PlanStep } from './model';
import { literal, SECRET_NAME, type Credential } from './credential-steps';
import { ref, type VarName } from './variables';

/**
 * The steps of a credential rotation around the registration's own credential step: the app found by its client ID,
 * its credentials listed (to pick the old ones), and, as the finish, the old ones removed by key ID: `removePassword`
 * per secret, or the certificates sent back without them (a PATCH replaces the list).
 */

/** The new credential's display name: told apart from the one it replaces by the day it was added. */
export const rotatedName = (day: string) => `${SECRET_NAME} (rotated ${day})`;
/** A certificate's display name, as the registration names its own: the subject's form. */
export const certificateName = (name: string) => `CN=${name}`;

/** The old credentials: the key IDs the admin picked, or every other one the wizard made (`default`). */
export type OldCredentials = 'default' | string[];

const LIST: Record<Credential, 'passwordCredentials' | 'keyCredentials'> = {
  secret: 'passwordCredentials',
  certificate: 'keyCredentials',
};
/** How the wizard names what it adds: secrets "Cortex XSOAR…", certificates "CN=Cortex XSOAR…". */
const MADE_BY_WIZARD: Record<Credential, string> = { secret: SECRET_NAME, certificate: certificateName(SECRET_NAME) };
const WORD: Record<Credential, { one: string; many: string }> = {
  secret: { one: 'client secret', many: 'client secrets' },
  certificate: { one: 'certificate', many: 'certificates' },
};

/** Which credentials the new one is: its display name, its key ID once found, and a certificate's key. */
export interface NewCredential {
  name: string;
  keyId: VarName;
  /** The certificate's DER, base64: a certificate already on the app keeps its own name. */
  key?: string;
}

/** A JMESPath filter (inside `[?…]`) of the old credentials: the picked or the wizard's, and never the new one. */
export function oldFilter(credential: Credential, old: OldCredentials, made: NewCredential): string {
  const notNew = [
    `keyId != '${ref(made.keyId)}'`,
    `displayName != ${literal(made.name)}`,
    ...(made.key ? [`key != ${literal(made.key)}`] : []),
  ];
  const which =
    old === 'default'
      ? `starts_with(displayName || '', ${literal(MADE_BY_WIZARD[credential])})`
      : `contains([${old.map(literal).join(', ')}], keyId)`;
  return [which, ...notNew].join(' && ');
}

const fields = (credential: Credential) =>
  credential === 'secret'
    ? 'displayName: displayName, keyId: keyId, hint: hint, startDateTime: startDateTime, endDateTime: endDateTime'
    : 'displayName: displayName, keyId: keyId, startDateTime: startDateTime, endDateTime: endDateTime';

/** A lookup: the app's credentials of the kind, as JSON for the page to list and pick from. */
export function credentialsStep(credential: Credential): PlanStep {
  const list = LIST[credential];
  return {
    id: 'credentials',
    title: `Read the app's ${WORD[credential].many} (to choose the old ones to remove)`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=${list}` },
      binds: [{ name: 'CURRENT_CREDENTIALS', query: `to_string(${list}[].{${fields(credential)}})` }],
    },
  };
}

/** The finish: the old credentials removed by key ID; those already gone are skipped, the new one never touched. */
export function removeOldStep(credential: Credential, old: OldCredentials, made: NewCredential): PlanStep {
  const list = LIST[credential];
  const filter = oldFilter(credential, old, made);
  const found = `${list}[?${filter}]`;
  const { one, many } = WORD[credential];
  const title =
    old === 'default'
      ? `Remove the app's other ${many} named "${MADE_BY_WIZARD[credential]}…", keeping the new one`
      : old.length
        ? `Remove the old ${old.length > 1 ? many : one} ${old.join(', ')}`
        : `Remove no old ${one} (none picked)`;
  const gone = { name: 'OLD_CREDENTIALS_GONE' as const, query: `!(${found}) && 'yes'` };
  const described = {
    name: 'OLD_CREDENTIALS' as const,
    query: `join('; ', ${found}.join('', [displayName || '(no name)', ' (key ID ', keyId, ', ends ', endDateTime || '?', ')']))`,
  };
  const read = { api: 'graph' as const, method: 'GET' as const, path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=${list}` };
  if (credential === 'secret')
    return {
      id: 'remove-old',
      title,
      phase: 'finish',
      look: { call: read, binds: [gone, { name: 'OLD_KEY_IDS', query: `join(' ', ${found}.keyId)` }, described] },
      removes: { what: 'OLD_CREDENTIALS' },
      each: { list: 'OLD_KEY_IDS', item: 'OLD_KEY_ID' },
      make: {
        call: {
          api: 'graph',
          method: 'POST',
          path: `/v1.0/applications/${ref('APP_OBJECT_ID')}/removePassword`,
          body: { keyId: ref('OLD_KEY_ID') },
        },
        binds: [],
      },
    };
  // The others go back as they are, keyId and key included, so Graph keeps them.
  const kept = `join(',', ${list}[?!(${filter})].to_string({keyId: keyId, type: type, usage: usage, key: key, displayName: displayName, startDateTime: startDateTime, endDateTime: endDateTime}))`;
  return {
    id: 'remove-old',
    title,
    phase: 'finish',
    look: { call: read, binds: [gone, described, { name: 'REMAINING_CERTIFICATES', query: kept }] },
    removes: { what: 'OLD_CREDENTIALS' },
    make: {
      call: {
        api: 'graph',
        method: 'PATCH',
        path: `/v1.0/applications/${ref('APP_OBJECT_ID')}`,
        body: `{"keyCredentials":[${ref('REMAINING_CERTIFICATES')}]}`,
      },
      binds: [],
    },
  };
}
