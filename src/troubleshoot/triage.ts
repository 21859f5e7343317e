import { FLOWS } from '../catalog/flows';
import type { FixActions } from '../catalog/fix';
import type { FlowId, Integration } from '../catalog/types';

/** Where the admin saw the error. */
export const FAILED_AT = ['test', 'auth-command', 'command', 'fetch'] as const;
export type FailedAt = (typeof FAILED_AT)[number];

export const FAILED_AT_LABELS: Record<FailedAt, string> = {
  test: 'The Test button, or the integration’s test command',
  'auth-command': 'A sign-in command (…-auth-start, …-auth-complete, …-generate-login-url)',
  command: 'A command, after the test passed',
  fetch: 'Fetching incidents or events',
};

export interface LikelyCause {
  cause: string;
  /** How to tell whether this is it. */
  check: string;
  actions: FixActions;
}

interface TriageInput {
  failedAt: FailedAt;
  flow?: FlowId;
  integration?: Integration;
  /** The HTTP status the text mentions, if any. */
  status?: number;
}

const SECRET: LikelyCause = {
  cause: 'The client secret is wrong or has expired (or the certificate, where the instance uses one).',
  check:
    'App registrations › your app › Certificates & secrets: is the secret listed and not expired? The instance needs its Value, shown once when it was made, not its Secret ID.',
  actions: { register: ['secret'], sheet: true },
};
const CONSENT: LikelyCause = {
  cause: 'Admin consent was never granted for the application permissions.',
  check: 'App registrations › your app › API permissions: does every permission show "Granted for <your tenant>" in the Status column?',
  actions: { register: ['permissions', 'consent'] },
};
const TENANT_CLOUD: LikelyCause = {
  cause: 'The tenant ID or the cloud does not match the app’s.',
  check:
    'The instance’s tenant ID must be the Directory (tenant) ID on the app’s Overview page, and its cloud (or endpoint) the cloud the tenant lives in.',
  actions: { sheet: true },
};
const CODE_SPENT: LikelyCause = {
  cause: 'The authorization code has expired or was already used: a code lives about 10 minutes and works once.',
  check: 'Was the instance saved and tested within minutes of the sign-in? After a failed attempt the code is spent.',
  actions: { authorize: 'again', reset: true },
};
const REDIRECT: LikelyCause = {
  cause: 'The redirect URI in the instance differs from the one the code was issued for, or from the app’s.',
  check:
    'The instance’s redirect URI, the one on the authorize URL and a Web redirect URI on the app (Authentication) must be equal, to the trailing slash.',
  actions: { register: ['redirect-uri'], sheet: true },
};
const OWN_TEST: LikelyCause = {
  cause: 'With a signed-in user, the Test button cannot sign in by itself: the integration has its own test command.',
  check: 'Run the command the sheet lists under "Next" (e.g. …-auth-test or …-test) in the War Room instead of pressing Test.',
  actions: { sheet: true },
};
const DEVICE_NOT_DONE: LikelyCause = {
  cause: 'The device-code sign-in was not completed, or its code expired (15 minutes).',
  check: 'Run …-auth-start, sign in at the address it prints within 15 minutes, then …-auth-complete; Test passes only after that.',
  actions: { reset: true },
};
const PUBLIC_CLIENT: LikelyCause = {
  cause: 'The app does not allow public client flows, which the device code needs.',
  check: 'App registrations › your app › Authentication › "Allow public client flows" must be Yes.',
  actions: { register: ['public-client'] },
};
const HOSTED_FIELDS: LikelyCause = {
  cause: 'The ID, Token and Key from the vendor’s authorization page are in the wrong fields, or the page was not completed by an admin.',
  check:
    'Paste ID, Token and Key exactly as the page shows them, into the fields of the same names; an admin must approve the vendor’s app.',
  actions: { authorize: 'again', sheet: true },
};
const NO_IMDS: LikelyCause = {
  cause: 'The engine is not on an Azure VM with a managed identity, or the identity is not the one the instance names.',
  check:
    'The instance must run on an engine hosted on an Azure VM; its Identity page shows the system-assigned identity or the user-assigned one whose client ID the instance names.',
  actions: { sheet: true },
};
const MISSING_PERMISSION: LikelyCause = {
  cause: 'The app lacks the permission this command needs, or it was added after consent.',
  check:
    'The error names the permission or the refused action; App registrations › your app › API permissions must list it, granted. Tokens the product keeps still lack it until reset.',
  actions: { register: ['permissions', 'consent'], authorize: 'consent', reset: true },
};
const MISSING_ROLE: LikelyCause = {
  cause: 'The app, identity or signed-in user has no Azure role on the resource the command reaches.',
  check:
    'The resource’s Access control (IAM) › Role assignments must list the app or identity with the integration’s role, at that scope or above.',
  actions: { sheet: true },
};
const STALE_TOKEN: LikelyCause = {
  cause: 'The product still uses a token from before the app’s permissions or the instance changed.',
  check:
    'Did the permissions, consent or the instance’s values change since the instance first signed in? Tokens the product keeps last until they expire or are reset.',
  actions: { reset: true },
};
const WRONG_RESOURCE: LikelyCause = {
  cause: 'A name or ID in the instance (subscription, resource group, workspace, mailbox…) does not exist, or is in another tenant.',
  check: 'Compare the instance’s values with the resource’s Overview page in the portal of the right tenant and cloud.',
  actions: { sheet: true },
};
const THROTTLED: LikelyCause = {
  cause: 'The API is throttling the requests (HTTP 429), often on a first fetch of a long time range.',
  check: 'Shorten the first fetch time and the fetch limit, then fetch again after a few minutes.',
  actions: { sheet: true },
};

function signInCauses(flow: FlowId | undefined): LikelyCause[] {
  switch (flow && FLOWS[flow].signIn) {
    case 'authorize-url':
      return [CODE_SPENT, REDIRECT, OWN_TEST];
    case 'device-code':
      return [DEVICE_NOT_DONE, PUBLIC_CLIENT, TENANT_CLOUD];
    case 'hosted-page':
      return [HOSTED_FIELDS, CODE_SPENT];
    case 'none':
      return [NO_IMDS, MISSING_ROLE];
    case 'admin-consent':
      return [SECRET, CONSENT, TENANT_CLOUD];
    default:
      return [SECRET, CODE_SPENT, TENANT_CLOUD];
  }
}

/**
 * When no message is recognised: the two or three likeliest causes for where it failed and how the instance signs in,
 * each with its check, most likely first (an HTTP status in the text moves its causes to the front).
 */
export function triage({ failedAt, flow, integration, status }: TriageInput): LikelyCause[] {
  const byRole = integration?.rightsFromRoles || integration?.area === 'Azure infrastructure';
  const rights = byRole ? [MISSING_ROLE, MISSING_PERMISSION] : [MISSING_PERMISSION, STALE_TOKEN];
  let causes: LikelyCause[];
  if (failedAt === 'test' || failedAt === 'auth-command') causes = signInCauses(flow);
  else causes = [...rights.slice(0, 1), ...(failedAt === 'fetch' ? [THROTTLED] : []), WRONG_RESOURCE, rights[1]!];
  if (status === 403) causes = [...rights.slice(0, 1), ...causes];
  if (status === 404) causes = [WRONG_RESOURCE, ...causes];
  if (status === 429) causes = [THROTTLED, ...causes];
  if (status === 401 && failedAt !== 'test') causes = [...signInCauses(flow).slice(0, 1), ...causes];
  return [...new Set(causes)].slice(0, 3);
}
