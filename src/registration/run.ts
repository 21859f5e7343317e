import { search } from 'jmespath';
import type { Api, ApiCall, Call, PlanStep, RegistrationPlan } from './model';

export type StepStatus = 'pending' | 'running' | 'made' | 'exists' | 'found' | 'failed';

/** A refusal by Graph or Resource Manager, or a value the plan needed and did not find. */
export interface StepFailure {
  /** HTTP status; 0 when the request never got an answer (network, CORS, CSP) or nothing was wrong with it. */
  status: number;
  /** The API's error code (Authorization_RequestDenied, AuthorizationFailed…), or the plan's own reason. */
  code: string;
  message: string;
  api?: Api;
}

export interface StepReport {
  id: string;
  title: string;
  status: StepStatus;
  failure?: StepFailure;
}

export interface ApiRequest {
  api: Api;
  method: ApiCall['method'];
  url: string;
  body?: unknown;
}

/** Sends one request with the signed-in admin's token for its API; resolves with any HTTP answer. */
export type Transport = (request: ApiRequest) => Promise<{ status: number; body?: unknown }>;

export interface RunOptions {
  onProgress?: (reports: StepReport[]) => void;
  /** Waits between retries (Resource Manager's replication delay). */
  sleep?: (milliseconds: number) => Promise<void>;
  retries?: number;
  retryDelay?: number;
  newGuid?: () => string;
}

export interface RunResult {
  ok: boolean;
  reports: StepReport[];
  variables: Record<string, string>;
}

const VARIABLE = /\$\{([A-Z0-9_]+)\}/g;

export class PlanFailure extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

/** A plan's text with its `${NAME}` values in; `missing` stands for a value not known (empty, as the shell expands it). */
export function substitute(
  text: string,
  variables: Record<string, string | undefined>,
  missing: (name: string) => string = () => '',
): string {
  return text.replace(VARIABLE, (_, name: string) => variables[name] ?? missing(name));
}

/** The body as JSON text with the variables expanded: as the script's here-document does. */
function bodyText(body: unknown, variables: Record<string, string>): unknown {
  return JSON.parse(substitute(typeof body === 'string' ? body : JSON.stringify(body), variables));
}

/** A query's value as `az rest --query … --output tsv` prints it for the script: text, empty when null or false. */
function valueOf(body: unknown, query: string): string {
  const value: unknown = search(body as Parameters<typeof search>[0], query);
  if (value === null || value === undefined || value === false || value === '') return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The error code and message of a Graph or Resource Manager error body. */
function failureOf(api: Api, status: number, body: unknown): StepFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return {
    api,
    status,
    code: typeof error?.code === 'string' ? error.code : `HTTP ${status}`,
    message: typeof error?.message === 'string' ? error.message : `The request failed with status ${status}.`,
  };
}

async function perform(plan: RegistrationPlan, call: Call, variables: Record<string, string>, transport: Transport): Promise<void> {
  const { api, method, path, body } = call.call;
  const response = await transport({
    api,
    method,
    url: `${plan.hosts[api]}${substitute(path, variables)}`,
    ...(body === undefined ? {} : { body: bodyText(body, variables) }),
  });
  if (response.status < 200 || response.status >= 300) throw new PlanFailure(failureOf(api, response.status, response.body));
  // Queries name earlier values too (`${SP_ID}`), as the shell expands them in the script.
  for (const bind of call.binds) variables[bind.name] = valueOf(response.body ?? {}, substitute(bind.query, variables));
  for (const bind of call.binds)
    if (bind.required && !variables[bind.name]) throw new PlanFailure({ status: 0, code: 'NotFound', message: bind.required, api });
}

async function runStep(
  step: PlanStep,
  plan: RegistrationPlan,
  variables: Record<string, string>,
  transport: Transport,
  options: RunOptions,
) {
  if (step.look) {
    await perform(plan, step.look, variables, transport);
    if (!step.make) return 'found';
    if (variables[step.look.binds[0]?.name ?? '']) return 'exists';
  }
  if (!step.make) return 'found';
  const retries = step.retryOn?.length ? (options.retries ?? 10) : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await perform(plan, step.make, variables, transport);
      return 'made';
    } catch (error) {
      const retry = error instanceof PlanFailure && step.retryOn?.includes(error.failure.code) && attempt < retries;
      if (!retry) throw error;
      await (options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(options.retryDelay ?? 10_000);
    }
  }
}

/** Runs the plan in order, stopping at the first failure; every step reports made, already there, found or failed. */
export async function runPlan(plan: RegistrationPlan, transport: Transport, options: RunOptions = {}): Promise<RunResult> {
  const variables: Record<string, string> = { ...plan.constants };
  for (const name of plan.fresh) variables[name] = (options.newGuid ?? (() => crypto.randomUUID()))();
  const reports: StepReport[] = plan.steps.map((step) => ({ id: step.id, title: step.title, status: 'pending' }));
  const publish = () => options.onProgress?.(reports.map((report) => ({ ...report })));
  for (const [index, step] of plan.steps.entries()) {
    const report = reports[index];
    if (!report) continue;
    report.status = 'running';
    publish();
    try {
      report.status = await runStep(step, plan, variables, transport, options);
    } catch (error) {
      report.status = 'failed';
      report.failure =
        error instanceof PlanFailure
          ? error.failure
          : {
              status: 0,
              code: 'NetworkError',
              message: error instanceof Error ? error.message : String(error),
              api: step.make?.call.api ?? step.look?.call.api,
            };
      publish();
      return { ok: false, reports, variables };
    }
    publish();
  }
  return { ok: true, reports, variables };
}

/** The result line's values, as the script prints it: the JSON App details takes. */
export function resultOf(plan: RegistrationPlan, variables: Record<string, string>): Record<string, string | null> {
  return Object.fromEntries(plan.result.map(({ key, variable }) => [key, variables[variable] || null]));
}
