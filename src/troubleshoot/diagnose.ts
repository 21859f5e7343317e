import { AADSTS_ERRORS } from '../catalog/errors';
import { aadstsCodes } from '../oauth/explain-error';
import type { FixActions } from '../catalog/fix';
import { commandLeftOut, kindOf, needsInWords } from '../catalog/least-privilege';
import type { FlowId, Integration, Permission } from '../catalog/types';
import { API_ERRORS } from './api-errors';
import { API_MESSAGES } from './api-messages';
import { PRODUCT_MESSAGES } from './product-messages';
import { TOKEN_DESCRIPTIONS } from './token-descriptions';

export interface Step {
  text: string;
  /** A product command to run, e.g. "!msgraph-user-auth-reset". */
  command?: string;
}

export interface Diagnosis {
  /** "AADSTS70008", "Authorization_RequestDenied", or the product message's name. */
  code: string;
  /** Who reported it: the token endpoint, an API, or the product itself. */
  source: string;
  meaning: string;
  steps: Step[];
  /** What the wizard can do about it: register preset to the change, authorize again, reset, the sheet. */
  actions: FixActions;
  /** For an AADSTS code: its number, for the cloud's own /error?code= page. */
  aadsts?: string;
}

/** API error codes that only restate the HTTP status. */
const GENERIC_CODES = ['Forbidden', 'Unauthorized'];

/** The token errors after which the product's stored tokens must be cleared (its TOKEN_EXPIRED_ERROR_CODES). */
const RESET_CODES = new Set(['50173', '700082', '70008', '54005', '7000222']);
/** Token errors a new code or credential from the wizard fixes. */
const AUTHORIZE_AGAIN_CODES = new Set(['50173', '700082', '70008', '54005', '7000222', '7000215', '9002313', '65001', '50011']);

function resetStep(integration?: Integration): Step[] {
  return integration?.resetCommand
    ? [{ text: 'Clear the tokens the product stored, so that it signs in again with the new values:', command: integration.resetCommand }]
    : [];
}

function permissionsOf(integration: Integration | undefined, type: Permission['type'], flow?: FlowId): string {
  const names = (integration?.flows ?? [])
    .filter((candidate) => !flow || candidate.id === flow)
    .flatMap((flow) => flow.permissions)
    .filter((permission) => permission.type === type)
    .map((permission) => `${permission.api} ${permission.name}`);
  return [...new Set(names)].join(', ');
}

interface PermissionStepOptions {
  /** The flow the instance uses, where known: only its kind of permissions is named. */
  flow?: FlowId;
  /** Add the portal's generic "add what is missing" step (not when the entry's own fix already says it). */
  generic?: boolean;
  reset?: boolean;
}

function permissionSteps(integration: Integration | undefined, { flow, generic = true, reset = true }: PermissionStepOptions = {}): Step[] {
  const application = permissionsOf(integration, 'Application', flow);
  const delegated = permissionsOf(integration, 'Delegated', flow);
  return [
    ...(application
      ? [{ text: `With client credentials, the app needs the application permissions ${application}, with admin consent granted.` }]
      : []),
    ...(delegated
      ? [{ text: `With a signed-in user (authorization code, device code), it needs the delegated permissions ${delegated}.` }]
      : []),
    ...(!application && !delegated
      ? [{ text: "Add the permissions the integration's documentation lists for this command, and grant admin consent." }]
      : []),
    ...(generic
      ? [{ text: 'App registrations › your app › API permissions: add what is missing, then "Grant admin consent" for the tenant.' }]
      : []),
    ...(reset ? resetStep(integration) : []),
  ];
}

/** "…perform action 'Microsoft.Network/…/write' over scope '/subscriptions/…'…" → the action and the scope. */
function roleSteps(text: string, integration?: Integration): Step[] {
  const action = /action '([^']+)'/.exec(text)?.[1];
  const scope = /over scope '([^']+)'/.exec(text)?.[1];
  const objectId = /object id '([0-9a-f-]{36})'/i.exec(text)?.[1];
  const role = integration?.role ?? 'a role that allows it (Reader to read, Contributor to change)';
  return [
    {
      text: `Assign ${role}${scope ? ` at ${scope}` : ''} (Access control (IAM) › Add role assignment)${objectId ? ` to the principal with object ID ${objectId}` : ' to the app, managed identity or signed-in user'}${action ? `; the refused action was ${action}` : ''}.`,
    },
    { text: 'Role assignments take a few minutes to apply; then run the command again.' },
  ];
}

function apiDiagnosis(code: string, text: string, integration?: Integration, flow?: FlowId): Diagnosis | undefined {
  const entry = API_ERRORS[code];
  if (!entry) return undefined;
  const steps: Record<typeof entry.fix, Step[]> = {
    permissions: permissionSteps(integration, { flow }),
    role: roleSteps(text, integration),
    reset: [...resetStep(integration), { text: 'If it comes back, check that the instance’s cloud matches the tenant’s.' }],
    'consent-in-tenant': [
      { text: 'Grant admin consent in this tenant (the wizard’s admin-consent link, or API permissions › Grant admin consent).' },
      ...resetStep(integration),
    ],
    subscription: [{ text: 'Check the subscription ID and resource group name in the instance, and that the app has a role on them.' }],
    none: [],
  };
  const actions: Record<typeof entry.fix, FixActions> = {
    permissions: { register: ['permissions', 'consent'], reset: true },
    role: {},
    reset: { reset: true },
    'consent-in-tenant': { register: ['consent'], reset: true },
    subscription: { sheet: true },
    none: {},
  };
  return {
    code,
    source: entry.api,
    meaning: entry.meaning,
    steps: [...steps[entry.fix], ...(entry.advice ? [{ text: entry.advice }] : [])],
    actions: entry.actions ?? actions[entry.fix],
  };
}

function tokenDiagnosis(number: string, integration?: Integration): Diagnosis {
  const entry = AADSTS_ERRORS[number];
  return {
    code: `AADSTS${number}`,
    source: 'Microsoft Entra ID (token endpoint)',
    meaning: entry?.meaning ?? 'An error the wizard has no explanation for: the cloud’s error page has it.',
    steps: [...(RESET_CODES.has(number) || entry?.actions?.reset ? resetStep(integration) : []), ...(entry ? [{ text: entry.fix }] : [])],
    actions: entry?.actions ?? (AUTHORIZE_AGAIN_CODES.has(number) ? { authorize: 'again' } : {}),
    aadsts: number,
  };
}

/** Error codes carried by JSON bodies in the text: `{"error": {"code": …}}` (Graph, ARM) or `{"error": "…", "error_codes": […]}`. */
function jsonCodes(text: string): { api: string[]; aadsts: string[] } {
  const api: string[] = [];
  const aadsts: string[] = [];
  for (const [candidate] of text.matchAll(/\{[\s\S]*\}/g)) {
    try {
      const body = JSON.parse(candidate) as { error?: { code?: string } | string; error_codes?: number[] };
      if (body.error && typeof body.error === 'object' && body.error.code) api.push(body.error.code);
      for (const number of body.error_codes ?? []) aadsts.push(String(number));
    } catch {
      // Not JSON: the text detectors below still read it.
    }
  }
  return { api, aadsts };
}

/**
 * Explains what the product printed (its token-error format, API error bodies, its own messages), in the order
 * found, each once, with the fix for this integration where one is known.
 */
export function diagnose(text: string, integration?: Integration, chosen: { commands?: string; flow?: FlowId } = {}): Diagnosis[] {
  const found = new Map<string, Diagnosis>();
  const add = (diagnosis: Diagnosis | undefined) => {
    if (diagnosis && !found.has(diagnosis.code)) found.set(diagnosis.code, diagnosis);
  };
  for (const message of PRODUCT_MESSAGES)
    if (message.pattern.test(text))
      add({
        code: message.code,
        source: 'the product',
        meaning: message.meaning,
        steps: [{ text: message.fix }, ...(message.actions.reset ? resetStep(integration) : [])],
        actions: message.actions,
      });
  const json = jsonCodes(text);
  const numbers = aadstsCodes(text);
  for (const [pattern, number] of TOKEN_DESCRIPTIONS) if (pattern.test(text)) numbers.push(number);
  for (const number of [...numbers, ...json.aadsts]) add(tokenDiagnosis(number, integration));
  const textCodes = [...text.matchAll(/\b([A-Z][A-Za-z]+(?:_[A-Za-z]+)?)\b(?=["']?\s*[:,])/g)].map((match) => match[1] ?? '');
  for (const code of [...json.api, ...textCodes]) add(apiDiagnosis(code, text, integration, chosen.flow));
  // Then Microsoft's messages recognised by their words alone: each once, under the code it stands for (a body's code,
  // read above with its richer steps, wins).
  for (const message of API_MESSAGES)
    if (message.pattern.test(text))
      add({
        code: message.code,
        source: message.api,
        meaning: message.meaning,
        steps: [
          { text: message.fix },
          ...(message.actions.register?.includes('permissions')
            ? permissionSteps(integration, { flow: chosen.flow, generic: false, reset: false })
            : []),
          ...(message.actions.reset ? resetStep(integration) : []),
        ],
        actions: message.actions,
      });
  // A status's bare code (Forbidden, Unauthorized) says less than a message of the same API that names the cause.
  const named = new Set<string>(API_MESSAGES.filter((message) => found.has(message.code)).map((message) => message.api));
  for (const code of GENERIC_CODES) if (found.get(code) && named.has(found.get(code)!.source)) found.delete(code);
  if (/Missing application roles|API required roles/i.test(text) && !found.has('Missing application roles'))
    add({
      code: 'Missing application roles',
      source: 'Microsoft Defender API',
      meaning: 'The app lacks an application permission (app role) this API call requires; the message names it.',
      steps: permissionSteps(integration, { flow: chosen.flow }),
      actions: { register: ['permissions', 'consent'], reset: true },
    });
  // Set up for chosen commands only, and the failing one was not among them: its permissions were never asked for.
  const leftOut = commandLeftOut(text, integration?.id, chosen.commands);
  const permissionFix = [...found.values()].filter((diagnosis) => diagnosis.actions.register?.includes('permissions'));
  if (leftOut)
    for (const diagnosis of permissionFix.length ? permissionFix : [...found.values()])
      diagnosis.steps.unshift({
        text: `This instance was set up for chosen commands only, and !${leftOut.command} is not one of them. Add it under Permissions on the Flow step (it needs ${needsInWords(leftOut, kindOf(chosen.flow ?? 'client-credentials'))}), then register the app again to add what it needs.`,
      });
  return [...found.values()];
}

/** The HTTP status the product printed, e.g. "Status: 400". */
export function printedStatus(text: string): number | undefined {
  const status = /Status:\s*(\d{3})/.exec(text)?.[1];
  return status ? Number(status) : undefined;
}
