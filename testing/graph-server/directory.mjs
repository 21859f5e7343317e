// A tenant's directory as Microsoft Graph v1.0 exposes it, for the endpoints an app registration uses: applications,
// service principals (with the first-party APIs' permissions), app role assignments, delegated permission grants and
// the organization. Requests, responses, status codes and error bodies follow Graph's documentation; delegated calls
// need the documented permission in the token *and* a directory role of the signed-in user, as in Entra.
import { createHash, randomBytes, randomUUID, X509Certificate } from 'node:crypto';

import { LOCAL_TENANT_ID } from '../local-apis.mjs';
import {
  checkKey,
  checkPassword,
  defaultAppManagementPolicy,
  POLICY_ADMIN,
  policiesOf,
  READ_POLICY_ROLES,
  READ_POLICY_SCOPES,
} from './app-policies.mjs';

export const TENANT_ID = LOCAL_TENANT_ID;

/** A stable GUID per name, so that permission IDs are fixed across runs (never written in the wizard). */
const guid = (seed) => {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const api = (appId, displayName, appRoles, scopes) => ({
  id: guid(`sp:${appId}`),
  appId,
  displayName,
  servicePrincipalType: 'Application',
  appRoles: appRoles.map((value) => ({
    id: guid(`role:${appId}:${value}`),
    value,
    allowedMemberTypes: ['Application'],
    displayName: value,
    isEnabled: true,
  })),
  oauth2PermissionScopes: scopes.map((value) => ({ id: guid(`scope:${appId}:${value}`), value, type: 'Admin', isEnabled: true })),
});

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const DEFENDER_APP_ID = 'fc780465-2017-40d4-a0c5-307022471b92';

/** First-party APIs present in the tenant, with (a subset of) the permissions they really define. */
function firstPartyApis() {
  return [
    api(
      GRAPH_APP_ID,
      'Microsoft Graph',
      // Application permissions from Microsoft Graph's permissions reference (the ones the integrations ask for).
      [
        'Application.Read.All',
        'Application.ReadWrite.All',
        'AppRoleAssignment.ReadWrite.All',
        'Calendars.Read',
        'Calendars.ReadWrite',
        'Calls.Initiate.All',
        'Channel.Create',
        'Channel.Delete.All',
        'Channel.ReadBasic.All',
        'ChannelMember.ReadWrite.All',
        'DeviceManagementApps.ReadWrite.All',
        'DeviceManagementConfiguration.ReadWrite.All',
        'DeviceManagementManagedDevices.PrivilegedOperations.All',
        'DeviceManagementManagedDevices.Read.All',
        'DeviceManagementManagedDevices.ReadWrite.All',
        'DeviceManagementRBAC.ReadWrite.All',
        'DeviceManagementServiceConfig.ReadWrite.All',
        'Directory.Read.All',
        'Directory.ReadWrite.All',
        'Files.Read.All',
        'Files.ReadWrite.All',
        'Group.Read.All',
        'Group.ReadWrite.All',
        'GroupMember.Read.All',
        'IdentityRiskEvent.Read.All',
        'IdentityRiskEvent.ReadWrite.All',
        'IdentityRiskyUser.Read.All',
        'IdentityRiskyUser.ReadWrite.All',
        'Mail.Read',
        'Mail.ReadWrite',
        'Mail.Send',
        'OnlineMeetings.ReadWrite.All',
        'Policy.Read.All',
        'Policy.ReadWrite.ConditionalAccess',
        'RoleManagement.ReadWrite.Directory',
        'SecurityAlert.Read.All',
        'SecurityAlert.ReadWrite.All',
        'SecurityIncident.Read.All',
        'SecurityIncident.ReadWrite.All',
        'Sites.Read.All',
        'Sites.ReadWrite.All',
        'Team.ReadBasic.All',
        'TeamMember.ReadWrite.All',
        'ThreatHunting.Read.All',
        'User.Read.All',
        'User.ReadWrite.All',
      ],
      // Delegated permissions from Microsoft Graph's permissions reference (the OpenID ones, and those the integrations ask for).
      [
        'openid',
        'profile',
        'email',
        'offline_access',
        'AppCatalog.Read.All',
        'Application.Read.All',
        'Application.ReadWrite.All',
        'Channel.Create',
        'Channel.Delete.All',
        'Channel.ReadBasic.All',
        'ChannelMember.ReadWrite.All',
        'Chat.Create',
        'Chat.Read',
        'Chat.ReadBasic',
        'Chat.ReadWrite',
        'ChatMember.Read',
        'ChatMember.ReadWrite',
        'ChatMessage.Read',
        'ChatMessage.Send',
        'Directory.AccessAsUser.All',
        'Directory.Read.All',
        'Directory.ReadWrite.All',
        'Files.Read.All',
        'Files.ReadWrite.All',
        'Group.ReadWrite.All',
        'GroupMember.Read.All',
        'IdentityRiskEvent.Read.All',
        'IdentityRiskEvent.ReadWrite.All',
        'IdentityRiskyUser.Read.All',
        'IdentityRiskyUser.ReadWrite.All',
        'Mail.Read.Shared',
        'Mail.ReadWrite',
        'Mail.Send',
        'MailboxSettings.ReadWrite',
        'OnlineMeetings.ReadWrite.All',
        'Policy.Read.All',
        'Policy.ReadWrite.ConditionalAccess',
        'RoleManagement.ReadWrite.Directory',
        'SecurityIncident.Read.All',
        'SecurityIncident.ReadWrite.All',
        'Sites.Read.All',
        'Sites.ReadWrite.All',
        'Team.ReadBasic.All',
        'TeamMember.ReadWrite.All',
        'TeamsAppInstallation.ReadWriteSelfForChat',
        'ThreatAssessment.ReadWrite.All',
        'ThreatHunting.Read.All',
        'User.Read',
        'User.Read.All',
        'User.ReadWrite.All',
        'eDiscovery.Read.All',
        'eDiscovery.ReadWrite.All',
      ],
    ),
    api(
      DEFENDER_APP_ID,
      'WindowsDefenderATP',
      [
        'AdvancedQuery.Read.All',
        'Alert.Read.All',
        'Alert.ReadWrite.All',
        'File.Read.All',
        'Ip.Read.All',
        'Machine.CollectForensics',
        'Machine.Isolate',
        'Machine.LiveResponse',
        'Machine.Offboard',
        'Machine.Read.All',
        'Machine.ReadWrite.All',
        'Machine.RestrictExecution',
        'Machine.Scan',
        'Machine.StopAndQuarantine',
        'Score.Read.All',
        'Software.Read.All',
        'Ti.Read.All',
        'Ti.ReadWrite',
        'Ti.ReadWrite.All',
        'Url.Read.All',
        'User.Read.All',
        'Vulnerability.Read.All',
      ],
      // Its delegated permissions, as the Defender for Endpoint API's permission pages list them.
      [
        'AdvancedQuery.Read',
        'Alert.Read',
        'Alert.ReadWrite',
        'File.Read.All',
        'Ip.Read.All',
        'Machine.CollectForensics',
        'Machine.Isolate',
        'Machine.LiveResponse',
        'Machine.Read',
        'Machine.ReadWrite',
        'Machine.RestrictExecution',
        'Machine.Scan',
        'Machine.StopAndQuarantine',
        'Software.Read',
        'Ti.ReadWrite',
        'Url.Read.All',
        'User.Read.All',
        'Vulnerability.Read',
      ],
    ),
    api('797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API', [], ['user_impersonation']),
    api('ca7f3f0b-7d91-482c-8e09-c5d840d0eac5', 'Log Analytics API', ['Data.Read'], ['Data.Read']),
    api(
      'c5393580-f805-4401-95e8-94b7a6ef2fc2',
      'Office 365 Management APIs',
      ['ActivityFeed.Read', 'ActivityFeed.ReadDlp', 'ServiceHealth.Read'],
      ['ActivityFeed.Read', 'ActivityFeed.ReadDlp', 'ServiceHealth.Read'],
    ),
    api('2746ea77-4702-4b45-80ca-3c97e680e8b7', 'Azure Data Explorer', [], ['user_impersonation']),
    api('499b84ac-1321-427f-aa17-267ca6975798', 'Azure DevOps', [], ['user_impersonation']),
    api(
      '8ee8fdad-f234-4243-8f3b-15c294843740',
      'Microsoft Threat Protection',
      ['AdvancedHunting.Read.All', 'Incident.Read.All', 'Incident.ReadWrite.All'],
      [],
    ),
    api(
      '05a65629-4c1b-48c1-a78b-804c4abdd4af',
      'Microsoft Cloud App Security',
      ['discovery.manage', 'discovery.read', 'investigation.read', 'settings.read'],
      ['discovery.manage', 'investigation.read'],
    ),
    api(
      '00000002-0000-0ff1-ce00-000000000000',
      'Office 365 Exchange Online',
      ['full_access_as_app', 'Exchange.ManageAsApp'],
      ['EWS.AccessAsUser.All'],
    ),
  ];
}

/** VMs' system-assigned managed identities: service principals of type ManagedIdentity named as their VMs. */
const identity = (name) => ({ id: guid(`mi:${name}`), displayName: name });
export const MANAGED_IDENTITY = identity('xsoar-engine-vm');
export const OTHER_MANAGED_IDENTITY = identity('xsoar-engine-vm-2');

/**
 * Users and their directory roles: admins who may do everything (one per test file that changes the directory, so
 * files running side by side can tell their changes apart), a developer who may only register apps.
 */
export const USERS = {
  'admin@contoso.test': ['Global Administrator'],
  'cloud-shell-admin@contoso.test': ['Global Administrator'],
  'product-admin@contoso.test': ['Global Administrator'],
  'teams-admin@contoso.test': ['Global Administrator'],
  'rotation-admin@contoso.test': ['Global Administrator'],
  'least-privilege-admin@contoso.test': ['Global Administrator'],
  'fixer-admin@contoso.test': ['Global Administrator'],
  'developer@contoso.test': [],
  // The app management policy tests' admin (app-policies.mjs): the others carry an attribute its policies exempt.
  [POLICY_ADMIN]: ['Global Administrator'],
};

/** Directory roles that may grant tenant-wide (admin) consent; Graph's own application permissions need the first two. */
const CONSENT_ROLES = [
  'Global Administrator',
  'Privileged Role Administrator',
  'Cloud Application Administrator',
  'Application Administrator',
];
const GRAPH_ROLE_CONSENT = ['Global Administrator', 'Privileged Role Administrator'];

export function createDirectory() {
  return {
    organization: [{ id: TENANT_ID, displayName: 'Contoso (local stand-in)' }],
    /** @type {any[]} */
    applications: [],
    /** @type {any[]} */
    servicePrincipals: [
      ...firstPartyApis(),
      ...[MANAGED_IDENTITY, OTHER_MANAGED_IDENTITY].map(({ id, displayName }) => ({
        id,
        appId: guid(`mi-app:${displayName}`),
        displayName,
        servicePrincipalType: 'ManagedIdentity',
        appRoles: [],
        oauth2PermissionScopes: [],
      })),
    ],
    /** @type {any[]} */
    appRoleAssignments: [],
    /**
     * Secrets as Entra keeps them to check a sign-in (Graph never returns them again): app ID → each secret's key ID and
     * text. @type {Map<string, { keyId: string, secretText: string }[]>}
     */
    secrets: new Map(),
    /** @type {any[]} */
    grants: [],
    /** Every change and who made it, so tests can check that a second run changes nothing. @type {{ user: string, change: string }[]} */
    changes: [],
    /** The tenant default app management policy, and the policies assigned to apps (app-policies.mjs). */
    defaultAppManagementPolicy: defaultAppManagementPolicy(),
    /** @type {any[]} */
    appManagementPolicies: [],
  };
}

class GraphError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    /** Graph's `details` of the error, when it gives them. */
    this.details = details;
  }
}

/** A credential refused by an app management policy (app-policies.mjs). */
const refused = (refusal) => {
  if (refusal) throw new GraphError(400, refusal.code, refusal.message, refusal.details);
};
const LOCK_PROPERTIES = ['isEnabled', 'allProperties', 'credentialsWithUsageVerify', 'credentialsWithUsageSign', 'tokenEncryptionKeyId'];
/** application.servicePrincipalLockConfiguration: an object of those booleans. */
function checkLock(lock) {
  const valid =
    lock === null ||
    (typeof lock === 'object' &&
      !Array.isArray(lock) &&
      Object.entries(lock).every(([name, value]) => LOCK_PROPERTIES.includes(name) && typeof value === 'boolean'));
  if (!valid) throw badRequest("Invalid value specified for property 'servicePrincipalLockConfiguration' of resource 'Application'.");
}
/** A certificate's own validity, when its DER parses. */
function certificateValidity(base64) {
  try {
    const certificate = new X509Certificate(Buffer.from(base64, 'base64'));
    return { startDateTime: new Date(certificate.validFrom).toISOString(), endDateTime: new Date(certificate.validTo).toISOString() };
  } catch {
    return undefined;
  }
}

const GUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const denied = () => new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
const notFound = (id) =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
const badRequest = (message) => new GraphError(400, 'Request_BadRequest', message);

/** The documented least-privileged delegated permissions of each operation, and those that include them. */
const READ_APPS = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Directory.AccessAsUser.All',
];
const WRITE_APPS = ['Application.ReadWrite.All', 'Directory.AccessAsUser.All'];
const READ_ORG = ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Directory.AccessAsUser.All'];
const WRITE_ASSIGNMENTS = ['AppRoleAssignment.ReadWrite.All', 'Directory.AccessAsUser.All'];
const READ_GRANTS = [
  'DelegatedPermissionGrant.Read.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
];
const WRITE_GRANTS = ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.AccessAsUser.All'];

function need(scopes, anyOf) {
  if (!anyOf.some((scope) => scopes.has(scope))) throw denied();
}

/** The subset of OData `$filter` the registration uses: `prop eq 'value'`, joined by `and`. */
function filterOf(query) {
  const filter = query.get('$filter');
  if (!filter) return () => true;
  const clauses = filter.split(/\s+and\s+/i).map((clause) => {
    const match = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause.trim());
    if (!match)
      throw new GraphError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${clause.split(' ')[0]}' of resource.`,
      );
    return [match[1], match[2].replace(/''/g, "'")];
  });
  return (object) => clauses.every(([property, value]) => String(object[property] ?? '').toLowerCase() === value.toLowerCase());
}

/** `$select` projection; `keyCredentials.key` only when selected on a single object, as Graph documents. */
function project(object, query, single) {
  const select = query
    .get('$select')
    ?.split(',')
    .map((name) => name.trim());
  const copy = structuredClone(object);
  if (copy.keyCredentials && !(single && select?.includes('keyCredentials')))
    copy.keyCredentials = copy.keyCredentials.map((key) => ({ ...key, key: null }));
  if (!select) return copy;
  return Object.fromEntries(select.filter((name) => name in copy || name === 'id').map((name) => [name, copy[name] ?? null]));
}

const collection = (context, value) => ({ '@odata.context': `${context}`, value });

/**
 * Handles one Graph request. Returns { status, body } or throws GraphError.
 * @param {ReturnType<typeof createDirectory>} directory
 * @param {{ method: string, path: string, query: URLSearchParams, body: any, scopes: Set<string>, user: string }} request
 */
export function handleGraph(directory, { method, path, query, body, scopes, user }) {
  const roles = USERS[user] ?? [];
  const segments = path
    .replace(/^\/v1\.0\/?/, '')
    .split('/')
    .filter(Boolean);
  const [collectionName, id, action] = segments;
  const change = (what) => directory.changes.push({ user, change: `${method} ${path}: ${what}` });
  const findSp = (spId) => directory.servicePrincipals.find((sp) => sp.id === spId);

  if (collectionName === 'organization' && method === 'GET' && !id) {
    need(scopes, READ_ORG);
    return {
      status: 200,
      body: collection(
        '$metadata#organization',
        directory.organization.map((org) => project(org, query, false)),
      ),
    };
  }

  if (collectionName === 'users' && method === 'GET' && !id) {
    // Graph's List users: User.Read.All (least privileged), User.ReadWrite.All, Directory.Read.All, Directory.ReadWrite.All;
    // delegated also Directory.AccessAsUser.All.
    need(scopes, ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All']);
    return {
      status: 200,
      body: collection(
        '$metadata#users',
        Object.keys(USERS).map((upn) => ({ id: guid(`user:${upn}`), userPrincipalName: upn, displayName: upn.split('@')[0] })),
      ),
    };
  }

  if (collectionName === 'groups' && method === 'GET' && !id) {
    // Graph's List groups: Group.Read.All, Group.ReadWrite.All, Directory.Read.All or Directory.ReadWrite.All (delegated or application).
    need(scopes, ['Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All']);
    return {
      status: 200,
      body: collection('$metadata#groups', [{ id: guid('group:soc'), displayName: 'SOC analysts', mail: 'soc@contoso.test' }]),
    };
  }

  if (collectionName === 'policies' && id === 'defaultAppManagementPolicy' && !action && method === 'GET') {
    need(scopes, READ_POLICY_SCOPES);
    if (!roles.some((role) => READ_POLICY_ROLES.includes(role))) throw denied();
    return {
      status: 200,
      body: { '@odata.context': '$metadata#policies/defaultAppManagementPolicy/$entity', ...directory.defaultAppManagementPolicy },
    };
  }

  if (collectionName === 'applications') {
    if (!id && method === 'GET') {
      need(scopes, READ_APPS);
      const matches = directory.applications.filter(filterOf(query));
      return {
        status: 200,
        body: collection(
          '$metadata#applications',
          matches.map((app) => project(app, query, false)),
        ),
      };
    }
    if (!id && method === 'POST') {
      need(scopes, WRITE_APPS);
      if (!body?.displayName) throw badRequest("Property 'displayName' is required.");
      if ('servicePrincipalLockConfiguration' in body) checkLock(body.servicePrincipalLockConfiguration);
      const app = {
        id: randomUUID(),
        appId: randomUUID(),
        displayName: body.displayName,
        signInAudience: body.signInAudience ?? 'AzureADandPersonalMicrosoftAccount',
        isFallbackPublicClient: null,
        web: { redirectUris: [], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
        spa: { redirectUris: [] },
        publicClient: { redirectUris: [] },
        requiredResourceAccess: [],
        passwordCredentials: [],
        keyCredentials: [],
        servicePrincipalLockConfiguration: body.servicePrincipalLockConfiguration ?? null,
        createdDateTime: new Date().toISOString(),
      };
      directory.applications.push(app);
      change(`created application ${app.displayName}`);
      return { status: 201, body: { '@odata.context': '$metadata#applications/$entity', ...project(app, new URLSearchParams(), true) } };
    }
    const app = directory.applications.find((candidate) => candidate.id === id);
    if (!app) throw notFound(id);
    if (!action && method === 'GET') {
      need(scopes, READ_APPS);
      return { status: 200, body: { '@odata.context': '$metadata#applications/$entity', ...project(app, query, true) } };
    }
    if (action === 'appManagementPolicies' && method === 'GET') {
      // Application.Read.All and Policy.Read.All (least privileged), and a directory role that may read policies.
      need(scopes, READ_APPS);
      need(scopes, READ_POLICY_SCOPES);
      if (!roles.some((role) => READ_POLICY_ROLES.includes(role))) throw denied();
      return { status: 200, body: collection(`$metadata#applications('${id}')/appManagementPolicies`, policiesOf(directory, id)) };
    }
    if (!action && method === 'PATCH') {
      need(scopes, WRITE_APPS);
      if ('passwordCredentials' in (body ?? {})) throw badRequest('Updating passwordCredentials is not supported: use addPassword.');
      for (const entry of body.requiredResourceAccess ?? []) {
        const resource = directory.servicePrincipals.find((sp) => sp.appId === entry.resourceAppId);
        for (const access of entry.resourceAccess ?? []) {
          const known =
            resource &&
            (access.type === 'Role'
              ? resource.appRoles.some((role) => role.id === access.id)
              : resource.oauth2PermissionScopes.some((scope) => scope.id === access.id));
          if (!known) throw badRequest(`Invalid value specified for property 'resourceAccess' of resource 'Application'.`);
        }
      }
      if ('servicePrincipalLockConfiguration' in body) checkLock(body.servicePrincipalLockConfiguration);
      for (const key of body.keyCredentials ?? [])
        if (key.type !== 'AsymmetricX509Cert' || key.usage !== 'Verify' || !/^[A-Za-z0-9+/=]{100,}$/.test(key.key ?? ''))
          throw badRequest("Invalid value specified for property 'keyCredentials' of resource 'Application'.");
      // A key sent back with its keyId is kept as it is; a new one gets the certificate's dates unless given, and the policy's check.
      const kept = (key) => app.keyCredentials.find((existing) => key.keyId && existing.keyId === key.keyId && existing.key === key.key);
      const keys = (body.keyCredentials ?? []).map((key) => {
        if (kept(key)) return kept(key);
        const own = certificateValidity(key.key);
        const dates = {
          startDateTime: key.startDateTime ?? own?.startDateTime ?? new Date().toISOString(),
          endDateTime: key.endDateTime ?? own?.endDateTime ?? null,
        };
        if (dates.endDateTime) refused(checkKey(directory, app, user, dates));
        return {
          keyId: randomUUID(),
          displayName: key.displayName ?? null,
          type: key.type,
          usage: key.usage,
          key: key.key,
          customKeyIdentifier: createHash('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase(),
          ...dates,
        };
      });
      for (const [name, value] of Object.entries(body)) {
        if (name === 'keyCredentials') app.keyCredentials = keys;
        else if (typeof value === 'object' && value && !Array.isArray(value) && typeof app[name] === 'object')
          app[name] = { ...app[name], ...value };
        else app[name] = value;
      }
      change(`updated ${Object.keys(body).join(', ')}`);
      return { status: 204 };
    }
    if (action === 'addPassword' && method === 'POST') {
      need(scopes, WRITE_APPS);
      // Graph's defaults: valid from now, for two years.
      const given = body?.passwordCredential ?? {};
      const startDateTime = given.startDateTime ?? new Date().toISOString();
      const endDateTime = given.endDateTime ?? new Date(Date.parse(startDateTime) + 2 * 365 * 24 * 3600 * 1000).toISOString();
      if (!(Date.parse(endDateTime) > Date.parse(startDateTime)))
        throw badRequest("Invalid value specified for property 'passwordCredential' of resource 'Application'.");
      refused(checkPassword(directory, app, user, { startDateTime, endDateTime }));
      const secretText = `${randomBytes(3).toString('hex').slice(0, 3)}8Q~${randomBytes(27).toString('base64url')}`;
      const credential = {
        customKeyIdentifier: null,
        displayName: given.displayName ?? null,
        endDateTime: new Date(endDateTime).toISOString(),
        hint: secretText.slice(0, 3),
        keyId: randomUUID(),
        secretText: null,
        startDateTime: new Date(startDateTime).toISOString(),
      };
      app.passwordCredentials.push(credential);
      directory.secrets.set(app.appId, [...(directory.secrets.get(app.appId) ?? []), { keyId: credential.keyId, secretText }]);
      change('added a password');
      return { status: 200, body: { '@odata.context': '$metadata#microsoft.graph.passwordCredential', ...credential, secretText } };
    }
    if (action === 'removePassword' && method === 'POST') {
      // application: removePassword: Application.ReadWrite.All, a body of { keyId }, 204 No Content. Graph's page gives no
      // answer for a key ID the app does not hold: it is refused here as a bad request (the wizard reads before removing).
      need(scopes, WRITE_APPS);
      const keyId = body?.keyId;
      if (typeof keyId !== 'string' || !GUID_TEXT.test(keyId))
        throw badRequest("Invalid value specified for property 'keyId' of resource 'PasswordCredential'.");
      if (!app.passwordCredentials.some((credential) => credential.keyId === keyId))
        throw badRequest(`No password credential with key ID '${keyId}' exists on the application.`);
      app.passwordCredentials = app.passwordCredentials.filter((credential) => credential.keyId !== keyId);
      directory.secrets.set(
        app.appId,
        (directory.secrets.get(app.appId) ?? []).filter((secret) => secret.keyId !== keyId),
      );
      change(`removed the password ${keyId}`);
      return { status: 204 };
    }
  }

  if (collectionName === 'servicePrincipals') {
    if (!id && method === 'GET') {
      need(scopes, READ_APPS);
      const matches = directory.servicePrincipals.filter(filterOf(query));
      return {
        status: 200,
        body: collection(
          '$metadata#servicePrincipals',
          matches.map((sp) => project(sp, query, false)),
        ),
      };
    }
    if (!id && method === 'POST') {
      need(scopes, WRITE_APPS);
      const app = directory.applications.find((candidate) => candidate.appId === body?.appId);
      if (!app) throw badRequest(`The appId '${body?.appId}' of the service principal does not reference a valid application object.`);
      if (directory.servicePrincipals.some((sp) => sp.appId === app.appId))
        throw new GraphError(
          409,
          'Request_MultipleObjectsWithSameKeyValue',
          'Another object with the same value for property servicePrincipalNames already exists.',
        );
      const sp = {
        id: randomUUID(),
        appId: app.appId,
        displayName: app.displayName,
        servicePrincipalType: 'Application',
        appRoles: [],
        oauth2PermissionScopes: [],
      };
      directory.servicePrincipals.push(sp);
      change(`created service principal for ${app.displayName}`);
      return { status: 201, body: { '@odata.context': '$metadata#servicePrincipals/$entity', ...sp } };
    }
    const sp = findSp(id);
    if (!sp) throw notFound(id);
    if (action === 'appRoleAssignments' && method === 'GET') {
      need(scopes, READ_APPS);
      return {
        status: 200,
        body: collection(
          `$metadata#servicePrincipals('${id}')/appRoleAssignments`,
          directory.appRoleAssignments.filter((a) => a.principalId === id),
        ),
      };
    }
    if (action === 'appRoleAssignments' && method === 'POST') {
      need(scopes, WRITE_ASSIGNMENTS);
      need(scopes, READ_APPS.concat(['AppRoleAssignment.ReadWrite.All']));
      const resource = findSp(body?.resourceId);
      if (body?.principalId !== id || !resource) throw badRequest('Invalid principalId or resourceId.');
      const role = resource.appRoles.find((candidate) => candidate.id === body.appRoleId);
      if (!role) throw badRequest('Permission being assigned was not found on application');
      const allowed = resource.appId === GRAPH_APP_ID ? GRAPH_ROLE_CONSENT : CONSENT_ROLES;
      if (!roles.some((candidate) => allowed.includes(candidate))) throw denied();
      if (directory.appRoleAssignments.some((a) => a.principalId === id && a.resourceId === resource.id && a.appRoleId === role.id))
        throw badRequest('Permission being assigned already exists on the object');
      const assignment = {
        id: randomBytes(24).toString('base64url'),
        appRoleId: role.id,
        principalId: id,
        principalDisplayName: sp.displayName,
        principalType: 'ServicePrincipal',
        resourceId: resource.id,
        resourceDisplayName: resource.displayName,
        createdDateTime: new Date().toISOString(),
      };
      directory.appRoleAssignments.push(assignment);
      change(`assigned ${role.value} of ${resource.displayName}`);
      return { status: 201, body: { '@odata.context': '$metadata#appRoleAssignments/$entity', ...assignment } };
    }
  }

  if (collectionName === 'oauth2PermissionGrants') {
    if (!id && method === 'GET') {
      need(scopes, READ_GRANTS);
      return { status: 200, body: collection('$metadata#oauth2PermissionGrants', directory.grants.filter(filterOf(query))) };
    }
    if (!id && method === 'POST') {
      need(scopes, WRITE_GRANTS);
      if (!roles.some((candidate) => CONSENT_ROLES.includes(candidate))) throw denied();
      const client = findSp(body?.clientId);
      const resource = findSp(body?.resourceId);
      if (!client || !resource) throw badRequest('Invalid clientId or resourceId.');
      if (body.consentType !== 'AllPrincipals' && body.consentType !== 'Principal') throw badRequest('Invalid consentType.');
      for (const name of String(body.scope ?? '')
        .split(' ')
        .filter(Boolean))
        if (!resource.oauth2PermissionScopes.some((scope) => scope.value === name))
          throw badRequest(`Invalid value specified for property 'scope' of resource 'OAuth2PermissionGrant': ${name}.`);
      if (
        directory.grants.some(
          (grant) => grant.clientId === client.id && grant.resourceId === resource.id && grant.consentType === body.consentType,
        )
      )
        throw new GraphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
      const grant = {
        id: randomBytes(24).toString('base64url'),
        clientId: client.id,
        consentType: body.consentType,
        principalId: body.principalId ?? null,
        resourceId: resource.id,
        scope: body.scope,
      };
      directory.grants.push(grant);
      change(`granted ${grant.scope} on ${resource.displayName}`);
      return { status: 201, body: { '@odata.context': '$metadata#oauth2PermissionGrants/$entity', ...grant } };
    }
    const grant = directory.grants.find((candidate) => candidate.id === id);
    if (!grant) throw notFound(id);
    if (method === 'GET') {
      need(scopes, READ_GRANTS);
      return { status: 200, body: { '@odata.context': '$metadata#oauth2PermissionGrants/$entity', ...grant } };
    }
    if (method === 'PATCH') {
      need(scopes, WRITE_GRANTS);
      if (!roles.some((candidate) => CONSENT_ROLES.includes(candidate))) throw denied();
      grant.scope = [
        ...new Set(
          String(body?.scope ?? '')
            .split(' ')
            .filter(Boolean),
        ),
      ].join(' ');
      change(`updated grant scope to ${grant.scope}`);
      return { status: 204 };
    }
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${collectionName ?? ''}'.`);
}

export { GraphError };

/**
 * What the identity provider needs of an app registered here to sign it in, as Entra reads its own directory: the
 * OIDC client metadata (its latest secret, its redirect URIs), or undefined for an unknown app ID.
 * @param {ReturnType<typeof createDirectory>} directory
 * @param {string} appId
 */
export function clientOf(directory, appId) {
  const app = directory.applications.find((candidate) => candidate.appId === appId);
  if (!app) return undefined;
  // oidc-provider holds one secret per client: the newest; secretStatus lets the identity provider take the others too.
  const secret = directory.secrets.get(appId)?.at(-1)?.secretText;
  const redirectUris = [...app.web.redirectUris, ...app.spa.redirectUris];
  // An app with certificates and no secret signs in with a client assertion (its certificates as a JWKS with x5c).
  const keys = app.keyCredentials.map((credential) => {
    const certificate = new X509Certificate(Buffer.from(credential.key, 'base64'));
    return { ...certificate.publicKey.export({ format: 'jwk' }), use: 'sig', x5c: [credential.key] };
  });
  const authentication = secret
    ? { client_secret: secret, token_endpoint_auth_method: 'client_secret_post' }
    : keys.length
      ? { token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'RS256', jwks: { keys } }
      : { token_endpoint_auth_method: 'none' };
  return {
    client_id: appId,
    ...authentication,
    redirect_uris: redirectUris,
    grant_types: [
      ...(secret || keys.length ? ['client_credentials'] : []),
      ...(redirectUris.length ? ['authorization_code'] : []),
      ...(app.isFallbackPublicClient ? ['urn:ietf:params:oauth:grant-type:device_code'] : []),
      'refresh_token',
    ],
    response_types: redirectUris.length ? ['code'] : [],
  };
}

/**
 * The application permissions granted to an app (or managed identity) on an API: the `roles` of its app-only tokens.
 * @param {ReturnType<typeof createDirectory>} directory
 * @param {string} appId
 * @param {string} apiAppId
 */
export function rolesOf(directory, appId, apiAppId) {
  const client = directory.servicePrincipals.find((sp) => sp.appId === appId);
  const api = directory.servicePrincipals.find((sp) => sp.appId === apiAppId);
  if (!client || !api) return [];
  return directory.appRoleAssignments
    .filter((assignment) => assignment.principalId === client.id && assignment.resourceId === api.id)
    .map((assignment) => api.appRoles.find((role) => role.id === assignment.appRoleId)?.value)
    .filter(Boolean);
}

/**
 * A client secret as Entra checks it at sign-in: `valid` while it is one of the app's password credentials and has not
 * ended (an app may hold several, so two overlap while one is rotated), `expired` after its end, `wrong` otherwise (a
 * removed one too); undefined for an app not registered here. The secret is given as its SHA-256 (hex), never itself.
 * @param {ReturnType<typeof createDirectory>} directory
 * @param {string} appId
 * @param {string} sha256
 */
export function secretStatus(directory, appId, sha256) {
  const app = directory.applications.find((candidate) => candidate.appId === appId);
  if (!app) return undefined;
  const held = (directory.secrets.get(appId) ?? []).find(
    (secret) => createHash('sha256').update(secret.secretText).digest('hex') === sha256,
  );
  const credential = held && app.passwordCredentials.find((candidate) => candidate.keyId === held.keyId);
  if (!credential) return 'wrong';
  return Date.parse(credential.endDateTime) <= Date.now() ? 'expired' : 'valid';
}
