import type { Call, RegistrationPlan } from './model';

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
    if (step.make) check(step.id, step.make, afterLook);
    for (const name of afterLook) bound.add(name);
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
  ]);
}
