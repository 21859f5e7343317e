import type { VarName } from './variables';

/**
 * The registration plan: one list of Microsoft Graph and Azure Resource Manager requests, which the Cloud Shell script
 * renders and the browser runs. Values found at run time travel in variables (declared in `VARS`), written `${NAME}`
 * (with `ref`) inside paths, queries and bodies; queries are JMESPath, as `az rest --query` evaluates them.
 */
export type Api = 'graph' | 'arm';

export interface ApiCall {
  api: Api;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Path and query after the API's host, e.g. `/v1.0/applications?$filter=…`; may hold `${NAME}`. */
  path: string;
  /**
   * A JSON body: an object whose strings may hold `${NAME}`, or JSON text where `${NAME}` expands as is (to put kept
   * list items in front of the plan's own).
   */
  body?: unknown;
}

/** A value read from a response into a variable. */
export interface Bind {
  name: VarName;
  /** JMESPath over the response body, giving a string; empty or null means "not there". */
  query: string;
  /** If the value is empty after the call, the step fails with this explanation. */
  required?: string;
  /** The code that failure carries (default `NotFound`), for the page to explain and act on. */
  failCode?: string;
}

/** Send the call again while it fails with one of these error codes (e.g. Resource Manager's replication delay). */
export interface Retry {
  /** Attempts in all, the first included. */
  times: number;
  delayMs: number;
  /** The API error codes that mean "not yet" (PrincipalNotFound…). */
  on: string[];
  /** What the script says it waits for, e.g. "the new service principal to reach Azure Resource Manager". */
  waitingFor?: string;
}

/**
 * A refusal that is an answer: the call's binds are all set empty and the plan goes on (a policy the signed-in admin may
 * not read). Only HTTP 403 for now; `because` is what the script says it did without.
 */
export interface Tolerate {
  status: 403;
  because: string;
}

export interface Call {
  call: ApiCall;
  binds: Bind[];
  retry?: Retry;
  tolerate?: Tolerate;
}

/**
 * A value worked out between a step's lookup and its creation where JMESPath cannot (it has no dates); both executors
 * implement each kind the same way, and set it only when the creation runs.
 *
 * `validity`: `start` is now and `end` is now plus `lifetime` (an ISO 8601 duration, years counted as 365 days and
 * months as 30), or `until` if that is sooner; an empty lifetime means `until`. Both are ISO 8601 UTC to the second.
 * `lifetime` and `until` may hold `${NAME}`.
 */
export interface Computation {
  kind: 'validity';
  lifetime: string;
  until?: string;
  start: VarName;
  end: VarName;
}

/**
 * When a step runs. `finish`: only when the admin says so, after testing what the steps before it made (a credential
 * rotation removes the old credential only once the instance works with the new one). The script runs finish steps
 * when given `--finish` (or `FINISH=1`) and otherwise stops before the first of them, saying what they would do and
 * how to finish; the browser runs them on a second button. In both, a run asked to finish stops before them too when
 * a step before them made something in that run: what it made has not been tested yet.
 */
export type Phase = 'finish';

export interface PlanStep {
  id: string;
  /** What the step does, in an admin's words; the script's comment and the progress list's line. */
  title: string;
  /** Absent: the step runs in every run. */
  phase?: Phase;
  /**
   * A read that says whether the step's result is already there: it is when its first variable is not empty, and
   * then `make` is skipped. Without `make`, the read is the step (a lookup).
   */
  look?: Call;
  /** Worked out after the lookup, only when `make` is about to run (its body may use them). */
  compute?: Computation[];
  make?: Call;
  /**
   * `make` runs once per value of `list` (a variable the lookup binds: values separated by spaces, such as key IDs),
   * with `item` set to each in turn; an empty list runs it no time.
   */
  each?: { list: VarName; item: VarName };
  /**
   * The step removes what its lookup found, rather than creating what it did not: the lookup's first variable is set
   * when nothing is left to remove (reported `gone`, "already gone"), and `what` says in words what would be removed.
   */
  removes?: { what: VarName };
}

export interface ResultField {
  key: string;
  variable: VarName;
}

export interface RegistrationPlan {
  /** Each API's origin for the chosen cloud. */
  hosts: Record<Api, string>;
  /** Delegated permissions the signed-in admin's token needs on each API. */
  scopes: Record<Api, string[]>;
  /** The Azure CLI cloud to select, where Azure CLI knows this cloud. */
  azureCliCloud?: string;
  /** Variables known before the first step. */
  constants: Partial<Record<VarName, string>>;
  /** Variables set to a new GUID before the first step (a role assignment's name). */
  fresh: VarName[];
  steps: PlanStep[];
  /** The one JSON line printed at the end: what App details takes. */
  result: ResultField[];
  /** The credential added, or none (device code, managed identity). */
  credential: 'secret' | 'certificate' | 'none';
  /** Objects the plan creates, for the summary: what, and how to remove it. */
  creates: CreatedObject[];
  /** For a plan with finish steps: what the admin checks before finishing, in words that follow "Before finishing, ". */
  finishAfter?: string;
}

export interface CreatedObject {
  what: string;
  /** The variable holding its ID once the plan ran. */
  variable: VarName;
  /** The portal page that shows it: a template with `${NAME}`. */
  portal?: string;
  /** How to remove it: an Azure CLI command with `${NAME}`. */
  remove: string;
}
