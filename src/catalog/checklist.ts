import type { Cloud, FlowId, Integration } from './types';

export interface ChecklistItem {
  text: string;
  link?: { href: string; label: string };
}

/** What the app registration needs before the chosen flow can work, in the order an admin does it. */
export function registrationChecklist(integration: Integration, flowId: FlowId, cloud?: Cloud): ChecklistItem[] {
  const flow = integration.flows.find((candidate) => candidate.id === flowId);
  if (!flow) return [];
  const portal = cloud?.portal || 'https://portal.azure.com';
  const registrations = { href: `${portal}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`, label: 'App registrations' };
  const permissions = flow.permissions.map((permission) => `${permission.api} › ${permission.name} (${permission.type})`);

  switch (flowId) {
    case 'xsoar-app':
      return [
        { text: 'Nothing to register: you authorize the vendor-hosted app.' },
        ...(flow.hostedAppUrl
          ? [
              {
                text: 'Sign in as an admin on the hosted page and accept the permissions it asks for.',
                link: { href: flow.hostedAppUrl, label: 'Hosted authorization page' },
              },
            ]
          : []),
        { text: 'Copy the ID, Token and Key it shows; the sheet asks for them.' },
      ];
    case 'auth-code':
      return [
        { text: 'Register an app (single tenant is fine) in Entra ID.', link: registrations },
        {
          text: "Authentication › Add a platform › Web: add the redirect URI you will give the wizard (by default, this wizard's address).",
        },
        ...permissions.map((text) => ({ text: `API permissions › Add: ${text}.` })),
        { text: 'Certificates & secrets › New client secret: copy its Value (not its ID) before leaving the page.' },
        {
          text: "Optional, for the wizard's PKCE check: Authentication › Add a platform › Single-page application: add this wizard's address too (an app may have both Web and Single-page application redirect URIs).",
        },
      ];
    case 'client-credentials':
      return [
        { text: 'Register an app in Entra ID.', link: registrations },
        ...(permissions.length
          ? permissions.map((text) => ({ text: `API permissions › Add: ${text}.` }))
          : [{ text: 'Access control (IAM) of the subscription or resource group › Add role assignment › select the app.' }]),
        ...(permissions.length
          ? [
              {
                text: "Grant admin consent for your tenant: on the API permissions page, or with the wizard's admin-consent link (add the wizard's address as a Web redirect URI first).",
              },
            ]
          : []),
        { text: 'Certificates & secrets › New client secret: copy its Value (not its ID).' },
      ];
    case 'device-code':
      return [
        ...(flow.defaultAppId
          ? [{ text: `Either use the vendor's default application ID ${flow.defaultAppId} (nothing to register), or your own app:` }]
          : []),
        { text: 'Authentication › Advanced settings › Allow public client flows: Yes.' },
        ...(integration.id === 'azure-ad-identity-protection' ? [{ text: 'Supported account types: multi-tenant.' }] : []),
        ...permissions.map((text) => ({ text: `API permissions › Add: ${text}.` })),
        { text: 'No client secret and no redirect URI are needed.' },
      ];
    case 'managed-identity':
      return [
        { text: 'Run the engine on an Azure VM with a system-assigned or user-assigned managed identity.' },
        { text: 'Give that identity the roles or permissions the integration needs; for a user-assigned identity copy its Client ID.' },
      ];
  }
}
