import type { FlowId } from './types';

/**
 * What a flow is and does, for every part of the wizard that differs by flow: adding a flow is adding one entry here,
 * and the compiler walks the parts through what it must say.
 */
export interface FlowInfo {
  id: FlowId;
  label: string;
  description: string;
  /** Which app details the admin gives for this flow. */
  asks: { tenant: boolean; client: boolean; secret: boolean; redirect: boolean };
  selfDeployed: boolean;
  /**
   * How the Authorize step signs in: an authorize URL whose code the product redeems, an admin's consent to the app's
   * application permissions, the vendor's hosted page, a device code, or nothing (the VM's identity gets the token).
   */
  signIn: 'authorize-url' | 'admin-consent' | 'hosted-page' | 'device-code' | 'none';
  /** What the registration makes: an app registration of the admin's own, rights for the VM's identity, or nothing (the vendor's app). */
  registers: 'app' | 'identity' | 'nothing';
  /** The app proves itself to Entra ID with a secret or a certificate (a confidential client). */
  credential: boolean;
  /** The app or identity acts as itself: application permissions and Azure role assignments, no signed-in user. */
  appOnly: boolean;
  /** The redirect URIs its app needs: a Web one the product's code redeems at, and the wizard's own (SPA) for its PKCE check. */
  redirects: { web: boolean; spa: boolean };
  /** The app must allow public client flows. */
  publicClient: boolean;
  /** The sheet's ID, Token and Key come from the vendor's hosted page, not from an app registration. */
  hostedFields: boolean;
  /** The product keeps tokens of this flow that its reset command forgets (an identity's are the VM's). */
  storesTokens: boolean;
  /** The vendor's own warning about the flow, shown wherever the flow is chosen or used. */
  caution?: { title: string; body: string };
}

/** From the vendor's "Microsoft Integrations – Authentication" article (Security Awareness: Device Code Authorization). */
const DEVICE_CODE_CAUTION = {
  title: 'Security note from the vendor: prefer client credentials or authorization code',
  body: 'The device code flow has limited protection against sophisticated phishing. Use client credentials or authorization code where the integration offers them. No one from the vendor will ever email you a code or a link to enter: the only genuine codes and links are the ones the integration shows in the War Room when you run its own commands.',
};

export const FLOWS: Record<FlowId, FlowInfo> = {
  'xsoar-app': {
    id: 'xsoar-app',
    label: 'Cortex XSOAR app (vendor-hosted)',
    description:
      "No app registration of your own: you authorize the vendor's multi-tenant app on its hosted page and paste back the ID, Token and Key it shows.",
    asks: { tenant: false, client: false, secret: false, redirect: false },
    selfDeployed: false,
    signIn: 'hosted-page',
    registers: 'nothing',
    credential: false,
    appOnly: false,
    redirects: { web: false, spa: false },
    publicClient: false,
    hostedFields: true,
    storesTokens: true,
  },
  'auth-code': {
    id: 'auth-code',
    label: 'Self-deployed app: authorization code',
    description: 'Your own app registration; an admin signs in once and the product acts on their behalf (delegated permissions).',
    asks: { tenant: true, client: true, secret: true, redirect: true },
    selfDeployed: true,
    signIn: 'authorize-url',
    registers: 'app',
    credential: true,
    appOnly: false,
    redirects: { web: true, spa: true },
    publicClient: false,
    hostedFields: false,
    storesTokens: true,
  },
  'client-credentials': {
    id: 'client-credentials',
    label: 'Self-deployed app: client credentials',
    description:
      'Your own app registration with a client secret; the product acts as the app itself (application permissions, admin consent).',
    asks: { tenant: true, client: true, secret: true, redirect: false },
    selfDeployed: true,
    signIn: 'admin-consent',
    registers: 'app',
    credential: true,
    appOnly: true,
    redirects: { web: false, spa: false },
    publicClient: false,
    hostedFields: false,
    storesTokens: true,
  },
  'device-code': {
    id: 'device-code',
    label: 'Device code',
    description:
      'The product shows a code; you enter it at the Microsoft device login page. Works with the default app ID or your own public-client app.',
    asks: { tenant: false, client: true, secret: false, redirect: false },
    selfDeployed: false,
    caution: DEVICE_CODE_CAUTION,
    signIn: 'device-code',
    registers: 'app',
    credential: false,
    appOnly: false,
    redirects: { web: false, spa: false },
    publicClient: true,
    hostedFields: false,
    storesTokens: true,
  },
  'managed-identity': {
    id: 'managed-identity',
    label: 'Azure managed identity',
    description: 'Only when the engine runs on an Azure VM: the token comes from the VM, no secret to manage.',
    asks: { tenant: false, client: false, secret: false, redirect: false },
    selfDeployed: false,
    signIn: 'none',
    registers: 'identity',
    credential: false,
    appOnly: true,
    redirects: { web: false, spa: false },
    publicClient: false,
    hostedFields: false,
    storesTokens: false,
  },
};
