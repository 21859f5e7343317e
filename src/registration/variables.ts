import type { Call, Computation, RegistrationPlan } from './model';

/**
 * Every variable a registration plan uses, declared once with its meaning. A plan's paths, queries and bodies name them
 * as `${NAME}` (written with `ref`), which the script's shell and the browser run both expand.
 */
export const VARS = {
  INTEGRATION: "The integration's catalog ID, for the result line (a constant).",
  TENANT_ID: "The signed-in admin's tenant (directory) ID.",
  APP_OBJECT_ID: "The app registration's object ID (Graph's /applications/{id}).",
  CLIENT_ID: "The app registration's application (client) ID.",
  SP_ID: "The object ID of the app's service principal, or of the managed identity.",
  CONFIGURED: '"yes" when the app already has the redirect URIs, public client setting and permissions the plan sets.',
  KEPT_WEB_URIS: "The app's other Web redirect URIs, as JSON list items, kept in front of the plan's own.",
  KEPT_SPA_URIS: "The app's other single-page-application redirect URIs, as JSON list items.",
  KEPT_OTHER_APIS: "The app's permissions on APIs the plan does not touch, as JSON list items.",
  SECRET_KEY_ID: 'The key ID of the client secret the plan adds (or found).',
  CLIENT_SECRET: 'The new client secret: shown once, only when this run added it.',
  CERTIFICATE_KEY_ID: "The key ID of the app's credential holding the plan's certificate.",
  CERTIFICATE_THUMBPRINT: "The certificate's SHA-1 thumbprint, for the result line (a constant).",
  KEPT_CERTIFICATES: "The app's other certificates, as JSON list items, sent back with the new one.",
  ROLE_DEFINITION_ID: "The Azure role's definition ID at the scope.",
  ROLE_ASSIGNMENT_ID: 'The ID of the role assignment of the app or identity at the scope.',
  ASSIGNMENT_NAME: 'A new GUID, the name of the role assignment the plan creates (fresh).',
  BOT_PROVIDER: "Microsoft.BotService's resource ID on the subscription, once registered there.",
  BOT_RESOURCE_ID: "The Azure Bot's resource ID: the bot the app answers as.",
  BOT_ENDPOINT_SET: '"yes" when the bot already has the plan\'s messaging endpoint.',
  BOT_DISPLAY_NAME: "The bot's display name, sent back unchanged with its new messaging endpoint.",
  TEAMS_CHANNEL_ID: "The resource ID of the bot's enabled Microsoft Teams channel.",
  POLICY_READ: '"yes" when the tenant\'s default app management policy could be read (empty when the admin may not).',
  TENANT_BLOCKS_SECRETS_SINCE:
    "The tenant default policy's passwordAddition restriction: apps created on or after this date get no secret (0001-01-01… for all apps); empty when there is none.",
  TENANT_LIFETIME: "The tenant default policy's longest lifetime for the plan's credential (ISO 8601 duration); empty when none.",
  TENANT_LIFETIME_SINCE: 'Apps created on or after this date are held to TENANT_LIFETIME (0001-01-01… for all apps).',
  APP_POLICY: 'The ID of the enabled app management policy assigned to the app, which replaces the tenant default; empty when none.',
  APP_BLOCKS_SECRETS_SINCE: "The same as TENANT_BLOCKS_SECRETS_SINCE, from the app's own policy.",
  APP_LIFETIME: "The same as TENANT_LIFETIME, from the app's own policy.",
  APP_LIFETIME_SINCE: "The same as TENANT_LIFETIME_SINCE, from the app's own policy.",
  SECRET_ALLOWED: '"yes" when the policy lets the app get a client secret (or it already has the plan\'s).',
  CREDENTIAL_LIFETIME:
    "The lifetime the credential is made with: the policy's limit, else 24 months for a secret (the portal's longest) and the certificate's own validity for a certificate.",
  LIFETIME_FROM:
    'Where CREDENTIAL_LIFETIME comes from: app-policy, tenant-policy, none (no limit applies) or unreadable (the policy could not be read).',
  CREDENTIAL_START: "The new credential's startDateTime: when the plan adds it (computed).",
  CREDENTIAL_END:
    "The credential's endDateTime: Entra's answer for a new secret, the computed one for a new certificate, or the one found.",
  CERTIFICATE_NOT_AFTER: "The end of the certificate's own validity (a constant): no credential outlives it.",
  INSTANCE_LOCKED: '"yes" when the app\'s instance property lock is on for all its sensitive properties.',
  CURRENT_CREDENTIALS:
    "The app's client secrets (or certificates) as a JSON list of display name, key ID, hint, start and end: what a rotation may remove.",
  OLD_CREDENTIALS_GONE: '"yes" when none of the old credentials a rotation removes is left on the app.',
  OLD_KEY_IDS: 'The key IDs of the old credentials a rotation removes, separated by spaces (read when it finishes).',
  OLD_KEY_ID: 'One of OLD_KEY_IDS, while its removal is sent.',
  OLD_CREDENTIALS: 'The old credentials a rotation removes, in words (display name, key ID, end date).',
  REMAINING_CERTIFICATES:
    "The app's certificates but the old ones, as JSON list items separated by commas: sent back without the old ones.",
} as const satisfies Record<string, string>;

/** Families of variables, one per API or per permission: the part in angle brackets varies. */
export const VAR_FAMILIES = {
  'API_<API>': "The API's service principal object ID in the tenant, e.g. API_MICROSOFT_GRAPH.",
  'PERMISSION_<n>': "The ID of the plan's n-th permission (an app role or a delegated scope), found by name.",
  'ASSIGNMENT_<n>': 'The ID of the app role assignment that grants the n-th permission (admin consent, application).',
  'GRANT_<API>': 'The ID of the delegated permission grant to the API for all users (admin consent, delegated).',
  'GRANT_<API>_COVERS': '"yes" when that grant already covers the plan\'s delegated permissions.',
  'GRANT_<API>_SCOPE': "That grant's current scope, to add the plan's permissions to.",
  'KEPT_<API>_ACCESS': "The app's other permissions on the API, as JSON list items.",
} as const satisfies Record<string, string>;

/** A name a plan may use: one of `VARS`, or one of a family of `VAR_FAMILIES`. */
export type VarName =
  keyof typeof VARS | `API_${string}` | `PERMISSION_${number}` | `ASSIGNMENT_${number}` | `GRANT_${string}` | `KEPT_${string}_ACCESS`;

/** A variable's reference as the plan's strings hold it: `${NAME}`. A name not declared above does not compile. */
export const ref = <N extends VarName>(name: N): `\${${N}}` => `\${${name}}`;

const slug = (api: string) => api.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
/** The family members, named from an API's display name or a permission's place in the plan. */
export const familyVar = {
  api: (api: string): VarName => `API_${slug(api)}`,
  permission: (index: number): VarName => `PERMISSION_${index + 1}`,
  assignment: (index: number): VarName => `ASSIGNMENT_${index + 1}`,
  grant: (api: string): `GRANT_${string}` => `GRANT_${slug(api)}`,
  keptAccess: (api: string): VarName => `KEPT_${slug(api)}_ACCESS`,
};

/** Matches a `${NAME}` reference; group 1 is the name. */
export const REFERENCE = /\$\{([A-Z0-9_]+)\}/g;

/** The names a text refers to, in order of first use. */
export function referencesIn(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((match) => match[1] ?? ''))];
}

/** The names a computation needs: in its lifetime and its limit. */
export function computationReferences(computation: Computation): string[] {
  return referencesIn(`${computation.lifetime}\n${computation.until ?? ''}`);
}

/** The names a call needs before it is sent: in its path, its body and its binds' queries. */
export function callReferences(call: Call): string[] {
  const { path, body } = call.call;
  const bodyText = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return referencesIn([path, bodyText, ...call.binds.map((bind) => bind.query)].join('\n'));
}

/** The wording both executors stop with when a request names a variable nothing set. */
export const unboundMessage = (name: string) => `The plan uses ${name} before any step sets it.`;
export const UNBOUND_CODE = 'UnboundVariable';

export interface UnboundReference {
  step: string;
  name: string;
}

/**
 * References no earlier step, constant or fresh GUID binds. A lookup's binds are set whatever it finds (empty when
 * nothing); a creation's are set only when it runs, so they count as bound only for a step that has no lookup. A
 * step's creation may use its own lookup's binds.
 */
export function unboundReferences(plan: RegistrationPlan): UnboundReference[] {
  const bound = new Set<string>([...Object.keys(plan.constants), ...plan.fresh]);
  const unbound: UnboundReference[] = [];
  const check = (step: string, call: Call, known: Set<string>) => {
    for (const name of callReferences(call)) if (!known.has(name)) unbound.push({ step, name });
  };
  for (const step of plan.steps) {
    if (step.look) check(step.id, step.look, bound);
    const afterLook = new Set([...bound, ...(step.look?.binds.map((bind) => bind.name) ?? [])]);
    // A repeated creation runs over a list its lookup (or an earlier step) read, with its item set each time.
    if (step.each && !afterLook.has(step.each.list)) unbound.push({ step: step.id, name: step.each.list });
    // Computations run just before the creation: they may use the lookup's values, and the creation theirs.
    const beforeMake = new Set([...afterLook, ...(step.each ? [step.each.item] : [])]);
    for (const computation of step.compute ?? []) {
      for (const name of computationReferences(computation)) if (!beforeMake.has(name)) unbound.push({ step: step.id, name });
      beforeMake.add(computation.start).add(computation.end);
    }
    if (step.make) check(step.id, step.make, beforeMake);
    for (const name of afterLook) bound.add(name);
    if (step.make && !step.look) for (const name of beforeMake) bound.add(name);
    if (step.make && !step.look) for (const bind of step.make.binds) bound.add(bind.name);
  }
  return unbound;
}

/** Every name the plan may set: constants, fresh GUIDs, and any bind (of a lookup, or of a creation when it runs). */
export function settableVariables(plan: RegistrationPlan): Set<string> {
  return new Set([
    ...Object.keys(plan.constants),
    ...plan.fresh,
    ...plan.steps.flatMap((step) => [...(step.look?.binds ?? []), ...(step.make?.binds ?? [])].map((bind) => bind.name)),
    ...plan.steps.flatMap((step) => (step.compute ?? []).flatMap((computation) => [computation.start, computation.end])),
    ...plan.steps.flatMap((step) => (step.each ? [step.each.item] : [])),
  ]);
}
