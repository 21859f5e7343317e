import { search } from 'jmespath';
import { validity } from './lifetime';
import type { Api, ApiCall, Call, Computation, PlanStep, RegistrationPlan } from './model';
import { callReferences, REFERENCE, UNBOUND_CODE, unboundMessage } from './variables';

/** `removed` and `gone` are a removal's `made` and `exists` (model.ts `removes`). */
export type StepStatus = 'pending' | 'running' | 'made' | 'exists' | 'removed' | 'gone' | 'found' | 'failed' | 'cancelled';

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
  /** Waits between retries (a call's `retry`: Resource Manager's replication delay). */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Overrides a call's `retry.times` (attempts in all). */
  retries?: number;
  /** Overrides a call's `retry.delayMs`. */
  retryDelay?: number;
  newGuid?: () => string;
  /** Stops the run between steps (and between retries): the steps not done are reported `cancelled`. */
  signal?: AbortSignal;
  /** The clock of a step's computations (a credential's validity). */
  now?: () => Date;
  /** Runs the plan's finish steps too (model.ts `Phase`); without it, the run stops before the first of them. */
  finish?: boolean;
}

export interface RunResult {
  ok: boolean;
  /** The run was stopped by its signal before the last step. */
  cancelled?: boolean;
  /**
   * The run stopped, without a failure, before the plan's finish steps (left `pending`): it was not asked to finish, or
   * a step before them made something in this run, which the admin has not tested yet.
   */
  stoppedBeforeFinish?: 'not-asked' | 'made-just-now';
  reports: StepReport[];
  variables: Record<string, string>;
}

export class PlanFailure extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

/** The run was cancelled (its signal aborted). */
class Cancelled extends Error {}

/** The failure both executors stop with when a request names a variable nothing set before it. */
const unboundFailure = (name: string): StepFailure => ({ status: 0, code: UNBOUND_CODE, message: unboundMessage(name) });

/**
 * A plan's text with its `${NAME}` values in. A name no step set stops the run (`UnboundVariable`), as `need` stops the
 * script; `missing` instead stands for it (a summary's `<NAME>`). An empty value is a set one, as in the shell.
 */
export function substitute(
  text: string,
  variables: Record<string, string | undefined>,
  missing: (name: string) => string = (name) => {
    throw new PlanFailure(unboundFailure(name));
  },
): string {
  return text.replace(REFERENCE, (_, name: string) => variables[name] ?? missing(name));
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
  // Every name first, as the script's `need` line checks them before it sends anything.
  for (const name of callReferences(call)) if (variables[name] === undefined) throw new PlanFailure({ ...unboundFailure(name), api });
  const response = await transport({
    api,
    method,
    url: `${plan.hosts[api]}${substitute(path, variables)}`,
    ...(body === undefined ? {} : { body: bodyText(body, variables) }),
  });
  if (call.tolerate && response.status === call.tolerate.status) {
    // An answer too: nothing could be read, and the plan goes on without it.
    for (const bind of call.binds) variables[bind.name] = '';
    return;
  }
  if (response.status < 200 || response.status >= 300) throw new PlanFailure(failureOf(api, response.status, response.body));
  // Queries name earlier values too (`${SP_ID}`), as the shell expands them in the script: before any bind is set.
  const queries = call.binds.map((bind) => substitute(bind.query, variables));
  call.binds.forEach((bind, index) => (variables[bind.name] = valueOf(response.body ?? {}, queries[index] ?? '')));
  for (const bind of call.binds)
    if (bind.required && !variables[bind.name])
      throw new PlanFailure({ status: 0, code: bind.failCode ?? 'NotFound', message: bind.required, api });
}

/** A step's computations, in order, as the script's `validity` lines work them out. */
function computeAll(computations: Computation[], variables: Record<string, string>, now: Date): void {
  for (const computation of computations) {
    const worked = validity(now, substitute(computation.lifetime, variables), substitute(computation.until ?? '', variables));
    if (!worked.ok) throw new PlanFailure({ status: 0, code: worked.code, message: worked.message });
    variables[computation.start] = worked.start;
    variables[computation.end] = worked.end;
  }
}

const wait = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Sends a call, and again while it fails with one of its `retry` codes (at most `retry.times` attempts in all). */
async function performRetrying(
  plan: RegistrationPlan,
  call: Call,
  variables: Record<string, string>,
  transport: Transport,
  options: RunOptions,
): Promise<void> {
  const times = call.retry ? (options.retries ?? call.retry.times) : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await perform(plan, call, variables, transport);
    } catch (error) {
      const again = error instanceof PlanFailure && call.retry?.on.includes(error.failure.code) && attempt < times;
      if (!again) throw error;
      if (options.signal?.aborted) throw new Cancelled();
      await (options.sleep ?? wait)(options.retryDelay ?? call.retry?.delayMs ?? 0);
      if (options.signal?.aborted) throw new Cancelled();
    }
  }
}

async function runStep(
  step: PlanStep,
  plan: RegistrationPlan,
  variables: Record<string, string>,
  transport: Transport,
  options: RunOptions,
): Promise<StepStatus> {
  if (step.look) {
    await performRetrying(plan, step.look, variables, transport, options);
    if (!step.make) return 'found';
    if (variables[step.look.binds[0]?.name ?? '']) return step.removes ? 'gone' : 'exists';
  }
  if (!step.make) return 'found';
  // Once, or once per value of the step's list (as the script's `for` loop splits it).
  const items = step.each ? (variables[step.each.list] ?? '').split(/\s+/).filter(Boolean) : [undefined];
  for (const item of items) {
    if (step.each && item !== undefined) variables[step.each.item] = item;
    computeAll(step.compute ?? [], variables, options.now?.() ?? new Date());
    await performRetrying(plan, step.make, variables, transport, options);
  }
  return step.removes ? 'removed' : 'made';
}

/** Whether a step's run changed something. */
const changed = (status: StepStatus) => status === 'made' || status === 'removed';

const asFailure = (error: unknown, step: PlanStep): StepFailure =>
  error instanceof PlanFailure
    ? error.failure
    : {
        status: 0,
        code: 'NetworkError',
        message: error instanceof Error ? error.message : String(error),
        api: step.make?.call.api ?? step.look?.call.api,
      };

/**
 * Runs the plan in order, stopping at the first failure; every step reports made, already there, found or failed. With
 * a signal, it stops between steps once the signal aborts: what was done stays done, the rest is `cancelled`.
 */
export async function runPlan(plan: RegistrationPlan, transport: Transport, options: RunOptions = {}): Promise<RunResult> {
  const variables: Record<string, string> = startingVariables(plan, options.newGuid);
  const reports: StepReport[] = plan.steps.map((step) => ({ id: step.id, title: step.title, status: 'pending' }));
  const publish = () => options.onProgress?.(reports.map((report) => ({ ...report })));
  const cancelFrom = (index: number): RunResult => {
    for (const report of reports.slice(index)) report.status = 'cancelled';
    publish();
    return { ok: false, cancelled: true, reports, variables };
  };
  for (const [index, step] of plan.steps.entries()) {
    const report = reports[index];
    if (!report) continue;
    if (options.signal?.aborted) return cancelFrom(index);
    // The first finish step: only when asked, and only after steps that changed nothing in this run.
    if (step.phase === 'finish' && !plan.steps.slice(0, index).some((earlier) => earlier.phase === 'finish')) {
      const stop = !options.finish
        ? 'not-asked'
        : reports.slice(0, index).some((earlier) => changed(earlier.status))
          ? 'made-just-now'
          : undefined;
      if (stop) {
        publish();
        return { ok: true, stoppedBeforeFinish: stop, reports, variables };
      }
    }
    report.status = 'running';
    publish();
    try {
      report.status = await runStep(step, plan, variables, transport, options);
    } catch (error) {
      if (error instanceof Cancelled) return cancelFrom(index);
      report.status = 'failed';
      report.failure = asFailure(error, step);
      publish();
      return { ok: false, reports, variables };
    }
    publish();
  }
  return { ok: true, reports, variables };
}

/** Constants, and a new GUID for each fresh variable. */
function startingVariables(plan: RegistrationPlan, newGuid: (() => string) | undefined): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(plan.constants)) if (value !== undefined) variables[name] = value;
  for (const name of plan.fresh) variables[name] = (newGuid ?? (() => crypto.randomUUID()))();
  return variables;
}

/**
 * What a run would do at a step: its object is already there, it would be created or updated, a lookup found what it
 * reads, or the run would stop here. `skipped`: not previewed (after a failure, or cancelled).
 */
export type PreviewOutcome = 'exists' | 'create' | 'update' | 'gone' | 'remove' | 'found' | 'failed' | 'skipped';

export interface PreviewReport {
  id: string;
  title: string;
  outcome: PreviewOutcome;
  /** The earlier step whose creation this one waits for: its lookup cannot be read before that object exists. */
  after?: string;
  failure?: StepFailure;
}

export interface PreviewResult {
  ok: boolean;
  cancelled?: boolean;
  reports: PreviewReport[];
  /** What the lookups read (a removal's list, the app's credentials). */
  variables: Record<string, string>;
}

/** What a step's `make` would do: a removal removes; otherwise POST and PUT create, PATCH updates. */
const changeOf = (step: PlanStep): PreviewOutcome =>
  !step.make ? 'found' : step.removes ? 'remove' : step.make.call.method === 'PATCH' ? 'update' : 'create';

/**
 * Runs only the plan's reads (its GET lookups) and says per step what a run would do, writing nothing. A lookup that
 * names a value only a creation before it would give (a new app's ID) is not sent: the step would make its object too.
 */
export async function previewPlan(
  plan: RegistrationPlan,
  transport: Transport,
  options: Pick<RunOptions, 'newGuid' | 'signal'> & { onProgress?: (reports: PreviewReport[]) => void } = {},
): Promise<PreviewResult> {
  const variables = startingVariables(plan, options.newGuid);
  // Names a creation would set, with the step that would: unknown until a run makes it.
  const pending = new Map<string, string>();
  const reports: PreviewReport[] = plan.steps.map((step) => ({ id: step.id, title: step.title, outcome: 'skipped' }));
  const publish = () => options.onProgress?.(reports.map((report) => ({ ...report })));
  const reads = (call: Call | undefined) => (call ? callReferences(call) : []);
  for (const [index, step] of plan.steps.entries()) {
    const report = reports[index];
    if (!report) continue;
    if (options.signal?.aborted) {
      publish();
      return { ok: false, cancelled: true, reports, variables };
    }
    const waitsFor = reads(step.look).find((name) => pending.has(name));
    if (waitsFor || (!step.look && step.make)) {
      report.outcome = changeOf(step);
      if (waitsFor) report.after = pending.get(waitsFor);
      for (const bind of [...(step.look?.binds ?? []), ...(step.make?.binds ?? [])]) pending.set(bind.name, step.id);
      publish();
      continue;
    }
    if (!step.look) continue;
    try {
      // Only reads: a GET, never the step's `make`.
      if (step.look.call.method !== 'GET') throw new Error(`${step.id}: a lookup must be a GET.`);
      await perform(plan, step.look, variables, transport);
    } catch (error) {
      report.outcome = 'failed';
      report.failure = asFailure(error, step);
      publish();
      return { ok: false, reports, variables };
    }
    if (!step.make) report.outcome = 'found';
    else if (variables[step.look.binds[0]?.name ?? '']) report.outcome = step.removes ? 'gone' : 'exists';
    else {
      report.outcome = changeOf(step);
      for (const bind of step.make.binds) pending.set(bind.name, step.id);
    }
    publish();
  }
  return { ok: true, reports, variables };
}

/** The result line's values, as the script prints it: the JSON App details takes. */
export function resultOf(plan: RegistrationPlan, variables: Record<string, string>): Record<string, string | null> {
  return Object.fromEntries(plan.result.map(({ key, variable }) => [key, variables[variable] || null]));
}
