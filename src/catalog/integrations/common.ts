import type { FlowId, FlowSupport, InstanceParameter, ParameterType, Permission, SignInRequest } from '../types';

/** The optional user-assigned identity of the shared Microsoft auth module: empty means the system-assigned one. */
export const managedIdentityClientId: InstanceParameter = {
  name: 'managed_identities_client_id',
  label: 'Azure Managed Identities Client ID',
  secret: false,
  type: 9,
  part: 'password',
  source: { from: 'admin', placeholder: 'Leave empty for the system-assigned identity' },
  flows: ['managed-identity'],
};

/** "Use Azure Managed Identities" and its client ID, for integrations that switch managed identities on by a checkbox. */
export const managedIdentityParameters: InstanceParameter[] = [
  {
    name: 'use_managed_identities',
    label: 'Use Azure Managed Identities',
    secret: false,
    type: 8,
    source: { from: 'flow-choice', values: { 'managed-identity': 'true' } },
    flows: ['managed-identity'],
  },
  managedIdentityClientId,
];

/** The self-deployed checkbox; its label differs slightly between integrations. */
export function selfDeployed(label: string): InstanceParameter {
  return { name: 'self_deployed', label, secret: false, type: 8, source: { from: 'self-deployed' } };
}

/** A default subscription ID: only the admin knows it, and it is a GUID. */
export const SUBSCRIPTION_PLACEHOLDER = 'Azure portal › Subscriptions';
export const SUBSCRIPTION_SOURCE: InstanceParameter['source'] = {
  from: 'admin',
  placeholder: SUBSCRIPTION_PLACEHOLDER,
  format: 'guid',
};

/** The "Azure Cloud" choices of the shared auth module; some integrations add "Custom". */
export const AZURE_CLOUD_OPTIONS = ['Worldwide', 'US GCC', 'US GCC-High', 'DoD', 'Germany', 'China'];

/** The shared auth module's "Azure Cloud" select; `withCustom` where the definition lists "Custom" too. */
export function azureCloudSelect({ withCustom }: { withCustom: boolean }): InstanceParameter {
  return {
    name: 'azure_cloud',
    label: 'Azure Cloud',
    secret: false,
    type: 15,
    options: withCustom ? [...AZURE_CLOUD_OPTIONS, 'Custom'] : AZURE_CLOUD_OPTIONS,
    source: { from: 'cloud-label' },
  };
}

/**
 * The "Default Subscription ID" and "Default Resource Group Name" of the Azure management integrations, in that
 * order; `resources` names what the resource group holds.
 */
export function defaultSubscriptionAndResourceGroup({
  resources,
  required,
  note,
}: {
  resources: string;
  required?: true;
  note?: string;
}): InstanceParameter[] {
  const shared = { secret: false, type: 0 as const, ...(required ? { required } : {}), ...(note ? { note } : {}) };
  return [
    { name: 'subscription_id', label: 'Default Subscription ID', ...shared, source: SUBSCRIPTION_SOURCE },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      ...shared,
      source: { from: 'admin', placeholder: `The resource group of the ${resources}` },
    },
  ];
}

/** The "Azure AD endpoint" choices of integrations that pick the login host from a list. */
const LOGIN_ENDPOINT_OPTIONS = [
  'https://login.microsoftonline.com',
  'https://login.microsoftonline.us',
  'https://login.microsoftonline.de',
  'https://login.chinacloudapi.cn',
];

/**
 * What the Azure management integrations ask for (their SCOPE_BY_CONNECTION): an authorization code is redeemed for
 * `{management}/.default`; device code asks for user_impersonation, offline_access and user.read.
 */
const MANAGEMENT_AUTH_CODE_SIGN_IN: SignInRequest = { endpoint: 'v2', scopes: ['offline_access', '{resourceManager}/.default'] };
const MANAGEMENT_DEVICE_CODE_SIGN_IN: SignInRequest = {
  endpoint: 'v2',
  scopes: ['{resourceManager}/user_impersonation', 'offline_access', 'user.read'],
};
export const MANAGEMENT_USER_IMPERSONATION: Permission = { api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' };
export const GRAPH_USER_READ: Permission = { api: 'Microsoft Graph', name: 'User.Read', type: 'Delegated' };
const MANAGEMENT_DEVICE_CODE_PERMISSIONS: Permission[] = [MANAGEMENT_USER_IMPERSONATION, GRAPH_USER_READ];

/** The app's "Application ID" parameter, for the flows that use the integration's own app registration. */
export function applicationId(flows: FlowId[], label = 'Application ID'): InstanceParameter {
  return { name: 'app_id', label, secret: false, type: 0, source: { from: 'client-id' }, flows };
}

/** Redirect URI and authorization code of the authorization-code flow; newer definitions make the code a credentials field (type 9). */
export function redirectAndCode({
  redirectLabel,
  codeLabel = 'Authorization code',
  codeName = 'auth_code',
  codeType,
}: {
  redirectLabel: string;
  codeLabel?: string;
  /** e.g. credentials_auth_code, where the definition names the code's credentials field so. */
  codeName?: string;
  codeType: 0 | 4 | 9;
}): InstanceParameter[] {
  return [
    { name: 'redirect_uri', label: redirectLabel, secret: false, type: 0, source: { from: 'redirect-uri' }, flows: ['auth-code'] },
    {
      name: codeName,
      label: codeLabel,
      secret: false,
      type: codeType,
      ...(codeType === 9 ? { part: 'password' as const } : {}),
      source: { from: 'auth-code' },
      flows: ['auth-code'],
    },
  ];
}

/**
 * Tenant, secret, redirect URI and authorization code of the integrations that pick their flow with an
 * "Authentication Type" select. In their definitions the secret and the code are credentials fields (type 9).
 */
export function userAuthParameters({
  labelSuffix = '',
  secretFlows,
  redirectLabel = `Application redirect URI${labelSuffix}`,
}: {
  /** e.g. " (for user-auth mode)", as some definitions label these fields. */
  labelSuffix?: string;
  redirectLabel?: string;
  /** The flows that send the tenant and secret: the authorization code, and client credentials where offered. */
  secretFlows: FlowId[];
}): InstanceParameter[] {
  return [
    { name: 'tenant_id', label: `Tenant ID${labelSuffix}`, secret: false, type: 0, source: { from: 'tenant-id' }, flows: secretFlows },
    {
      name: 'credentials',
      label: `Client Secret${labelSuffix}`,
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: secretFlows,
    },
    ...redirectAndCode({ redirectLabel, codeType: 9 }),
  ];
}

/** An "Authentication Type" select: the product's option for each flow the integration offers. */
export function authenticationType(
  values: Partial<Record<FlowId, string>>,
  { name = 'auth_type', required = false }: { name?: 'auth_type' | 'authentication_type' | 'auth_mode'; required?: boolean } = {},
): InstanceParameter {
  return {
    name,
    label: 'Authentication Type',
    secret: false,
    type: 15,
    ...(required ? { required } : {}),
    options: Object.values(values),
    source: { from: 'flow-choice', values },
  };
}

/** The "Azure AD endpoint" text parameter: any login host, which the code uses with its "Custom" Azure Cloud. */
export const AZURE_AD_ENDPOINT_TEXT: InstanceParameter = {
  name: 'azure_ad_endpoint',
  label: 'Azure AD endpoint',
  secret: false,
  type: 0,
  source: { from: 'cloud-host', host: 'login' },
};

/** The "Azure AD endpoint" select of integrations that pick the login host from a list. */
export const AZURE_AD_ENDPOINT_SELECT: InstanceParameter = {
  name: 'azure_ad_endpoint',
  label: 'Azure AD endpoint',
  secret: false,
  type: 15,
  options: LOGIN_ENDPOINT_OPTIONS,
  source: { from: 'cloud-host', host: 'login' },
};

/** Tenant ID and client secret (a credentials-type field) used only by the client-credentials flow. */
export function clientCredentialsParameters({
  labelSuffix,
  secretName = 'credentials',
}: {
  /** e.g. " (for Client Credentials mode)". */
  labelSuffix: string;
  secretName?: 'credentials' | 'client_secret';
}): InstanceParameter[] {
  return [
    {
      name: 'tenant_id',
      label: `Tenant ID${labelSuffix}`,
      secret: false,
      type: 0,
      source: { from: 'tenant-id' },
      flows: ['client-credentials'],
    },
    {
      name: secretName,
      label: `Client Secret${labelSuffix}`,
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
  ];
}

/** The authorization-code flow of an Azure management integration whose commands start with `commandPrefix`. */
export function managementAuthCodeFlow(commandPrefix: string, extraPermissions: Permission[] = []): FlowSupport {
  return {
    id: 'auth-code',
    recommended: true,
    signIn: MANAGEMENT_AUTH_CODE_SIGN_IN,
    permissions: [MANAGEMENT_USER_IMPERSONATION, ...extraPermissions],
    nextCommands: [`!${commandPrefix}-auth-test`],
  };
}

/** The device-code flow of an Azure management integration: the vendor's app by default, then start/complete/test. */
export function managementDeviceCodeFlow(commandPrefix: string, defaultAppId: string, recommended = false): FlowSupport {
  return {
    id: 'device-code',
    ...(recommended ? { recommended } : {}),
    defaultAppId,
    signIn: MANAGEMENT_DEVICE_CODE_SIGN_IN,
    permissions: MANAGEMENT_DEVICE_CODE_PERMISSIONS,
    nextCommands: [`!${commandPrefix}-auth-start`, `!${commandPrefix}-auth-complete`, `!${commandPrefix}-auth-test`],
  };
}

/**
 * The vendor's ID / Token / Key fields: a self-deployed app's client ID, tenant ID and secret, or what the hosted
 * app's page hands back. Names and labels differ between integrations; newer definitions make them credentials
 * fields (type 9, the value in the password half), older ones text and encrypted fields.
 */
export function idTokenKey(
  [idName, tokenName, keyName]: [string, string, string],
  [idLabel, tokenLabel, keyLabel]: [string, string, string],
  { flows, types = [9, 9, 9], required }: { flows?: FlowId[]; types?: [ParameterType, ParameterType, ParameterType]; required?: true } = {},
): InstanceParameter[] {
  const scoped = { ...(flows ? { flows } : {}), ...(required ? { required } : {}) };
  const typed = (type: ParameterType) => ({ type, ...(type === 9 ? { part: 'password' as const } : {}) });
  return [
    { name: idName, label: idLabel, secret: false, ...typed(types[0]), source: { from: 'client-id' }, ...scoped },
    { name: tokenName, label: tokenLabel, secret: false, ...typed(types[1]), source: { from: 'tenant-id' }, ...scoped },
    { name: keyName, label: keyLabel, secret: true, ...typed(types[2]), source: { from: 'client-secret' }, ...scoped },
  ];
}

/** How the shared auth module's "Authentication Type" selects name each flow. */
const AUTH_TYPE_NAMES = {
  'auth-code': 'Authorization Code',
  'device-code': 'Device Code',
  'client-credentials': 'Client Credentials',
  'managed-identity': 'Azure Managed Identities',
} as const satisfies Partial<Record<FlowId, string>>;

/** An integration's authentication types, in the order its select lists them. */
export function authTypes(...flows: (keyof typeof AUTH_TYPE_NAMES)[]): Partial<Record<FlowId, string>> {
  return Object.fromEntries(flows.map((flow) => [flow, AUTH_TYPE_NAMES[flow]]));
}

/** The next step where the instance's own Test button proves the connection. */
export const CLICK_TEST = 'Click Test in the instance settings';

/** Graph's offline_access, which some docs list among the permissions to add. */
export const GRAPH_OFFLINE_ACCESS: Permission = { api: 'Microsoft Graph', name: 'offline_access', type: 'Delegated' };

/** Several permissions of one API and type, as the integration's docs list them. */
export function permissionsOf(api: Permission['api'], type: Permission['type'], names: string[]): Permission[] {
  return names.map((name) => ({ api, name, type }));
}

/**
 * Certificate credentials of the shared Microsoft auth module, where the integration reads them from one credentials
 * parameter `creds_certificate`: the thumbprint as its identifier, the private key (one line) as its password.
 */
export function certificateCredentials(flows: FlowId[], thumbprintLabel = 'Certificate Thumbprint'): InstanceParameter[] {
  return [
    {
      name: 'creds_certificate',
      label: thumbprintLabel,
      secret: false,
      type: 9,
      part: 'identifier',
      source: { from: 'certificate-thumbprint' },
      flows,
    },
    {
      name: 'creds_certificate',
      label: 'Private Key',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'private-key' },
      flows,
    },
  ];
}

/**
 * Certificate credentials of integrations that read the thumbprint from a parameter of its own (a credentials field
 * `credentials_certificate_thumbprint` in newer definitions, an encrypted text field `certificate_thumbprint` in older
 * ones) and the private key from the long-text field `private_key`, which keeps its line breaks.
 */
export function certificateThumbprintAndKey(
  flows: FlowId[],
  {
    thumbprintName,
    thumbprintType,
    keyType = 14,
  }: {
    thumbprintName: 'credentials_certificate_thumbprint' | 'cred_certificate_thumbprint' | 'certificate_thumbprint';
    thumbprintType: 0 | 4 | 9 | 14;
    keyType?: 4 | 12 | 14;
  },
): InstanceParameter[] {
  return [
    {
      name: thumbprintName,
      label: 'Certificate Thumbprint',
      secret: false,
      type: thumbprintType,
      ...(thumbprintType === 9 ? { part: 'password' as const } : {}),
      source: { from: 'certificate-thumbprint' },
      flows,
    },
    { name: 'private_key', label: 'Private Key', secret: true, type: keyType, source: { from: 'private-key' }, flows },
  ];
}

/** Defender for Endpoint's "Endpoint Type": its API (and, through MicrosoftApiModule, the login host) per cloud. */
export const DEFENDER_ENDPOINT_TYPE: InstanceParameter = {
  name: 'endpoint_type',
  label: 'Endpoint Type',
  secret: false,
  type: 15,
  options: ['Worldwide', 'EU Geo Proximity', 'UK Geo Proximity', 'US Geo Proximity', 'US GCC', 'US GCC-High', 'DoD', 'Custom'],
  source: {
    from: 'cloud-option',
    values: { global: 'Worldwide', gcc: 'US GCC', 'gcc-high': 'US GCC-High', dod: 'DoD', custom: 'Custom' },
  },
};
