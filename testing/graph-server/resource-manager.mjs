// Azure Resource Manager's role-based access control for one subscription, as its REST API documents it: role
// definitions looked up by name, role assignments listed by principal and created with PUT. Creating an assignment
// needs Microsoft.Authorization/roleAssignments/write: the signed-in user must be Owner or User Access Administrator
// at or above the scope; the principal must exist in the directory.
import { TENANT_ID } from './directory.mjs';
import { createBotService, handleBotService } from './bot-service.mjs';

export const SUBSCRIPTION_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const RESOURCE_GROUP = 'xsoar-rg';

const BUILT_IN_ROLES = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'Storage Account Contributor': '17d1049b-9a84-46fb-8f53-869881c3d3ab',
  'Microsoft Sentinel Contributor': 'ab8e14d6-4a74-4a29-9ba8-549422addade',
};
const MAY_ASSIGN = [BUILT_IN_ROLES.Owner, BUILT_IN_ROLES['User Access Administrator']];
/** The actions each built-in role allows, as Microsoft's built-in roles reference lists them (the part the stand-in checks). */
const ROLE_ACTIONS = {
  [BUILT_IN_ROLES.Owner]: ['*'],
  [BUILT_IN_ROLES.Contributor]: ['*'],
  [BUILT_IN_ROLES.Reader]: ['*/read'],
  [BUILT_IN_ROLES['User Access Administrator']]: ['*/read', 'Microsoft.Authorization/*'],
  [BUILT_IN_ROLES['Storage Account Contributor']]: [
    'Microsoft.Authorization/*/read',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    'Microsoft.Storage/storageAccounts/*',
  ],
  [BUILT_IN_ROLES['Microsoft Sentinel Contributor']]: [
    'Microsoft.Authorization/*/read',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    'Microsoft.SecurityInsights/*',
    'Microsoft.OperationalInsights/workspaces/read',
  ],
};
/** The Log Analytics workspace Sentinel runs on, in the stand-in's resource group. */
export const WORKSPACE = 'soc-workspace';

const allows = (pattern, action) =>
  pattern === '*' ||
  (pattern === '*/read' && action.endsWith('/read')) ||
  (pattern.endsWith('/*') ? action.startsWith(pattern.slice(0, -1)) : pattern.toLowerCase() === action.toLowerCase()) ||
  (pattern.startsWith('Microsoft.Authorization/*/') && action.startsWith('Microsoft.Authorization/') && action.endsWith(pattern.slice(25)));

export class ArmError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const subscriptionScope = `/subscriptions/${SUBSCRIPTION_ID}`;
const definitionId = (roleGuid) => `${subscriptionScope}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;

export function createResourceManager() {
  return {
    assignments: [
      // The admins own the subscription (a user's object ID is the token's subject here).
      ...['admin@contoso.test', 'cloud-shell-admin@contoso.test', 'product-admin@contoso.test', 'teams-admin@contoso.test'].map(
        (principalId) => ({
          name: `owner-${principalId}`,
          scope: subscriptionScope,
          principalId,
          principalType: 'User',
          role: BUILT_IN_ROLES.Owner,
        }),
      ),
    ],
    botService: createBotService(),
  };
}

const assignmentBody = (assignment) => ({
  id: `${assignment.scope}/providers/Microsoft.Authorization/roleAssignments/${assignment.name}`,
  name: assignment.name,
  type: 'Microsoft.Authorization/roleAssignments',
  properties: {
    roleDefinitionId: definitionId(assignment.role),
    principalId: assignment.principalId,
    principalType: assignment.principalType,
    scope: assignment.scope,
  },
});

/** Whether `outer` is `inner` or one of its parents. */
const covers = (outer, inner) => inner.toLowerCase() === outer.toLowerCase() || inner.toLowerCase().startsWith(`${outer.toLowerCase()}/`);

/**
 * Role-based access control: whether a role assigned to the principal at or above the scope allows the action; else
 * Resource Manager's AuthorizationFailed, worded as it words it.
 */
function authorize(state, { user, client }, action, scope) {
  const allowed = state.assignments.some(
    (assignment) =>
      assignment.principalId === user &&
      covers(assignment.scope, scope) &&
      (ROLE_ACTIONS[assignment.role] ?? []).some((pattern) => allows(pattern, action)),
  );
  if (!allowed)
    throw new ArmError(
      403,
      'AuthorizationFailed',
      `The client '${client}' with object id '${user}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
}

/**
 * @param {ReturnType<typeof createResourceManager>} state
 * @param {ReturnType<import('./directory.mjs').createDirectory>} directory
 * @param {{ method: string, path: string, query: URLSearchParams, body: any, user: string }} request
 */
export function handleResourceManager(state, directory, { method, path, query, body, user, client = user }) {
  if (!query.get('api-version'))
    throw new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  const caller = { user, client };
  // Resource Graph's operations list: any signed-in caller.
  if (/^\/providers\/Microsoft\.ResourceGraph\/operations$/i.test(path) && method === 'GET')
    return {
      status: 200,
      body: {
        value: [
          {
            name: 'Microsoft.ResourceGraph/resources/read',
            display: {
              provider: 'Microsoft Resource Graph',
              resource: 'Resources',
              operation: 'Query resources',
              description: 'Submits a query on resources within specified subscriptions, management groups or tenant scope.',
            },
          },
        ],
      },
    };
  const groups = /^\/subscriptions\/([^/]+)\/resourcegroups\/?$/i.exec(path);
  if (groups && method === 'GET') {
    if (groups[1]?.toLowerCase() !== SUBSCRIPTION_ID)
      throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${groups[1]}' could not be found.`);
    authorize(state, caller, 'Microsoft.Resources/subscriptions/resourceGroups/read', subscriptionScope);
    const all = [
      {
        id: `${subscriptionScope}/resourceGroups/${RESOURCE_GROUP}`,
        name: RESOURCE_GROUP,
        type: 'Microsoft.Resources/resourceGroups',
        location: 'eastus',
        properties: { provisioningState: 'Succeeded' },
      },
    ];
    const top = Number(query.get('$top') ?? all.length);
    return { status: 200, body: { value: all.slice(0, top) } };
  }
  const incidents =
    /^(\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.OperationalInsights\/workspaces\/([^/]+))\/providers\/Microsoft\.SecurityInsights\/incidents$/i.exec(
      path,
    );
  if (incidents && method === 'GET') {
    const [, workspaceScope = '', subscription = '', group = '', workspace = ''] = incidents;
    if (subscription.toLowerCase() !== SUBSCRIPTION_ID)
      throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscription}' could not be found.`);
    if (group.toLowerCase() !== RESOURCE_GROUP)
      throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
    if (workspace.toLowerCase() !== WORKSPACE)
      throw new ArmError(
        404,
        'ResourceNotFound',
        `The Resource 'Microsoft.OperationalInsights/workspaces/${workspace}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      );
    authorize(state, caller, 'Microsoft.SecurityInsights/incidents/read', workspaceScope);
    return { status: 200, body: { value: [] } };
  }
  if (path === '/subscriptions' && method === 'GET')
    return {
      status: 200,
      body: {
        value: [
          {
            id: subscriptionScope,
            subscriptionId: SUBSCRIPTION_ID,
            tenantId: TENANT_ID,
            displayName: 'Contoso (local stand-in)',
            state: 'Enabled',
            subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
            authorizationSource: 'RoleBased',
          },
        ],
      },
    };
  if (path === '/tenants' && method === 'GET')
    return { status: 200, body: { value: [{ id: `/tenants/${TENANT_ID}`, tenantId: TENANT_ID }] } };

  const bots = handleBotService(
    state.botService,
    directory,
    { method, path, query, body, user },
    {
      subscriptionScope,
      resourceGroups: [RESOURCE_GROUP],
      tenantId: TENANT_ID,
      authorize: (action, scope) => authorize(state, caller, action, scope),
      mayRead: (action, scope) => {
        try {
          authorize(state, caller, action, scope);
          return true;
        } catch {
          return false;
        }
      },
      fail: (status, code, message) => {
        throw new ArmError(status, code, message);
      },
    },
  );
  if (bots) return bots;

  const match =
    /^(\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?)\/providers\/Microsoft\.Authorization\/(roleDefinitions|roleAssignments)(?:\/([^/]+))?$/i.exec(
      path,
    );
  if (!match) throw new ArmError(404, 'InvalidResourceType', `The resource type could not be found for the path '${path}'.`);
  const [, scope = '', subscription = '', group, kind, name] = match;
  if (subscription.toLowerCase() !== SUBSCRIPTION_ID)
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscription}' could not be found.`);
  if (group && group.toLowerCase() !== RESOURCE_GROUP)
    throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
  const filter = /^(\w+) eq '([^']*)'$/.exec(query.get('$filter') ?? '');

  if (kind === 'roleDefinitions' && method === 'GET' && !name) {
    const roles = Object.entries(BUILT_IN_ROLES).filter(([roleName]) => !filter || (filter[1] === 'roleName' && roleName === filter[2]));
    return {
      status: 200,
      body: {
        value: roles.map(([roleName, roleGuid]) => ({
          id: definitionId(roleGuid),
          name: roleGuid,
          type: 'Microsoft.Authorization/roleDefinitions',
          properties: { roleName, type: 'BuiltInRole', assignableScopes: ['/'] },
        })),
      },
    };
  }
  if (kind === 'roleAssignments' && method === 'GET' && !name) {
    authorize(state, caller, 'Microsoft.Authorization/roleAssignments/read', scope);
    const visible = state.assignments.filter(
      (assignment) =>
        (covers(assignment.scope, scope) || covers(scope, assignment.scope)) &&
        (!filter || (filter[1] === 'principalId' && assignment.principalId === filter[2])),
    );
    return { status: 200, body: { value: visible.map(assignmentBody) } };
  }
  if (kind === 'roleAssignments' && method === 'PUT' && name) {
    const mayWrite = state.assignments.some(
      (assignment) => assignment.principalId === user && covers(assignment.scope, scope) && MAY_ASSIGN.includes(assignment.role),
    );
    if (!mayWrite)
      throw new ArmError(
        403,
        'AuthorizationFailed',
        `The client '${user}' with object id '${user}' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${scope}/providers/Microsoft.Authorization/roleAssignments/${name}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      );
    const properties = body?.properties ?? {};
    const role = Object.values(BUILT_IN_ROLES).find(
      (roleGuid) => definitionId(roleGuid).toLowerCase() === String(properties.roleDefinitionId).toLowerCase(),
    );
    if (!role)
      throw new ArmError(
        400,
        'RoleDefinitionDoesNotExist',
        `The specified role definition with ID '${properties.roleDefinitionId}' does not exist.`,
      );
    const principal = directory.servicePrincipals.find((sp) => sp.id === properties.principalId);
    if (!principal)
      throw new ArmError(
        400,
        'PrincipalNotFound',
        `Principal ${String(properties.principalId).replace(/-/g, '')} does not exist in the directory ${TENANT_ID}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay.`,
      );
    if (
      state.assignments.some(
        (assignment) =>
          assignment.principalId === principal.id && assignment.role === role && assignment.scope.toLowerCase() === scope.toLowerCase(),
      )
    )
      throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
    const assignment = {
      name,
      scope,
      principalId: principal.id,
      principalType: 'ServicePrincipal',
      role,
    };
    state.assignments.push(assignment);
    directory.changes.push({ user, change: `PUT ${path}: assigned a role to ${principal.displayName}` });
    return { status: 201, body: assignmentBody(assignment) };
  }
  throw new ArmError(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
}
