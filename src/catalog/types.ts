import type { Source } from './fix';

/** The ways an instance can authenticate; the ids are also the `flow=` values of deep links. */
export const FLOW_IDS = ['xsoar-app', 'auth-code', 'client-credentials', 'device-code', 'managed-identity'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export const CLOUD_IDS = ['global', 'gcc', 'gcc-high', 'dod', 'china', 'custom'] as const;
export type CloudId = (typeof CLOUD_IDS)[number];

/** Hosts of a national cloud, as the product uses them. */
export interface Cloud {
  id: CloudId;
  label: string;
  /** Login authority origin, e.g. https://login.microsoftonline.com */
  login: string;
  graph: string;
  resourceManager: string;
  /** The classic Azure Service Management resource used by v1 (`resource=`) sign-ins. */
  managementV1Resource: string;
  portal: string;
  /** Log Analytics query API. */
  logAnalytics: string;
  /** Microsoft Defender for Endpoint API; empty where the cloud has none. */
  defender: string;
  /** Office 365 Management Activity API; empty where the cloud has none. */
  officeManagement: string;
  /** The value of the product's "Azure Cloud" select, where it lists this cloud. */
  productLabel?: string;
}

/** A cloud host a catalog value can refer to, so one entry works in every cloud. */
export const CLOUD_HOSTS = [
  'login',
  'graph',
  'resourceManager',
  'managementV1Resource',
  'portal',
  'logAnalytics',
  'defender',
  'officeManagement',
] as const;
export type CloudHost = (typeof CLOUD_HOSTS)[number];

export const API_NAMES = [
  'Microsoft Graph',
  'Azure Service Management',
  'Azure DevOps',
  'Office 365 Management APIs',
  'Office 365 Exchange Online',
  'Azure Data Explorer',
  'Microsoft Threat Protection',
  'WindowsDefenderATP',
  'Log Analytics API',
  'Microsoft Cloud App Security',
] as const;

export interface Permission {
  /** The API as the portal's "Request API permissions" pane names it. */
  api: (typeof API_NAMES)[number];
  name: string;
  type: 'Delegated' | 'Application';
}

/**
 * What the sign-in asks for: a v1 `resource` or v2 `scope`s. A scope names its API by a cloud host (`{graph}/.default`),
 * by the API's application ID, or by an address only the admin knows, the value of one of the integration's
 * parameters (`{value:cluster_url}/.default`); then `api` says which API that is.
 */
export type SignInRequest =
  { endpoint: 'v1'; resource: CloudHost } | { endpoint: 'v2'; scopes: string[]; api?: (typeof API_NAMES)[number] };

/** A wizard-known value that fills an instance parameter. */
export type ParameterSource =
  | { from: 'client-id' }
  | { from: 'tenant-id' }
  | { from: 'client-secret' }
  /** The SHA-1 thumbprint of the app's certificate, used instead of the secret (see `certificate`). */
  | { from: 'certificate-thumbprint' }
  /** The certificate's PEM private key: one line in a credentials field, as is in a long-text field. */
  | { from: 'private-key' }
  | { from: 'redirect-uri' }
  | { from: 'auth-code' }
  | { from: 'self-deployed' }
  /**
   * A host of the chosen cloud. `picksCloud`: the integration's code also picks its cloud (login host, token scopes)
   * from this Graph address, through MicrosoftApiModule's GRAPH_BASE_ENDPOINTS.
   */
  | { from: 'cloud-host'; host: CloudHost; picksCloud?: true }
  | { from: 'cloud-label' }
  /** A select whose options name clouds in the integration's own words (e.g. Defender's "Endpoint Type"). */
  | { from: 'cloud-option'; values: Partial<Record<CloudId, string>> }
  | { from: 'flow-choice'; values: Partial<Record<FlowId, string>> }
  | { from: 'constant'; value: string }
  /** Only the admin knows it (a subscription ID, a workspace name): the sheet asks for it. */
  | { from: 'admin'; placeholder: string; format?: 'guid' };

/**
 * A parameter's `type` in the integration's definition (its .yml). It alone decides the shape the product hands the
 * integration's code: 0 text, 4 encrypted, 12 long text and 14 encrypted long text are strings; 8 a checkbox, a
 * boolean; 9 credentials, an object `{ identifier, password }` (`params.get(name, {}).get('password')`); 15 a single
 * select, one of its options; 16 a multi select, a list of them.
 */
export const PARAMETER_TYPES = [0, 4, 8, 9, 12, 14, 15, 16] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export interface InstanceParameter {
  /** The parameter's machine name in the integration's definition. */
  name: string;
  /** The label the admin sees in the instance settings. */
  label: string;
  secret: boolean;
  /** Its type in the integration's newest definition. */
  type: ParameterType;
  /**
   * For a credentials parameter (type 9): which half this row fills, the identifier (the field's username) or the
   * password. Rows of one parameter share its machine name.
   */
  part?: 'identifier' | 'password';
  /** The options of a select, as the product lists them. */
  options?: string[];
  required?: boolean;
  source: ParameterSource;
  /** Flows that use this parameter; absent means every flow of the integration. */
  flows?: FlowId[];
  note?: string;
}

/** How an app proves itself to Entra ID: a client secret, or a certificate whose key signs a client assertion. */
export const CREDENTIAL_KINDS = ['secret', 'certificate'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export interface FlowSupport {
  id: FlowId;
  recommended?: boolean;
  signIn?: SignInRequest;
  permissions: Permission[];
  /** The API whose application permissions the admin-consent link grants (client credentials): `{host}/.default`. */
  consentResource?: CloudHost;
  /** Vendor-hosted authorization page (xsoar-app flow). */
  hostedAppUrl?: string;
  /** Default application ID of the vendor's app for this flow. */
  defaultAppId?: string;
  /** What to do in the product once the instance is saved, in order: commands (starting with "!") or instructions. */
  nextCommands: string[];
  /** The integration's own command that prints an authorize URL (authorization code), where its code has one. */
  loginUrlCommand?: string;
  /** The authorize URL's tenant where the integration's docs fix it (a v1 `common` URL); else the admin's tenant. */
  authorizeTenant?: 'common' | 'organizations';
  /** The app must accept accounts of any organization (the integration's docs say "multi-tenant"). */
  multiTenantApp?: true;
}

/**
 * An older version of an integration that signs in differently and that admins still run (content packs are pinned,
 * servers upgrade slowly): its own flows and parameters, as that version's definition and code have them.
 */
export interface OlderVersion {
  /** The `version=` value of links, e.g. `1.0`. */
  id: string;
  /** The pack versions it covers, plainly: "Versions up to 1.0.13". */
  label: string;
  /** The last pack version that signs in this way. */
  upTo: string;
  /** The integration's display name in those versions, where it differs. */
  productName?: string;
  clouds?: CloudId[];
  flows: FlowSupport[];
  parameters: InstanceParameter[];
  /** Where these facts were read: that version's definition, code and release notes. */
  sources: string[];
  resetCommand?: string;
}

/** How Teams reaches the instance: the engine's (or server's) address and the listen port, or the server's rerouting per product. */
export const ENDPOINT_ROUTES = ['engine', 'xsoar-6', 'xsoar-8', 'xsiam'] as const;
export type EndpointRoute = (typeof ENDPOINT_ROUTES)[number];

/** The Azure Bot an integration answers as (Microsoft Teams): what the registration plan creates and the checklist lists. */
export interface BotSetup {
  /** The bot's channel the integration talks through. */
  channel: 'MsTeamsChannel';
  /** The parameter holding the port the integration's web server listens on. */
  portParameter: string;
  /** The integration's command that prints the messaging endpoint once the instance is saved. */
  endpointCommand: string;
  /**
   * The messaging endpoint per route, as the integration's command and docs build it: `{engine}` host, `{port}`,
   * `{server}` origin, `{host}` (the server's host) and `{instance}` (the instance name).
   */
  endpoints: Record<EndpointRoute, string>;
  /** Text the command replaces in the server's address first, per route (XSIAM's `xdr` host becomes `crtx`). */
  rewrites?: Partial<Record<EndpointRoute, { replace: string; with: string }>>;
  /**
   * The tenant the integration's code asks the bot's Bot Framework token from: `botframework.com` is the multi-tenant
   * bots' authority, which Azure no longer creates (it creates single-tenant bots, as the plan does).
   */
  tokenTenant: 'botframework.com' | 'own';
  /** Where these facts were read. */
  sources: Source[];
}

export const AREAS = ['Security operations', 'Identity and access', 'Email and collaboration', 'Azure infrastructure'] as const;
export type Area = (typeof AREAS)[number];

export interface Integration {
  id: string;
  name: string;
  area: Area;
  /** Words admins type to find it: product names, old names, abbreviations. */
  keywords: string[];
  /** Clouds the integration supports; absent means every national cloud and custom endpoints. */
  clouds?: CloudId[];
  /** Where this entry's facts were read (vendor docs, integration definition). */
  sources: string[];
  /** The integration's display name in the product, if it differs. */
  productName: string;
  summary: string;
  flows: FlowSupport[];
  parameters: InstanceParameter[];
  docsUrl: string;
  /** Steps outside the app registration this integration needs first (e.g. a bot), shown at the top of the checklist. */
  setup?: string[];
  /** The command that clears the product's stored tokens, to authorize again after an expired or revoked token. */
  resetCommand?: string;
  /** With client credentials the app gets its rights from Azure role assignments, not API permissions (set where the area and parameters do not already say so). */
  rightsFromRoles?: true;
  /** The Azure role the app or identity needs, where the integration's docs name it. */
  role?: string;
  /** The built-in Azure role the registration plan assigns by default (the admin may name another); Contributor if absent. */
  roleName?: string;
  /** Where that role is assigned, when not in the subscription's or resource group's Access control (IAM). */
  roleAssignedIn?: string;
  /** Where the permissions come from when there is no fixed list (a generic API client): one API, and what to add of it. */
  permissionsByUse?: { api: Permission['api']; what: string };
  /** The product learns the tenant by itself (e.g. from Teams when the bot joins a team): no Tenant ID parameter. */
  tenantFromProduct?: true;
  /** An Azure Bot the integration answers as: created by the registration plan (after the app), listed by the checklist. */
  bot?: BotSetup;
  /** The definition marks the integration deprecated: what the vendor says, and the entry that replaces it. */
  deprecated?: { note: string; replacedBy?: string };
  /** The first pack version the entry's flows and parameters describe, where older versions sign in differently. */
  currentSince?: string;
  /** Older versions that sign in differently, newest first; the entry itself is the current version. */
  olderVersions?: OlderVersion[];
  /**
   * What the newest definition offers that the wizard leaves out on purpose, with the reason (its code refuses it, or
   * it is not a sign-in value): `npm run catalog:drift` names these apart from differences.
   */
  leftOut?: { parameters?: string[]; flows?: FlowId[]; why: string }[];
  /** Set on the entry `findIntegration` returns for an older version: which one it describes. */
  version?: OlderVersion;
}
