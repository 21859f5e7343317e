// What the registration executors' tests run them against: a Graph / Resource Manager transport answering from a list
// (the browser run), bash with an `az` stub answering from a list (the script), and Python's jmespath (Azure CLI's),
// which the script's queries must agree with; and the stand-ins in-process, for the plan's requests.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistrationPlan } from '../src/registration/model';
import type { ApiRequest, Transport } from '../src/registration/run';
import { createDirectory, GraphError, handleGraph } from './graph-server/directory.mjs';
import { ArmError, createResourceManager, handleResourceManager } from './graph-server/resource-manager.mjs';

/** A transport answering each request with the next answer: a body (200), or an error code as a string (400). */
export function scripted(answers: unknown[]): { transport: Transport; sent: ApiRequest[] } {
  const sent: ApiRequest[] = [];
  const transport: Transport = async (request) => {
    sent.push(request);
    const answer = answers.shift();
    if (typeof answer === 'string') return { status: 400, body: { error: { code: answer, message: `${answer} says no` } } };
    return { status: 200, body: answer ?? {} };
  };
  return { transport, sent };
}

/**
 * Runs the rendered script with bash, `az` being a stub: each call is logged, and answers with the n-th answer (text
 * on stdout), or fails with it (an answer starting with "ERROR ") on stderr. Not finishing unless `args` or `env` say so.
 */
export function runScript(script: string, answers: string[], args: string[] = [], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'registration-executor-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  answers.forEach((answer, index) => writeFileSync(join(dir, `answer-${index + 1}`), answer));
  writeFileSync(
    join(bin, 'az'),
    [
      '#!/usr/bin/env bash',
      'printf "%s\\n" "$*" >>"$AZ_DIR/log"',
      'n=$(wc -l <"$AZ_DIR/log")',
      'answer="$AZ_DIR/answer-$((n))"',
      '[ -f "$answer" ] || exit 0',
      'if grep -q "^ERROR " "$answer"; then cat "$answer" >&2; exit 1; fi',
      'cat "$answer"',
    ].join('\n'),
  );
  chmodSync(join(bin, 'az'), 0o755);
  writeFileSync(join(dir, 'log'), '');
  const file = join(dir, 'script.sh');
  writeFileSync(file, script);
  const result = spawnSync('bash', [file, ...args], {
    env: { ...process.env, FINISH: '', ...env, PATH: `${bin}:${process.env.PATH}`, AZ_DIR: dir },
    encoding: 'utf8',
  });
  const calls = readFileSync(join(dir, 'log'), 'utf8').split('\n').filter(Boolean);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls, file };
}

/** Each case's query evaluated on its data by Python's jmespath, as Azure CLI's `--query` evaluates it. */
export function jmespathInPython(cases: { query: string; data: unknown }[]): unknown[] {
  return JSON.parse(
    execFileSync(
      'python3',
      ['-c', 'import json,sys,jmespath; print(json.dumps([jmespath.search(c["query"], c["data"]) for c in json.load(sys.stdin)]))'],
      { input: JSON.stringify(cases), encoding: 'utf8' },
    ),
  ) as unknown[];
}

/** A plan's Graph scopes by name (`User.Read`, …), less those dropped: what its token would carry. */
export const scopesOf = (plan: RegistrationPlan, drop: string[] = []) =>
  new Set(plan.scopes.graph.map((scope) => scope.slice(scope.lastIndexOf('/') + 1)).filter((scope) => !drop.includes(scope)));

/**
 * The stand-ins' directory and Resource Manager, in-process, as the signed-in `user`: a request as the browser run sends
 * it, answered as the stand-ins' server answers it (their errors as Graph's and Resource Manager's bodies).
 */
export function inProcessStandIns(user = 'admin@contoso.test') {
  const directory = createDirectory();
  const resourceManager = createResourceManager();
  const send = (api: ApiRequest['api'], method: string, url: string, body: unknown, scopes: Set<string>) => {
    const parsed = new URL(url, 'https://stand-in.example');
    const request = { method, path: parsed.pathname, query: parsed.searchParams, body, scopes, user };
    try {
      return api === 'graph' ? handleGraph(directory, request) : handleResourceManager(resourceManager, directory, request);
    } catch (error) {
      if (error instanceof GraphError || error instanceof ArmError) {
        const details = error instanceof GraphError ? error.details : undefined;
        return { status: error.status, body: { error: { code: error.code, message: error.message, ...(details ? { details } : {}) } } };
      }
      throw error;
    }
  };
  /** The plan's requests, with its scopes (less those dropped). */
  const transport =
    (plan: RegistrationPlan, drop: string[] = []): Transport =>
    async ({ api, method, url, body }) =>
      send(api, method, url, body, scopesOf(plan, drop));
  return { directory, resourceManager, send, transport };
}
