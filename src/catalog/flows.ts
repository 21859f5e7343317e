import type { FlowId } from './types';

export interface FlowInfo {
  id: FlowId;
  label: string;
  description: string;
  /** Which app details the admin gives for this flow. */
  asks: { tenant: boolean; client: boolean; secret: boolean; redirect: boolean };
  selfDeployed: boolean;
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
  },
  'auth-code': {
    id: 'auth-code',
    label: 'Self-deployed app: authorization code',
    description: 'Your own app registration; an admin signs in once and the product acts on their behalf (delegated permissions).',
    asks: { tenant: true, client: true, secret: true, redirect: true },
    selfDeployed: true,
  },
  'client-credentials': {
    id: 'client-credentials',
    label: 'Self-deployed app: client credentials',
    description:
      'Your own app registration with a client secret; the product acts as the app itself (application permissions, admin consent).',
    asks: { tenant: true, client: true, secret: true, redirect: false },
    selfDeployed: true,
  },
  'device-code': {
    id: 'device-code',
    label: 'Device code',
    description:
      'The product shows a code; you enter it at the Microsoft device login page. Works with the default app ID or your own public-client app.',
    asks: { tenant: false, client: true, secret: false, redirect: false },
    selfDeployed: false,
    caution: DEVICE_CODE_CAUTION,
  },
  'managed-identity': {
    id: 'managed-identity',
    label: 'Azure managed identity',
    description: 'Only when the engine runs on an Azure VM: the token comes from the VM, no secret to manage.',
    asks: { tenant: false, client: false, secret: false, redirect: false },
    selfDeployed: false,
  },
};
