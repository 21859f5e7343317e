import { withoutTrailingSlash } from '../oauth/url';
import { GUID } from '../oauth/validate';
import { FLOWS } from '../catalog/flows';
import { API_APP_IDS, isOidcScope } from '../catalog/apis';
import { usesRoleAssignments } from '../catalog/checklist';
import type { RegistrationChange } from '../catalog/fix';
import type { Cloud, CloudId, FlowId, FlowSupport, Integration, Permission } from '../catalog/types';
import type { Bind, Call, CreatedObject, PlanStep, RegistrationPlan, ResultField } from './model';
import { familyVar, ref, type VarName } from './variables';
import { certificateStep, policySteps, secretStep } from './credential-steps';
import { instanceLockStep } from './lock-step';
import { botCreated, botProblems, botSteps, type BotInput, type BotProblemCode } from './bot-steps';

export interface PlanInput {
  integration: Integration;
  flowId: FlowId;
  cloud: Pick<Cloud, 'id' | 'graph' | 'resourceManager'>;
  /** The application's display name (ignored for a managed identity). */
  displayName: string;
  /** Web redirect URI (authorization code). */
  redirectUri?: string;
  /** The wizard's own address: the SPA redirect URI of its PKCE check. */
  wizardAddress: string;
  credential: 'secret' | 'certificate';
  /** The certificate's DER, base64, when the credential is a certificate. */
  certificate?: { base64: string; thumbprint: string; /** The end of its validity, ISO 8601. */ notAfter: string };
  /** Azure Resource Manager scope of the role assignment: /subscriptions/… or …/resourceGroups/…. */
  scope?: string;
  /** The built-in role to assign at that scope. */
  roleName?: string;
  /** The managed identity: its object ID, or its resource's (the VM's) name. */
  identity?: string;
  /**
   * A fix on an app that exists (the troubleshooter's preset): the app is found by this client ID instead of created,
   * and the plan adds only what is missing of these changes; no credential, role or bot unless a change names it.
   */
  fix?: { clientId: string; changes: RegistrationChange[] };
  /** The Azure Bot to create for the app, where the integration answers as one (Microsoft Teams). */
  bot?: BotInput;
}

const GRAPH_API = 'https://graph.microsoft.com';
const ARM_API_VERSION = '2022-04-01';
/** Characters a display name or role name may hold: they travel through URLs, OData strings, JSON and a shell script. */
const SAFE_NAME = /^[\p{L}\p{N} ._\-()[\]:,&+@/]+$/u;
const ORIGIN = /^https:\/\/[^/?#\s]+\/?$/;
const SCOPE = /^\/subscriptions\/[0-9a-f-]{36}(\/resourceGroups\/[-\w.()]+)?$/i;

export const AZURE_CLI_CLOUDS: Partial<Record<CloudId, string>> = {
  global: 'AzureCloud',
  gcc: 'AzureCloud',
  'gcc-high': 'AzureUSGovernment',
  dod: 'AzureUSGovernment',
  china: 'AzureChinaCloud',
};

/** Flows the plan can register: every flow that signs in with an app of the admin's own, and a managed identity. */
export function canRegister(flowId: FlowId): boolean {
  return FLOWS[flowId].registers !== 'nothing';
}

/** Why a plan cannot be made (`error`), or what the admin does by hand besides (`warning`: the plan still runs). */
export interface PlanProblem {
  code: PlanProblemCode;
  severity: 'error' | 'warning';
  /** In words the admin can act on. */
  message: string;
}

export type PlanProblemCode =
  | 'VendorApp'
  | 'MissingHost'
  | 'BadHost'
  | 'RoleOutsideAzure'
  | 'MissingIdentity'
  | 'BadIdentity'
  | 'NoFixedPermissions'
  | 'MissingDisplayName'
  | 'BadDisplayName'
  | 'MissingRedirectUri'
  | 'MissingCertificate'
  | 'PermissionsByUse'
  | 'BadScope'
  | 'BadRoleName'
  | 'BadClientId'
  | BotProblemCode;

const error = (code: PlanProblemCode, message: string): PlanProblem => ({ code, severity: 'error', message });
const warning = (code: PlanProblemCode, message: string): PlanProblem => ({ code, severity: 'warning', message });

/** What keeps the plan from being made, or what it leaves to the admin; empty when it can be made as it is. */
export function planProblems(input: PlanInput): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const flow = flowOf(input);
  if (!flow || !canRegister(input.flowId))
    return [error('VendorApp', 'This flow uses the vendor-hosted app: there is nothing to register.')];
  const roles = needsRole(input.integration, flow);
  const hosts = [
    ['Microsoft Graph', input.cloud.graph, 'https://graph.microsoft.com'],
    ...(roles ? [['Azure Resource Manager', input.cloud.resourceManager, 'https://management.azure.com']] : []),
  ];
  for (const [name, host, example] of hosts)
    if (!host) problems.push(error('MissingHost', `Give the ${name} host of your cloud.`));
    else if (!ORIGIN.test(host))
      problems.push(error('BadHost', `The ${name} host must be an https:// origin without a path, like ${example}.`));
  const outside = roleOutsideAzure(input.integration, flow);
  const rightsThere = `${input.integration.name}'s rights are given in ${input.integration.roleAssignedIn ?? ''}: give it ${input.integration.role ?? 'its role'} there`;
  if (outside && FLOWS[input.flowId].registers === 'identity')
    return [error('RoleOutsideAzure', `${rightsThere}; there is nothing else to set up for a managed identity.`)];
  if (outside) problems.push(warning('RoleOutsideAzure', `${rightsThere} after the plan registers the app.`));
  if (FLOWS[input.flowId].registers === 'identity') {
    if (!input.identity?.trim())
      problems.push(error('MissingIdentity', "Give the managed identity's object ID, or the name of the VM it belongs to."));
    else if (!GUID.test(input.identity.trim()) && !SAFE_NAME.test(input.identity.trim()))
      problems.push(error('BadIdentity', 'The identity is neither an object ID (a GUID) nor a VM name.'));
    if (!roles && !applicationPermissions(input.integration).length)
      problems.push(
        error(
          'NoFixedPermissions',
          `${input.integration.name} lists no fixed application permissions: assign the identity the ones you need by hand (see the checklist).`,
        ),
      );
  } else if (input.fix) {
    if (!GUID.test(input.fix.clientId.trim()))
      problems.push(error('BadClientId', 'Give the application (client) ID of the app to fix: a GUID, on the app’s Overview page.'));
    if (input.fix.changes.includes('redirect-uri') && FLOWS[input.flowId].redirects.web && !input.redirectUri)
      problems.push(error('MissingRedirectUri', 'Give the redirect URI on App details first.'));
    if (input.fix.changes.includes('certificate') && !input.certificate)
      problems.push(
        error('MissingCertificate', 'Generate or bring the certificate on App details first: the plan uploads its public part.'),
      );
  } else {
    if (!input.displayName.trim()) problems.push(error('MissingDisplayName', 'Give the application a display name.'));
    else if (!SAFE_NAME.test(input.displayName))
      problems.push(
        error(
          'BadDisplayName',
          'Use letters, digits, spaces and . _ - ( ) [ ] : , & + @ / in the display name (no quotes, $ or backslashes).',
        ),
      );
    if (FLOWS[input.flowId].redirects.web && !input.redirectUri)
      problems.push(error('MissingRedirectUri', 'Give the redirect URI on App details first.'));
    if (input.credential === 'certificate' && !input.certificate)
      problems.push(
        error('MissingCertificate', 'Generate or bring the certificate on App details first: the plan uploads its public part.'),
      );
    if (!flow.permissions.length && !roles && input.integration.permissionsByUse)
      problems.push(
        warning(
          'PermissionsByUse',
          `${input.integration.name} lists no fixed permissions (${input.integration.permissionsByUse.what}): the plan registers the app, and you add those in the portal.`,
        ),
      );
  }
  if (roles && !input.fix) {
    if (!input.scope || !SCOPE.test(input.scope))
      problems.push(
        error('BadScope', 'Give the subscription ID (and, to narrow the role to it, the resource group) the role is assigned on.'),
      );
    if (!input.roleName?.trim() || !SAFE_NAME.test(input.roleName))
      problems.push(error('BadRoleName', 'Name the Azure role to assign (e.g. Contributor or Reader).'));
  }
  if (FLOWS[input.flowId].registers === 'app') problems.push(...botProblems(input.integration, input.bot));
  return problems;
}

/** The problems that keep the plan from being made. */
export const blockingProblems = (problems: PlanProblem[]): PlanProblem[] => problems.filter((problem) => problem.severity === 'error');

export function buildPlan(input: PlanInput): RegistrationPlan {
  const flow = flowOf(input);
  if (!flow) throw new Error(`${input.integration.id} has no flow ${input.flowId}`);
  const graph = withoutTrailingSlash(input.cloud.graph || GRAPH_API);
  const arm = withoutTrailingSlash(input.cloud.resourceManager);
  const roles = needsRole(input.integration, flow);
  const managed = FLOWS[input.flowId].registers === 'identity';
  const permissions = managed ? (roles ? [] : applicationPermissions(input.integration)) : flow.permissions;
  const application = permissions.filter((permission) => permission.type === 'Application');
  const delegated = permissions.filter((permission) => permission.type === 'Delegated');

  const steps: PlanStep[] = [tenantStep()];
  steps.push(...apiSteps(permissions));
  const creates: CreatedObject[] = [];
  const result: ResultField[] = [
    { key: 'integration', variable: 'INTEGRATION' },
    { key: 'tenantId', variable: 'TENANT_ID' },
  ];
  if (managed) {
    steps.push(identityStep(input.identity?.trim() ?? ''));
    result.push({ key: 'managedIdentityObjectId', variable: 'SP_ID' });
  } else {
    steps.push(
      input.fix ? existingApplicationStep(input.fix.clientId.trim()) : applicationStep(input.displayName.trim(), signInAudience(input)),
      ...configureStep(input, permissions),
      servicePrincipalStep(),
      // A multi-tenant app's copies in other tenants must not take credentials of their own.
      ...(flowOf(input)?.multiTenantApp ? [instanceLockStep()] : []),
    );
    if (!input.fix)
      creates.push({
        what: `App registration "${input.displayName.trim()}"`,
        variable: 'CLIENT_ID',
        portal: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${ref('CLIENT_ID')}`,
        remove: `az ad app delete --id ${ref('CLIENT_ID')}`,
      });
    result.push({ key: 'clientId', variable: 'CLIENT_ID' });
  }
  steps.push(...application.map((permission) => appRoleStep(permission, permissions.indexOf(permission))));
  steps.push(...delegatedSteps(delegated));
  // A fix makes a credential only where it says so: the app's current one keeps working.
  const fixesCredential = !input.fix || input.fix.changes.includes(input.credential);
  const credential = FLOWS[input.flowId].credential && fixesCredential ? input.credential : 'none';
  // The credential's lifetime: the longest the app management policy allows (credential-steps.ts).
  const lifetime: ResultField[] = [
    { key: 'credentialEndDateTime', variable: 'CREDENTIAL_END' },
    { key: 'credentialLifetime', variable: 'CREDENTIAL_LIFETIME' },
    { key: 'lifetimeFrom', variable: 'LIFETIME_FROM' },
  ];
  if (credential === 'secret') {
    steps.push(...policySteps('secret'), secretStep());
    result.push({ key: 'clientSecret', variable: 'CLIENT_SECRET' }, ...lifetime);
  }
  if (credential === 'certificate' && input.certificate) {
    steps.push(...policySteps('certificate'), certificateStep(input.certificate.base64, input.certificate.notAfter));
    result.push({ key: 'certificateThumbprint', variable: 'CERTIFICATE_THUMBPRINT' }, ...lifetime);
  }
  const fresh: VarName[] = [];
  const bot = !managed && !input.fix && input.integration.bot && input.bot;
  if (input.integration.bot && bot) {
    steps.push(...botSteps(input.integration.bot, bot, input.displayName.trim()));
    creates.push(botCreated(input.integration.bot, bot));
  }
  if (roles && !input.fix) {
    fresh.push('ASSIGNMENT_NAME');
    steps.push(...roleSteps(input.scope ?? '', input.roleName?.trim() ?? 'Contributor'));
    creates.push({
      what: `Role assignment: ${input.roleName?.trim()} on ${input.scope}`,
      variable: managed ? 'SP_ID' : 'CLIENT_ID',
      portal: `#resource${input.scope}/users`,
      remove: `az role assignment delete --assignee ${ref(managed ? 'SP_ID' : 'CLIENT_ID')} --role "${input.roleName?.trim()}" --scope ${input.scope}`,
    });
  }
  if (managed && application.length)
    creates.push({
      what: `Application permissions of the managed identity: ${application.map((permission) => permission.name).join(', ')}`,
      variable: 'SP_ID',
      portal: `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/${ref('SP_ID')}`,
      remove: `az rest --method get --url "${graph}/v1.0/servicePrincipals/${ref('SP_ID')}/appRoleAssignments", then az rest --method delete --url "${graph}/v1.0/servicePrincipals/${ref('SP_ID')}/appRoleAssignments/<id>" for each`,
    });
  const scopes = {
    graph: [
      // User.Read reads the organization (the tenant ID).
      'User.Read',
      managed ? 'Application.Read.All' : 'Application.ReadWrite.All',
      ...(application.length ? ['AppRoleAssignment.ReadWrite.All'] : []),
      ...(delegated.length ? ['DelegatedPermissionGrant.ReadWrite.All'] : []),
      // Reads the app management policies that bound the credential's lifetime.
      ...(credential !== 'none' ? ['Policy.Read.All'] : []),
    ].map((scope) => `${graph}/${scope}`),
    arm: (roles && !input.fix) || bot ? [`${arm}/user_impersonation`] : [],
  };
  return {
    hosts: { graph, arm },
    scopes,
    azureCliCloud: AZURE_CLI_CLOUDS[input.cloud.id],
    constants: {
      INTEGRATION: input.integration.id,
      ...(credential === 'certificate' && input.certificate
        ? { CERTIFICATE_THUMBPRINT: input.certificate.thumbprint, CERTIFICATE_NOT_AFTER: input.certificate.notAfter }
        : {}),
    },
    fresh,
    steps,
    result,
    credential,
    creates,
  };
}

function flowOf(input: PlanInput): FlowSupport | undefined {
  return input.integration.flows.find((flow) => flow.id === input.flowId);
}

/** Whether the app's or identity's role is given somewhere Azure Resource Manager does not reach (a cluster's own permissions, an organization's users). */
function roleOutsideAzure(integration: Integration, flow: FlowSupport): boolean {
  if (!FLOWS[flow.id].appOnly) return false;
  return (
    usesRoleAssignments(integration, flow) &&
    Boolean(integration.roleAssignedIn) &&
    !/Access control \(IAM\)/.test(integration.roleAssignedIn ?? '')
  );
}

/** Whether the app or identity gets its rights from an Azure role assignment (client credentials, managed identity). */
export function needsRole(integration: Integration, flow: FlowSupport): boolean {
  if (!FLOWS[flow.id].appOnly) return false;
  return usesRoleAssignments(integration, flow) && !roleOutsideAzure(integration, flow);
}

/** A managed identity gets the application permissions the integration's client-credentials app would. */
function applicationPermissions(integration: Integration): Permission[] {
  const flow = integration.flows.find((candidate) => candidate.id === 'client-credentials');
  return (flow?.permissions ?? []).filter((permission) => permission.type === 'Application');
}

function signInAudience(input: PlanInput): string {
  // Where the integration's documentation says the app must be multi-tenant (Identity Protection's device code).
  return flowOf(input)?.multiTenantApp ? 'AzureADMultipleOrgs' : 'AzureADMyOrg';
}

const odata = (value: string) => encodeURIComponent(value.replace(/'/g, "''"));
const slug = (api: string) => api.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const apiVariable = (api: Permission['api']) => familyVar.api(api);
const permissionVariable = (index: number) => familyVar.permission(index);

export function tenantStep(): PlanStep {
  return {
    id: 'tenant',
    title: 'Read the tenant ID',
    look: {
      call: { api: 'graph', method: 'GET', path: '/v1.0/organization?$select=id' },
      binds: [{ name: 'TENANT_ID', query: 'value[0].id', required: 'Microsoft Graph returned no organization for the signed-in account.' }],
    },
  };
}

/** One lookup per API: its service principal in the tenant, and each permission's ID by name (no hard-coded GUIDs). */
function apiSteps(permissions: Permission[]): PlanStep[] {
  const apis = [...new Set(permissions.map((permission) => permission.api))];
  return apis.map((api) => {
    const binds = [
      {
        name: apiVariable(api),
        query: 'value[0].id',
        required: `${api} has no service principal in this tenant (the service is not set up or not licensed here).`,
      },
      ...permissions.flatMap((permission, index) =>
        permission.api !== api
          ? []
          : [
              {
                name: permissionVariable(index),
                query:
                  permission.type === 'Application'
                    ? `value[0].appRoles[?value=='${permission.name}' && contains(allowedMemberTypes, 'Application')].id | [0]`
                    : `value[0].oauth2PermissionScopes[?value=='${permission.name}'].id | [0]`,
                required: `${api} has no ${permission.type.toLowerCase()} permission named ${permission.name}.`,
              },
            ],
      ),
    ];
    return {
      id: `api-${slug(api).toLowerCase()}`,
      title: `Find ${api} and its permissions ${permissions
        .filter((permission) => permission.api === api)
        .map((permission) => permission.name)
        .join(', ')}`,
      look: {
        call: {
          api: 'graph',
          method: 'GET',
          path: `/v1.0/servicePrincipals?$filter=appId%20eq%20'${API_APP_IDS[api]}'&$select=id,appId,displayName,appRoles,oauth2PermissionScopes`,
        },
        binds,
      },
    };
  });
}

function identityStep(identity: string): PlanStep {
  const filter = GUID.test(identity) ? `id%20eq%20'${identity.toLowerCase()}'` : `displayName%20eq%20'${odata(identity)}'`;
  return {
    id: 'identity',
    title: `Find the managed identity ${identity}`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/servicePrincipals?$filter=${filter}&$select=id,displayName,servicePrincipalType` },
      binds: [
        {
          name: 'SP_ID',
          query: "value[?servicePrincipalType=='ManagedIdentity'].id | [0]",
          required: `No managed identity ${identity} in this tenant: give the object ID shown under the VM's Identity page, or turn the VM's system-assigned identity on.`,
        },
      ],
    },
  };
}

function applicationStep(displayName: string, audience: string): PlanStep {
  const binds = (prefix: string): Bind[] => [
    { name: 'APP_OBJECT_ID', query: `${prefix}id` },
    { name: 'CLIENT_ID', query: `${prefix}appId` },
  ];
  return {
    id: 'application',
    title: `Create the app registration "${displayName}"`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications?$filter=displayName%20eq%20'${odata(displayName)}'&$select=id,appId` },
      binds: binds('value[0].'),
    },
    make: {
      call: { api: 'graph', method: 'POST', path: '/v1.0/applications', body: { displayName, signInAudience: audience } },
      binds: binds(''),
    },
  };
}

/** The app a fix applies to, found by its client ID: it must exist (the plan never creates another). */
function existingApplicationStep(clientId: string): PlanStep {
  return {
    id: 'application',
    title: `Find the app registration with client ID ${clientId}`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications?$filter=appId%20eq%20'${odata(clientId)}'&$select=id,appId` },
      binds: [
        {
          name: 'APP_OBJECT_ID',
          query: 'value[0].id',
          required: `No app registration with client ID ${clientId} in this tenant: check the client ID, and sign in to the tenant the app is registered in.`,
        },
        { name: 'CLIENT_ID', query: 'value[0].appId' },
      ],
    },
  };
}

/** A JMESPath raw string literal. */
const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/**
 * JMESPath that prints the kept items of a list as JSON text, each followed by a comma, so that a body template can put
 * them in front of the plan's own (`[${KEPT}{…}]`): a PATCH replaces a list, and the plan adds without removing.
 */
const keptItems = (list: string, item = 'to_string(@)') => `join('', ${list}.join('', [${item}, ',']))`;

function configureStep(input: PlanInput, permissions: Permission[]): PlanStep[] {
  const { redirects, publicClient } = FLOWS[input.flowId];
  const web = redirects.web && input.redirectUri ? [input.redirectUri] : [];
  const spa = redirects.spa ? [input.wizardAddress] : [];
  const apis = [...new Set(permissions.map((permission) => permission.api))];
  const ids = (api: Permission['api']) =>
    permissions.flatMap((permission, index) =>
      permission.api === api ? [{ index, type: permission.type === 'Application' ? 'Role' : 'Scope' }] : [],
    );
  const checks = [
    ...web.map((uri) => `contains(web.redirectUris, ${literal(uri)})`),
    ...spa.map((uri) => `contains(spa.redirectUris, ${literal(uri)})`),
    ...(publicClient ? ['isFallbackPublicClient'] : []),
    ...permissions.map(
      (permission, index) =>
        `contains(requiredResourceAccess[?resourceAppId=='${API_APP_IDS[permission.api]}'].resourceAccess[].id, '${ref(permissionVariable(index))}')`,
    ),
  ];
  const keepUris = (name: 'web' | 'spa', ours: string[]) => ({
    name: name === 'web' ? ('KEPT_WEB_URIS' as const) : ('KEPT_SPA_URIS' as const),
    query: keptItems(`${name}.redirectUris[?${ours.map((uri) => `@ != ${literal(uri)}`).join(' && ')}]`, `join('', ['"', @, '"'])`),
  });
  const keptApis = {
    name: 'KEPT_OTHER_APIS' as const,
    query: keptItems(
      `requiredResourceAccess[?${apis.map((api) => `resourceAppId != '${API_APP_IDS[api]}'`).join(' && ') || "resourceAppId != ''"}]`,
    ),
  };
  const keptAccess = apis.map((api) => ({
    name: familyVar.keptAccess(api),
    query: keptItems(
      `requiredResourceAccess[?resourceAppId == '${API_APP_IDS[api]}'].resourceAccess[] | [?${ids(api)
        .map(({ index }) => `id != '${ref(permissionVariable(index))}'`)
        .join(' && ')}]`,
    ),
  }));
  const binds = [
    { name: 'CONFIGURED' as const, query: checks.length ? `(${checks.join(' && ')}) && 'yes'` : "'yes'" },
    ...(web.length ? [keepUris('web', web)] : []),
    ...(spa.length ? [keepUris('spa', spa)] : []),
    ...(apis.length ? [keptApis, ...keptAccess] : []),
  ];
  const list = (kept: VarName, items: string[]) => `[${ref(kept)}${items.join(',')}]`;
  const body = [
    ...(web.length
      ? [
          `"web":{"redirectUris":${list(
            'KEPT_WEB_URIS',
            web.map((uri) => JSON.stringify(uri)),
          )}}`,
        ]
      : []),
    ...(spa.length
      ? [
          `"spa":{"redirectUris":${list(
            'KEPT_SPA_URIS',
            spa.map((uri) => JSON.stringify(uri)),
          )}}`,
        ]
      : []),
    ...(publicClient ? ['"isFallbackPublicClient":true'] : []),
    ...(apis.length
      ? [
          `"requiredResourceAccess":${list(
            'KEPT_OTHER_APIS',
            apis.map(
              (api) =>
                `{"resourceAppId":"${API_APP_IDS[api]}","resourceAccess":${list(
                  familyVar.keptAccess(api),
                  ids(api).map(({ index, type }) => `{"id":"${ref(permissionVariable(index))}","type":"${type}"}`),
                )}}`,
            ),
          )}`,
        ]
      : []),
  ];
  const parts = [
    web.length ? `Web redirect URI ${web.join(', ')}` : '',
    spa.length ? "the wizard's single-page-application redirect URI" : '',
    publicClient ? 'public client flows' : '',
    permissions.length ? 'API permissions' : '',
  ].filter(Boolean);
  // An app whose rights are roles needs nothing set: no step.
  if (!body.length) return [];
  return [
    {
      id: 'configure',
      title: `Set ${parts.join(', ')} on the app`,
      look: {
        call: {
          api: 'graph',
          method: 'GET',
          path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=web,spa,isFallbackPublicClient,requiredResourceAccess`,
        },
        binds,
      },
      // Adds to what the app already has (redirect URIs, other APIs' permissions), as the portal would.
      make: {
        call: { api: 'graph', method: 'PATCH', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}`, body: `{${body.join(',')}}` },
        binds: [],
      },
    },
  ];
}

function servicePrincipalStep(): PlanStep {
  return {
    id: 'service-principal',
    title: "Create the app's service principal (enterprise application)",
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/servicePrincipals?$filter=appId%20eq%20'${ref('CLIENT_ID')}'&$select=id` },
      binds: [{ name: 'SP_ID', query: 'value[0].id' }],
    },
    make: {
      call: { api: 'graph', method: 'POST', path: '/v1.0/servicePrincipals', body: { appId: ref('CLIENT_ID') } },
      binds: [{ name: 'SP_ID', query: 'id' }],
    },
  };
}

/** Admin consent to an application permission is an app role assignment on the app's service principal. */
function appRoleStep(permission: Permission, index: number): PlanStep {
  const role = ref(permissionVariable(index));
  const resource = ref(apiVariable(permission.api));
  return {
    id: `grant-${index + 1}`,
    title: `Grant ${permission.api}'s application permission ${permission.name} (admin consent)`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/servicePrincipals/${ref('SP_ID')}/appRoleAssignments` },
      binds: [{ name: familyVar.assignment(index), query: `value[?appRoleId=='${role}' && resourceId=='${resource}'].id | [0]` }],
    },
    make: {
      call: {
        api: 'graph',
        method: 'POST',
        path: `/v1.0/servicePrincipals/${ref('SP_ID')}/appRoleAssignments`,
        body: { principalId: ref('SP_ID'), resourceId: resource, appRoleId: role },
      },
      binds: [{ name: familyVar.assignment(index), query: 'id' }],
    },
  };
}

/** Admin consent to delegated permissions is one oauth2PermissionGrant per API, for all users. */
function delegatedSteps(delegated: Permission[]): PlanStep[] {
  const apis = [...new Set(delegated.map((permission) => permission.api))];
  return apis.flatMap((api) => {
    const names = delegated.filter((permission) => permission.api === api).map((permission) => permission.name);
    const resource = ref(apiVariable(api));
    const grant = familyVar.grant(api);
    const scope = names.join(' ');
    // A grant's scope is one space-separated string: pad it so that "User.Read" does not match "User.ReadWrite.All".
    const covers = names.map((name) => `contains(join(' ', ['', scope, '']), ' ${name} ')`).join(' && ');
    const byUser = names.filter((name) => !isOidcScope(name));
    const grantCall: Call = {
      call: {
        api: 'graph',
        method: 'POST',
        path: '/v1.0/oauth2PermissionGrants',
        body: { clientId: ref('SP_ID'), consentType: 'AllPrincipals', resourceId: resource, scope },
      },
      binds: [{ name: grant, query: 'id' }],
    };
    return [
      {
        id: `consent-${slug(api).toLowerCase()}`,
        title: `Grant ${api}'s delegated permissions ${(byUser.length ? byUser : names).join(', ')} for all users (admin consent)`,
        look: {
          call: {
            api: 'graph',
            method: 'GET',
            path: `/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20'${ref('SP_ID')}'%20and%20resourceId%20eq%20'${resource}'`,
          },
          binds: [{ name: grant, query: 'value[0].id' }],
        },
        make: grantCall,
      },
      {
        id: `consent-${slug(api).toLowerCase()}-scope`,
        title: `Check that the consent to ${api} covers ${names.join(', ')}`,
        look: {
          call: { api: 'graph', method: 'GET', path: `/v1.0/oauth2PermissionGrants/${ref(grant)}` },
          binds: [
            { name: `${grant}_COVERS` as const, query: `(${covers}) && 'yes'` },
            { name: `${grant}_SCOPE` as const, query: 'scope' },
          ],
        },
        make: {
          call: {
            api: 'graph',
            method: 'PATCH',
            path: `/v1.0/oauth2PermissionGrants/${ref(grant)}`,
            body: { scope: `${ref(`${grant}_SCOPE`)} ${scope}` },
          },
          binds: [],
        },
      },
    ];
  });
}

function roleSteps(scope: string, roleName: string): PlanStep[] {
  const base = `${scope}/providers/Microsoft.Authorization`;
  return [
    {
      id: 'role-definition',
      title: `Find the Azure role ${roleName}`,
      look: {
        call: {
          api: 'arm',
          method: 'GET',
          path: `${base}/roleDefinitions?$filter=roleName%20eq%20'${odata(roleName)}'&api-version=${ARM_API_VERSION}`,
        },
        binds: [
          {
            name: 'ROLE_DEFINITION_ID',
            query: 'value[0].id',
            required: `No Azure role named ${roleName} at ${scope}: check the name (e.g. Contributor, Reader) and the subscription ID.`,
          },
        ],
      },
    },
    {
      id: 'role-assignment',
      title: `Assign ${roleName} on ${scope}`,
      look: {
        call: {
          api: 'arm',
          method: 'GET',
          path: `${base}/roleAssignments?$filter=principalId%20eq%20'${ref('SP_ID')}'&api-version=${ARM_API_VERSION}`,
        },
        binds: [
          {
            name: 'ROLE_ASSIGNMENT_ID',
            query: `value[?properties.roleDefinitionId=='${ref('ROLE_DEFINITION_ID')}' && properties.scope=='${scope}'].id | [0]`,
          },
        ],
      },
      make: {
        call: {
          api: 'arm',
          method: 'PUT',
          path: `${base}/roleAssignments/${ref('ASSIGNMENT_NAME')}?api-version=${ARM_API_VERSION}`,
          body: {
            properties: { roleDefinitionId: ref('ROLE_DEFINITION_ID'), principalId: ref('SP_ID'), principalType: 'ServicePrincipal' },
          },
        },
        binds: [{ name: 'ROLE_ASSIGNMENT_ID', query: 'id' }],
        // A new service principal takes a while to reach Resource Manager.
        retry: {
          times: 10,
          delayMs: 10_000,
          on: ['PrincipalNotFound'],
          waitingFor: 'the new service principal to reach Azure Resource Manager',
        },
      },
    },
  ];
}
