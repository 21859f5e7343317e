// Entra's app management policies as Microsoft Graph v1.0 documents them: the tenant default (tenantAppManagementPolicy,
// a single object, disabled until enabled; applicationRestrictions apply to the tenant's own apps) and policies assigned
// to one app (appManagementPolicy), which replace the default for it. A restriction is evaluated unless its state is
// `disabled`, holds apps created on or after `restrictForAppsCreatedAfterDateTime` (all apps when null), and spares the
// actors whose custom security attributes match its `excludeActors`. Enforced when a credential is added: addPassword
// and new keyCredentials; the refusal bodies are the ones Graph returns.
import { randomUUID } from 'node:crypto';

export const DEFAULT_POLICY_ID = '00000000-0000-0000-0000-000000000000';

/** The signed-in user of the policy tests: every other user carries an attribute their policies can exempt. */
export const POLICY_ADMIN = 'policy-admin@contoso.test';
/** The custom security attribute the other test files' admins carry (attribute set WizardTests). */
export const SHARED_ADMIN_EXEMPTION = {
  '@odata.type': '#microsoft.graph.customSecurityAttributeStringValueExemption',
  id: 'WizardTests_SharedAdmin',
  operator: 'equals',
  value: 'true',
};
/** A user's custom security attributes, `AttributeSet_Attribute` → value. */
const attributesOf = (user) => (user === POLICY_ADMIN ? {} : { [SHARED_ADMIN_EXEMPTION.id]: SHARED_ADMIN_EXEMPTION.value });

/** Delegated permissions of both reads (the app's also needs Application.Read.All), and the directory roles that may read. */
export const READ_POLICY_SCOPES = ['Policy.Read.All', 'Policy.Read.ApplicationConfiguration', 'Policy.ReadWrite.ApplicationConfiguration'];
/** Global Reader is the least privileged role Graph documents for the read. */
export const READ_POLICY_ROLES = ['Global Reader', 'Application Administrator', 'Cloud Application Administrator', 'Global Administrator'];

const restrictions = () => ({ passwordCredentials: [], keyCredentials: [] });

export function defaultAppManagementPolicy() {
  return {
    id: DEFAULT_POLICY_ID,
    displayName: 'Default app management tenant policy',
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals. To apply policy to targeted resources, create a new policy under appManagementPolicies collection.',
    isEnabled: false,
    applicationRestrictions: restrictions(),
    servicePrincipalRestrictions: restrictions(),
  };
}

/** Test hook: changes the tenant default (as PATCH /policies/defaultAppManagementPolicy would); null restores it. */
export function setDefaultAppManagementPolicy(directory, change) {
  directory.defaultAppManagementPolicy = change ? { ...directory.defaultAppManagementPolicy, ...change } : defaultAppManagementPolicy();
  return directory.defaultAppManagementPolicy;
}

/** Test hook: creates a policy and assigns it to an app (one policy per app, as Graph allows). */
export function assignAppManagementPolicy(directory, appObjectId, { displayName = 'App policy', isEnabled = true, restrictions: given }) {
  directory.appManagementPolicies = directory.appManagementPolicies.filter((policy) => !policy.appliesTo.includes(appObjectId));
  const policy = {
    id: randomUUID(),
    displayName,
    description: displayName,
    isEnabled,
    restrictions: { ...restrictions(), ...given },
    appliesTo: [appObjectId],
  };
  directory.appManagementPolicies.push(policy);
  return policy;
}

/** The policies assigned to an app, as GET /applications/{id}/appManagementPolicies lists them. */
export const policiesOf = (directory, appObjectId) =>
  directory.appManagementPolicies
    .filter((policy) => policy.appliesTo.includes(appObjectId))
    .map((policy) => Object.fromEntries(Object.entries(policy).filter(([name]) => name !== 'appliesTo')));

/** ISO 8601 duration in milliseconds (years as 365 days, months as 30, as .NET's TimeSpan reads them); undefined if not one. */
export function durationMs(text) {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(text));
  if (!match || /T$/.test(text) || !/\d/.test(text)) return undefined;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  return (((y * 365 + mo * 30 + w * 7 + d) * 24 + h) * 60 + mi) * 60_000 + s * 1000;
}

/** The restrictions that hold an app: its enabled policy's, else the enabled tenant default's; with the policy's ID. */
function governing(directory, app) {
  const own = directory.appManagementPolicies.find((policy) => policy.appliesTo.includes(app.id) && policy.isEnabled);
  if (own) return { id: own.id, restrictions: own.restrictions };
  const tenant = directory.defaultAppManagementPolicy;
  return tenant.isEnabled ? { id: tenant.id, restrictions: tenant.applicationRestrictions } : undefined;
}

function applies(restriction, app, user) {
  if (restriction.state === 'disabled') return false;
  const since = restriction.restrictForAppsCreatedAfterDateTime;
  if (since && Date.parse(app.createdDateTime) < Date.parse(since)) return false;
  const attributes = attributesOf(user);
  const exempt = (restriction.excludeActors?.customSecurityAttributes ?? []).some(
    (exemption) => exemption.operator === 'equals' && attributes[exemption.id] === exemption.value,
  );
  return !exempt;
}

const refusal = (code, id, what) => {
  const message = `${what} as per assigned policy '${id}'.`;
  return { code, message, details: code === LIFETIME ? [{ code: 'InvalidKeyEndDate', message, target: 'EndDate' }] : undefined };
};
const LIFETIME = 'CredentialInvalidLifetimeAsPerAppPolicy';

/** The refusal of a credential the policy does not allow, or undefined. `list`: passwordCredentials or keyCredentials. */
function check(directory, app, user, list, { addition, lifetime }, startDateTime, endDateTime) {
  const policy = governing(directory, app);
  if (!policy) return undefined;
  const held = (policy.restrictions?.[list] ?? []).filter((restriction) => applies(restriction, app, user));
  if (addition && held.some((restriction) => restriction.restrictionType === addition))
    return refusal('CredentialTypeNotAllowedAsPerAppPolicy', policy.id, 'Credential type not allowed');
  const limit = held.find((restriction) => restriction.restrictionType === lifetime);
  const longest = limit && durationMs(limit.maxLifetime);
  if (longest !== undefined && Date.parse(endDateTime) - Date.parse(startDateTime) > longest)
    return refusal(LIFETIME, policy.id, 'Credential lifetime exceeds the max value allowed');
  return undefined;
}

/** addPassword's check: the secret's start and end (Graph's defaults filled in). */
export const checkPassword = (directory, app, user, { startDateTime, endDateTime }) =>
  check(
    directory,
    app,
    user,
    'passwordCredentials',
    { addition: 'passwordAddition', lifetime: 'passwordLifetime' },
    startDateTime,
    endDateTime,
  );

/** A new certificate's check: its credential's start and end. */
export const checkKey = (directory, app, user, { startDateTime, endDateTime }) =>
  check(directory, app, user, 'keyCredentials', { lifetime: 'asymmetricKeyLifetime' }, startDateTime, endDateTime);
