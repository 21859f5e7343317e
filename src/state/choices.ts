import { resolveCloud } from '../catalog/clouds';
import type { Cloud, CloudId, CredentialKind, FlowId } from '../catalog/types';

/**
 * The admin's non-secret choices. They live in the step URL's query, so reload, back/forward and deep links work.
 * Secrets are deliberately absent: they live in memory only.
 */
export interface Choices {
  integration?: string;
  /** An older version of the integration that signs in differently (`OlderVersion.id`); absent is the current one. */
  version?: string;
  flow?: FlowId;
  cloud?: CloudId;
  authority?: string;
  tenant?: string;
  client?: string;
  redirect?: string;
  /** Client secret (default) or certificate, where the integration takes a certificate for the flow. */
  credential?: CredentialKind;
  /** Ask for consent again on the authorize URL (`prompt=consent`): permissions were added after the user consented. */
  prompt?: 'consent';
  /** The v1 resource, asked for only where the cloud does not define it (custom endpoints). */
  resource?: string;
  /** An organisation's CORS relay in front of the login host, for device code from the browser. */
  relay?: string;
  /** Custom endpoints only: the Microsoft Graph and Azure Resource Manager hosts (to register the app there). */
  graph?: string;
  arm?: string;
  /** The commands the instance will run (comma-separated names), where the admin narrowed its permissions to them. */
  commands?: string;
  /** Values only the admin knows (subscription ID, workspace…), keyed by parameter machine name. */
  values: Record<string, string>;
}

const KEYS = [
  'integration',
  'version',
  'flow',
  'cloud',
  'authority',
  'tenant',
  'client',
  'redirect',
  'credential',
  'prompt',
  'resource',
  'relay',
  'graph',
  'arm',
  'commands',
] as const;
const VALUE_PREFIX = 'v.';

export function choicesFromQuery(params: URLSearchParams): Choices {
  const choices: Choices = { values: {} };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') (choices as unknown as Record<string, string>)[key] = value;
  }
  for (const [key, value] of params) {
    if (key.startsWith(VALUE_PREFIX) && value) choices.values[key.slice(VALUE_PREFIX.length)] = value;
  }
  return choices;
}

export function choicesToQuery(choices: Choices): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = choices[key];
    if (value) params.set(key, value);
  }
  for (const [name, value] of Object.entries(choices.values)) if (value) params.set(`${VALUE_PREFIX}${name}`, value);
  return params.toString();
}

/** The chosen cloud's hosts (for a custom cloud, those its authority gives); undefined before a cloud is chosen. */
export function chosenCloud(choices: Pick<Choices, 'cloud' | 'authority' | 'graph' | 'arm'>): Cloud | undefined {
  return choices.cloud ? resolveCloud(choices.cloud, choices.authority, { graph: choices.graph, resourceManager: choices.arm }) : undefined;
}
