import { isOidcScope } from './apis';
import { acceptsCertificate, credentialFor } from './credentials';
import { FLOWS } from './flows';
import { SUBSCRIPTION_PLACEHOLDER } from './integrations/common.ts';
import {
  ENDPOINT_ROUTES,
  type Cloud,
  type CredentialKind,
  type EndpointRoute,
  type FlowId,
  type FlowSupport,
  type InstanceParameter,
  type Integration,
  type Permission,
} from './types';

export interface ChecklistItem {
  text: string;
  link?: { href: string; label: string };
}

export type Blade = 'Overview' | 'CallAnAPI' | 'Authentication' | 'Credentials';
const BLADE_LABELS: Record<Blade, string> = {
  Overview: 'Overview',
  CallAnAPI: 'API permissions',
  Authentication: 'Authentication',
  Credentials: 'Certificates & secrets',
};

/** A link into the Azure portal: the app's own blade when its client ID is known, else the app registrations list. */
export function portalLink(portal: string, blade: Blade, clientId?: string): { href: string; label: string } {
  if (!clientId) return { href: `${portal}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`, label: 'App registrations' };
  return {
    href: `${portal}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${blade}/appId/${encodeURIComponent(clientId)}`,
    label: `Open ${BLADE_LABELS[blade]}`,
  };
}

/** A subscription ID among the parameters means Azure Resource Manager, whose rights are roles. */
function asksForSubscription(parameter: InstanceParameter): boolean {
  return (
    /subscription/i.test(parameter.name) ||
    /subscription/i.test(parameter.label) ||
    (parameter.source.from === 'admin' && parameter.source.placeholder === SUBSCRIPTION_PLACEHOLDER)
  );
}

/**
 * Whether a client-credentials app gets its rights from Azure role assignments (Azure resources) rather than from
 * API permissions an admin consents to.
 */
export function usesRoleAssignments(integration: Integration, flow: FlowSupport): boolean {
  return (
    integration.rightsFromRoles === true ||
    integration.area === 'Azure infrastructure' ||
    (!flow.permissions.length && integration.parameters.some(asksForSubscription))
  );
}

/**
 * What the chosen flow needs before it can work, in the order an admin does it: the integration's own set-up (a bot,
 * say) where an app registration is involved, then the app registration.
 */
export function registrationChecklist(
  integration: Integration,
  flowId: FlowId,
  cloud?: Cloud,
  clientId?: string,
  credential?: AppCredential,
): ChecklistItem[] {
  const steps = appRegistrationSteps(integration, flowId, cloud, clientId, credential);
  if (!steps.length || FLOWS[flowId].registers !== 'app') return steps;
  return [...botSteps(integration, clientId), ...(integration.setup ?? []).map((text) => ({ text })), ...steps];
}

const ROUTE_WORDS: Record<EndpointRoute, string> = {
  engine: 'through an engine (or the server itself, on the listen port)',
  'xsoar-6': 'Cortex XSOAR 6 rerouting',
  'xsoar-8': 'Cortex XSOAR 8 rerouting',
  xsiam: 'Cortex XSIAM rerouting',
};

/** The Azure Bot the integration answers as, in the portal's words (the registration plan can create it instead). */
function botSteps(integration: Integration, clientId?: string): ChecklistItem[] {
  const { bot } = integration;
  if (!bot) return [];
  const forms = ENDPOINT_ROUTES.map((route) => `${bot.endpoints[route]} (${ROUTE_WORDS[route]})`).join('; ');
  return [
    {
      text: `Create an Azure Bot (Azure portal › Create › Azure Bot, or let Register the app create it): Type of App Single Tenant (Azure no longer creates Multi Tenant bots), Creation type Use existing app registration, App ID ${clientId ?? "this app's client ID"}, App tenant ID your tenant ID.`,
    },
    {
      text: `In the bot’s Configuration, set the Messaging endpoint (https only): ${forms}. Once the instance is saved, ${bot.endpointCommand} prints it.`,
    },
    { text: 'In the bot’s Channels, add Microsoft Teams (Available Channels › Microsoft Teams › Agree › Apply).' },
  ];
}

/** APIs the portal lists under "APIs my organization uses" rather than "Microsoft APIs". */
const FOUND_UNDER_ORGANIZATION_APIS = new Set<Permission['api']>([
  'WindowsDefenderATP',
  'Microsoft Threat Protection',
  'Office 365 Exchange Online',
  'Log Analytics API',
  'Microsoft Cloud App Security',
]);

/** One "Add a permission" dialog per API and type, as the portal adds them: permissions grouped in first-seen order. */
export function permissionGroups(permissions: Permission[]): { api: Permission['api']; type: Permission['type']; names: string[] }[] {
  const groups: { api: Permission['api']; type: Permission['type']; names: string[] }[] = [];
  for (const { api, type, name } of permissions) {
    const group = groups.find((candidate) => candidate.api === api && candidate.type === type);
    if (group) group.names.push(name);
    else groups.push({ api, type, names: [name] });
  }
  return groups;
}

function roleOf(integration: Integration): string {
  return integration.role ?? 'a role that allows what you will run (Reader to look, Contributor to change)';
}

/** Where the role is assigned: the subscription's or resource group's Access control (IAM) unless the docs say otherwise. */
function roleAssignedIn(integration: Integration): string {
  return integration.roleAssignedIn ?? 'Access control (IAM) of the subscription or resource group › Add role assignment';
}

/** Delegated permissions any user may consent to, so they never call for an admin. */
const USER_CONSENTABLE = new Set(['User.Read', 'user_impersonation']);

/** Delegated permissions marked "Admin consent required" need a tenant admin once; the others the user consents to. */
function delegatedConsent(flow: FlowSupport, link: (blade: Blade) => ChecklistItem['link']): ChecklistItem[] {
  const mayNeedAdmin = (permission: Permission) =>
    permission.type === 'Delegated' && !isOidcScope(permission.name) && !USER_CONSENTABLE.has(permission.name);
  if (!flow.permissions.some(mayNeedAdmin)) return [];
  return [
    {
      text: 'Where the API permissions page says "Admin consent required: Yes" for one of them, press "Grant admin consent for" your tenant (or let an admin sign in first and consent for the organisation).',
      link: link('CallAnAPI'),
    },
  ];
}

/** A delegated sign-in to Azure Resource Manager acts with the signed-in user's rights: that user needs the role. */
function signedInUserRole(integration: Integration): ChecklistItem[] {
  if (!integration.roleAssignedIn && !integration.parameters.some(asksForSubscription)) return [];
  return [
    {
      text: `The user who signs in needs ${roleOf(integration)}: ${roleAssignedIn(integration)}. The app acts with that user's rights.`,
    },
  ];
}

/**
 * A managed identity gets the same rights as the integration's own app would: a role assignment for Azure resources,
 * or the app's application permissions as app role assignments, which the portal has no page for.
 */
function managedIdentityRights(integration: Integration, flow: FlowSupport): ChecklistItem[] {
  if (usesRoleAssignments(integration, flow))
    return [
      {
        text: `${roleAssignedIn(integration)} › ${roleOf(integration)} › Members: Managed identity › select the VM’s identity.`,
      },
    ];
  const application = integration.flows.find((candidate) => candidate.id === 'client-credentials')?.permissions ?? [];
  if (!application.length && integration.permissionsByUse)
    return [
      {
        text: `Assign the identity ${integration.permissionsByUse.api}'s application permissions: ${integration.permissionsByUse.what}, as app role assignments made with Microsoft Graph PowerShell (New-MgServicePrincipalAppRoleAssignment) or the Graph API.`,
      },
    ];
  if (!application.length) return [{ text: "Give that identity the permissions listed in the integration's documentation." }];
  // Assigning an app role grants it: no admin consent step.
  return permissionGroups(application).map(({ api, names }) => ({
    text: `Assign the identity ${api}'s application permissions ${names.join(', ')}: app role assignments, made with Microsoft Graph PowerShell (New-MgServicePrincipalAppRoleAssignment) or the Graph API, as the portal has no page for them. No admin consent is needed afterwards.`,
  }));
}

/** The credential the admin chose on App details, and the certificate's thumbprint once there is one. */
export interface AppCredential {
  kind?: CredentialKind;
  thumbprint?: string;
}

/** The step that gives the app its credential: a client secret, or the certificate whose key the product signs with. */
function credentialStep(
  integration: Integration,
  flowId: FlowId,
  credential: AppCredential | undefined,
  link: (blade: Blade) => ChecklistItem['link'],
  secretText: string,
): ChecklistItem {
  if (credentialFor(integration, flowId, credential?.kind) === 'certificate')
    return {
      text: `Certificates & secrets › Certificates › Upload certificate: the certificate (.crt) from App details${credential?.thumbprint ? `; the portal then lists its thumbprint ${credential.thumbprint}` : ''}. No client secret is needed.`,
      link: link('Credentials'),
    };
  // Until the admin chooses, say that a certificate would do where the integration's code takes one.
  const alternative =
    !credential?.kind && acceptsCertificate(integration, flowId) ? ' Or use a certificate instead: choose Certificate on App details.' : '';
  return { text: `${secretText}${alternative}`, link: link('Credentials') };
}

function appRegistrationSteps(
  integration: Integration,
  flowId: FlowId,
  cloud?: Cloud,
  clientId?: string,
  credential?: AppCredential,
): ChecklistItem[] {
  const flow = integration.flows.find((candidate) => candidate.id === flowId);
  if (!flow) return [];
  const portal = cloud?.portal || 'https://portal.azure.com';
  const link = (blade: Blade) => portalLink(portal, blade, clientId);
  const permissionItems = (type: 'delegated' | 'application'): ChecklistItem[] =>
    flow.permissions.length
      ? permissionGroups(flow.permissions).map(({ api, type: permissionType, names }) => ({
          text: `API permissions › Add a permission › ${FOUND_UNDER_ORGANIZATION_APIS.has(api) ? 'APIs my organization uses › ' : ''}${api} › ${permissionType} permissions: ${names.join(', ')}.`,
          link: link('CallAnAPI'),
        }))
      : integration.permissionsByUse
        ? [
            {
              text: `API permissions › Add a permission › ${integration.permissionsByUse.api} › ${type === 'delegated' ? 'Delegated' : 'Application'} permissions: ${integration.permissionsByUse.what}.`,
              link: link('CallAnAPI'),
            },
          ]
        : [
            {
              text: `API permissions: add the ${type} permissions listed in the integration's documentation.`,
              link: { href: integration.docsUrl, label: 'Integration documentation' },
            },
          ];

  switch (flowId) {
    case 'xsoar-app':
      return [
        { text: 'Nothing to register: you authorize the vendor-hosted app.' },
        flow.hostedAppUrl
          ? {
              text: 'Sign in as an admin on the hosted page and accept the permissions it asks for.',
              link: { href: flow.hostedAppUrl, label: 'Hosted authorization page' },
            }
          : {
              text: "Sign in as an admin on the hosted page linked from the integration's documentation, and accept the permissions it asks for.",
              link: { href: integration.docsUrl, label: 'Integration documentation' },
            },
        { text: 'Copy the ID, Token and Key it shows; the sheet asks for them.' },
      ];
    case 'auth-code':
      return [
        { text: 'Register an app (single tenant is fine) in Entra ID.', link: link('Overview') },
        {
          text: "Authentication › Add a platform › Web: add the redirect URI you give the wizard (by default, this wizard's address).",
          link: link('Authentication'),
        },
        ...permissionItems('delegated'),
        ...delegatedConsent(flow, link),
        ...signedInUserRole(integration),
        credentialStep(
          integration,
          flowId,
          credential,
          link,
          'Certificates & secrets › New client secret: copy its Value (not its ID) before leaving the page.',
        ),
        {
          text: "Optional, for the wizard's PKCE check: Authentication › Add a platform › Single-page application: add this wizard's address too (an app may have both Web and Single-page application redirect URIs).",
          link: link('Authentication'),
        },
      ];
    case 'client-credentials':
      return [
        { text: 'Register an app in Entra ID.', link: link('Overview') },
        ...(usesRoleAssignments(integration, flow)
          ? [
              {
                text: `${roleAssignedIn(integration)} › ${roleOf(integration)} › Members: select the app.`,
              },
            ]
          : [
              ...permissionItems('application'),
              {
                text: "Grant admin consent for your tenant: on the API permissions page, or with the wizard's admin-consent link (add the wizard's address as a Web redirect URI first).",
                link: link('CallAnAPI'),
              },
            ]),
        credentialStep(integration, flowId, credential, link, 'Certificates & secrets › New client secret: copy its Value (not its ID).'),
      ];
    case 'device-code':
      return [
        ...(flow.defaultAppId
          ? [{ text: `Either use the vendor's default application ID ${flow.defaultAppId} (nothing to register), or your own app:` }]
          : []),
        { text: 'Authentication › Advanced settings › Allow public client flows: Yes.', link: link('Authentication') },
        ...(flow.multiTenantApp ? [{ text: 'Supported account types: multi-tenant.', link: link('Authentication') }] : []),
        ...permissionItems('delegated'),
        ...delegatedConsent(flow, link),
        ...signedInUserRole(integration),
        { text: 'No client secret and no redirect URI are needed.' },
      ];
    case 'managed-identity':
      return [
        {
          text: 'Run the engine on an Azure VM with a system-assigned or user-assigned managed identity: managed identities work only there.',
        },
        ...managedIdentityRights(integration, flow),
        { text: 'For a user-assigned identity, copy its Client ID (Managed Identities › your identity › Overview) for the sheet.' },
      ];
  }
}
