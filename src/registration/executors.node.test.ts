import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../catalog/clouds';
import { INTEGRATIONS } from '../catalog/integrations';
import type { Integration } from '../catalog/types';
import type { Call, PlanStep, RegistrationPlan, Retry } from './model';
import { buildPlan } from './plan';
import { previewPlan, runPlan, type ApiRequest, type Transport } from './run';
import { renderScript } from './script';
import { ref, unboundMessage } from './variables';
import { runScript, scripted } from '../../testing/executor-stubs';

const plan = (steps: PlanStep[]): RegistrationPlan => ({
  hosts: { graph: 'https://graph.example', arm: 'https://arm.example' },
  scopes: { graph: [], arm: [] },
  constants: { INTEGRATION: 'hand-made' },
  fresh: [],
  steps,
  result: [{ key: 'tenantId', variable: 'TENANT_ID' }],
  credential: 'none',
  creates: [],
});
const tenantStep: PlanStep = {
  id: 'tenant',
  title: 'Read the tenant ID',
  look: { call: { api: 'graph', method: 'GET', path: '/v1.0/organization' }, binds: [{ name: 'TENANT_ID', query: 'value[0].id' }] },
};
/** A step that reads `${SP_ID}`, which no step sets. */
const unboundStep: PlanStep = {
  id: 'unbound',
  title: 'Read what nothing found',
  look: { call: { api: 'graph', method: 'GET', path: `/v1.0/servicePrincipals/${ref('SP_ID')}` }, binds: [] },
};
const retried = (retry: Retry): PlanStep => ({
  id: 'assign',
  title: 'Assign the role',
  look: {
    call: { api: 'arm', method: 'GET', path: '/assignments' },
    binds: [{ name: 'ROLE_ASSIGNMENT_ID', query: 'value[0].id' }],
  },
  make: {
    call: { api: 'arm', method: 'PUT', path: `/assignments/${ref('TENANT_ID')}`, body: {} },
    binds: [{ name: 'ROLE_ASSIGNMENT_ID', query: 'id' }],
    retry,
  },
});

/** Answers in order; an answer with an `error` code is a 400. Records what was sent. */
describe('an unbound variable stops both executors the same way', () => {
  const handMade = plan([tenantStep, unboundStep]);
  const expected = `UnboundVariable: ${unboundMessage('SP_ID')}`;

  it('the browser run fails the step with UnboundVariable, naming it, and sends nothing for it', async () => {
    const { transport, sent } = scripted([{ value: [{ id: 'tenant-1' }] }]);
    const run = await runPlan(handMade, transport);
    expect(run.ok).toBe(false);
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'failed']);
    const failure = run.reports[1]?.failure;
    expect(failure).toMatchObject({ status: 0, code: 'UnboundVariable', message: unboundMessage('SP_ID'), api: 'graph' });
    expect(`${failure?.code}: ${failure?.message}`).toBe(expected);
    expect(sent).toHaveLength(1);
  });

  it('an empty value is a set one, as in the shell', async () => {
    const { transport, sent } = scripted([{ value: [] }, {}]);
    const reading = plan([
      tenantStep,
      { ...unboundStep, look: { ...unboundStep.look!, call: { ...unboundStep.look!.call, path: `/x/${ref('TENANT_ID')}` } } },
    ]);
    expect((await runPlan(reading, transport)).ok).toBe(true);
    expect(sent[1]?.url).toBe('https://graph.example/x/');
  });

  it('the script stops before the request with the same words', () => {
    const script = renderScript(handMade, { purpose: 'a hand-made plan' });
    expect(script).toContain('need SP_ID\n');
    const { status, stderr, stdout, calls } = runScript(script, ['tenant-1']);
    expect(status).toBe(1);
    expect(stderr).toContain(`✗ Read what nothing found: ${expected}\n`);
    expect(stderr).not.toContain('unbound variable');
    expect(calls).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('the script runs a plan whose variables are all bound', () => {
    const { status, stdout, calls } = runScript(renderScript(plan([tenantStep]), { purpose: 'x' }), ['tenant-1']);
    expect(status).toBe(0);
    expect(calls).toEqual([
      expect.stringMatching(
        /^rest --method GET --url https:\/\/graph.example\/v1.0\/organization .*--query \[\(value\[0\]\.id\) \|\| ''\]/,
      ),
    ]);
    expect(stdout).toBe('{"tenantId":"tenant-1"}\n');
  });
});

describe('a call’s retry, honoured by both executors', () => {
  const retry: Retry = { times: 3, delayMs: 0, on: ['PrincipalNotFound'], waitingFor: 'the principal to arrive' };
  const handMade = plan([tenantStep, retried(retry)]);

  it('the browser run sends again on the codes, at most `times` in all, waiting `delayMs`', async () => {
    const twice = scripted([{ value: [{ id: 't' }] }, { value: [] }, 'PrincipalNotFound', 'PrincipalNotFound', { id: 'new' }]);
    const waits: number[] = [];
    const run = await runPlan(plan([tenantStep, retried({ ...retry, delayMs: 7 })]), twice.transport, {
      sleep: async (ms) => void waits.push(ms),
    });
    expect(run.ok).toBe(true);
    expect(run.variables.ROLE_ASSIGNMENT_ID).toBe('new');
    expect(waits).toEqual([7, 7]);

    const always = scripted([
      { value: [{ id: 't' }] },
      { value: [] },
      'PrincipalNotFound',
      'PrincipalNotFound',
      'PrincipalNotFound',
      { id: 'late' },
    ]);
    const failed = await runPlan(handMade, always.transport, { sleep: async () => undefined });
    expect(failed.reports[1]?.failure?.code).toBe('PrincipalNotFound');
    expect(always.sent.filter((request) => request.method === 'PUT')).toHaveLength(3);

    const other = scripted([{ value: [{ id: 't' }] }, { value: [] }, 'AuthorizationFailed']);
    expect((await runPlan(handMade, other.transport)).reports[1]?.failure?.code).toBe('AuthorizationFailed');
    expect(other.sent).toHaveLength(3);
  });

  it('the script renders the retry from the call, and sends again on the codes', () => {
    const script = renderScript(handMade, { purpose: 'x' });
    expect(script).toContain(
      'out=$(rest_retrying "PrincipalNotFound" 3 0 "the principal to arrive" PUT "$ARM" "/assignments/${TENANT_ID}"',
    );
    const error = 'ERROR Bad Request({"error":{"code":"PrincipalNotFound","message":"not yet"}})';
    const twice = runScript(script, ['t', '', error, error, 'new']);
    expect(twice.status).toBe(0);
    expect(twice.calls.filter((call) => call.includes('--method PUT'))).toHaveLength(3);
    expect(twice.stderr.match(/waiting for the principal to arrive…/g)).toHaveLength(2);

    const always = runScript(script, ['t', '', error, error, error, 'late']);
    expect(always.status).toBe(1);
    expect(always.calls.filter((call) => call.includes('--method PUT'))).toHaveLength(3);

    const other = runScript(script, ['t', '', 'ERROR Forbidden({"error":{"code":"AuthorizationFailed"}})']);
    expect(other.status).toBe(1);
    expect(other.calls).toHaveLength(3);
  });

  it('the plan puts it on the role assignment after creating a service principal, and nowhere else', () => {
    const storage = INTEGRATIONS.find((integration) => integration.id === 'azure-storage') as Integration;
    const built = buildPlan({
      integration: storage,
      flowId: 'client-credentials',
      cloud: CLOUDS.global,
      displayName: 'Cortex XSOAR - Storage',
      wizardAddress: 'https://wizard.example/',
      credential: 'secret',
      scope: '/subscriptions/0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
      roleName: 'Contributor',
    });
    const calls = built.steps.flatMap((step) => [step.look, step.make].filter((call): call is Call => Boolean(call)));
    expect(calls.filter((call) => call.retry).map((call) => call.call.method)).toEqual(['PUT']);
    expect(built.steps.find((step) => step.id === 'role-assignment')?.make?.retry).toEqual({
      times: 10,
      delayMs: 10_000,
      on: ['PrincipalNotFound'],
      waitingFor: 'the new service principal to reach Azure Resource Manager',
    });
    expect(renderScript(built, { purpose: 'x' })).toContain(
      '  out=$(rest_retrying "PrincipalNotFound" 10 10 "the new service principal to reach Azure Resource Manager" PUT "$ARM"',
    );
  });
});

describe('cancelling a browser run', () => {
  const steps: PlanStep[] = ['one', 'two', 'three'].map((id) => ({
    id,
    title: `Step ${id}`,
    look: { call: { api: 'graph', method: 'GET', path: `/${id}` }, binds: [] },
  }));

  it('stops between steps: what was done is reported, the rest is cancelled', async () => {
    const controller = new AbortController();
    const { transport, sent } = scripted([]);
    const run = await runPlan(plan(steps), transport, {
      signal: controller.signal,
      onProgress: (reports) => {
        if (reports[0]?.status === 'found') controller.abort();
      },
    });
    expect(run).toMatchObject({ ok: false, cancelled: true });
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'cancelled', 'cancelled']);
    expect(sent).toHaveLength(1);
  });

  it('stops while it waits to retry, and sends nothing more', async () => {
    const controller = new AbortController();
    const { transport, sent } = scripted([{ value: [{ id: 't' }] }, { value: [] }, 'PrincipalNotFound', { id: 'new' }]);
    const run = await runPlan(plan([tenantStep, retried({ times: 5, delayMs: 1, on: ['PrincipalNotFound'] })]), transport, {
      signal: controller.signal,
      sleep: async () => controller.abort(),
    });
    expect(run.cancelled).toBe(true);
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'cancelled']);
    expect(sent).toHaveLength(3);
  });

  it('a run never started is all cancelled', async () => {
    const { transport, sent } = scripted([]);
    const run = await runPlan(plan(steps), transport, { signal: AbortSignal.abort() });
    expect(run.reports.every((report) => report.status === 'cancelled')).toBe(true);
    expect(sent).toEqual([]);
  });
});

describe('previewPlan on a hand-made plan', () => {
  it('sends only the reads and says exists, create or update, waiting for what a creation would give', async () => {
    const created: PlanStep = {
      id: 'app',
      title: 'Create the app',
      look: { call: { api: 'graph', method: 'GET', path: '/apps' }, binds: [{ name: 'APP_OBJECT_ID', query: 'value[0].id' }] },
      make: { call: { api: 'graph', method: 'POST', path: '/apps', body: {} }, binds: [{ name: 'APP_OBJECT_ID', query: 'id' }] },
    };
    const configured: PlanStep = {
      id: 'configure',
      title: 'Configure the app',
      look: { call: { api: 'graph', method: 'GET', path: `/apps/${ref('APP_OBJECT_ID')}` }, binds: [{ name: 'CONFIGURED', query: 'ok' }] },
      make: { call: { api: 'graph', method: 'PATCH', path: `/apps/${ref('APP_OBJECT_ID')}`, body: {} }, binds: [] },
    };
    const { transport, sent } = scripted([{ value: [{ id: 't' }] }, { value: [] }]);
    const preview = await previewPlan(plan([tenantStep, created, configured]), transport);
    expect(preview.ok).toBe(true);
    expect(preview.reports).toEqual([
      { id: 'tenant', title: 'Read the tenant ID', outcome: 'found' },
      { id: 'app', title: 'Create the app', outcome: 'create' },
      { id: 'configure', title: 'Configure the app', outcome: 'update', after: 'app' },
    ]);
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET']);

    const existing = scripted([{ value: [{ id: 't' }] }, { value: [{ id: 'app-1' }] }, { ok: false }]);
    const again = await previewPlan(plan([tenantStep, created, configured]), existing.transport);
    expect(again.reports.map((report) => report.outcome)).toEqual(['found', 'exists', 'update']);
    expect(existing.sent.map((request) => request.url)).toEqual([
      'https://graph.example/v1.0/organization',
      'https://graph.example/apps',
      'https://graph.example/apps/app-1',
    ]);
  });

  it('stops where a run would stop, and on its signal', async () => {
    const required: PlanStep = {
      ...tenantStep,
      look: { ...tenantStep.look!, binds: [{ name: 'TENANT_ID', query: 'value[0].id', required: 'No organization.' }] },
    };
    const { transport } = scripted([{ value: [] }]);
    const preview = await previewPlan(plan([required, unboundStep]), transport);
    expect(preview.ok).toBe(false);
    expect(preview.reports.map((report) => report.outcome)).toEqual(['failed', 'skipped']);
    expect(preview.reports[0]?.failure).toMatchObject({ code: 'NotFound', message: 'No organization.' });

    const unbound = await previewPlan(plan([tenantStep, unboundStep]), scripted([{ value: [{ id: 't' }] }]).transport);
    expect(unbound.reports[1]?.failure).toMatchObject({ code: 'UnboundVariable', message: unboundMessage('SP_ID') });

    const cancelled = await previewPlan(plan([tenantStep]), scripted([]).transport, { signal: AbortSignal.abort() });
    expect(cancelled).toMatchObject({ ok: false, cancelled: true, reports: [{ outcome: 'skipped' }] });
  });
});

describe('a step’s computation (a credential’s validity), worked out the same way by both executors', () => {
  const DAY = 86_400_000;
  /** Looks up the lifetime, then computes the validity and sends it in the creation's body. */
  const secret = (until?: string): PlanStep => ({
    id: 'secret',
    title: 'Add the secret',
    look: {
      call: { api: 'graph', method: 'GET', path: '/secret' },
      binds: [
        { name: 'SECRET_KEY_ID', query: 'keyId' },
        { name: 'CREDENTIAL_LIFETIME', query: 'lifetime' },
      ],
    },
    compute: [{ kind: 'validity', lifetime: ref('CREDENTIAL_LIFETIME'), until, start: 'CREDENTIAL_START', end: 'CREDENTIAL_END' }],
    make: {
      call: {
        api: 'graph',
        method: 'POST',
        path: '/secret',
        body: { passwordCredential: { startDateTime: ref('CREDENTIAL_START'), endDateTime: ref('CREDENTIAL_END') } },
      },
      binds: [],
    },
  });
  const dates = (body: unknown) => {
    const { startDateTime, endDateTime } = (body as { passwordCredential: { startDateTime: string; endDateTime: string } })
      .passwordCredential;
    return { start: Date.parse(startDateTime), end: Date.parse(endDateTime), endDateTime };
  };
  const scriptBody = (calls: string[]) =>
    JSON.parse(/--body (\{.*\})$/.exec(calls.find((call) => call.includes('POST')) ?? '')?.[1] ?? '{}');

  it('the browser run: from now for the lifetime, or until the date when sooner', async () => {
    const { transport, sent } = scripted([{ value: [{ id: 't' }] }, { lifetime: 'P180D' }, {}]);
    const before = Date.now();
    expect((await runPlan(plan([tenantStep, secret()]), transport)).ok).toBe(true);
    const { start, end } = dates(sent[2]?.body);
    expect(start).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(end - start).toBe(180 * DAY);

    const capped = scripted([{ value: [{ id: 't' }] }, { lifetime: 'P1Y' }, {}]);
    await runPlan(plan([tenantStep, secret('2020-01-01T00:00:00Z')]), capped.transport);
    expect(dates(capped.sent[2]?.body).endDateTime).toBe('2020-01-01T00:00:00Z');
  });

  it('the script: the same dates, with the prelude’s validity', () => {
    const script = renderScript(plan([tenantStep, secret()]), { purpose: 'x' });
    expect(script).toContain('  need CREDENTIAL_LIFETIME\n  out=$(validity "${CREDENTIAL_LIFETIME}" "")\n');
    const { status, calls } = runScript(script, ['t', '\nP180D', '']);
    expect(status).toBe(0);
    const { start, end } = dates(scriptBody(calls));
    expect(Math.abs(start - Date.now())).toBeLessThan(60_000);
    expect(end - start).toBe(180 * DAY);

    const capped = runScript(renderScript(plan([tenantStep, secret('2020-01-01T00:00:00Z')]), { purpose: 'x' }), ['t', '\nP1Y', '']);
    expect(dates(scriptBody(capped.calls)).endDateTime).toBe('2020-01-01T00:00:00Z');
  });

  it('both refuse a lifetime that is not an ISO 8601 duration with the same words, and send nothing', async () => {
    const expected = 'InvalidDuration: The lifetime "six months" is not an ISO 8601 duration.';
    const { transport, sent } = scripted([{ value: [{ id: 't' }] }, { lifetime: 'six months' }]);
    const run = await runPlan(plan([tenantStep, secret()]), transport);
    const failure = run.reports[1]?.failure;
    expect(`${failure?.code}: ${failure?.message}`).toBe(expected);
    expect(sent).toHaveLength(2);

    const script = runScript(renderScript(plan([tenantStep, secret()]), { purpose: 'x' }), ['t', '\nsix months']);
    expect(script.status).toBe(1);
    expect(script.stderr).toContain(`✗ Add the secret: ${expected}\n`);
    expect(script.calls).toHaveLength(2);
  });
});

describe('a tolerated 403 and a required value’s code, in both executors', () => {
  const policy: PlanStep = {
    id: 'policy',
    title: 'Read the policy',
    look: {
      call: { api: 'graph', method: 'GET', path: '/policy' },
      binds: [{ name: 'POLICY_READ', query: "id && 'yes'" }],
      tolerate: { status: 403, because: 'the policy' },
    },
  };
  const allowed: PlanStep = {
    id: 'allowed',
    title: 'Check the secret is allowed',
    look: {
      call: { api: 'graph', method: 'GET', path: `/allowed/${ref('POLICY_READ')}` },
      binds: [{ name: 'SECRET_ALLOWED', query: 'allowed', required: 'Secrets are forbidden.', failCode: 'SecretNotAllowedByPolicy' }],
    },
  };
  const forbidden = 'ERROR Forbidden({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}})';

  it('the browser run goes on past a 403 with the values empty, and stops with the required value’s code', async () => {
    const sent: ApiRequest[] = [];
    const answers = [
      { status: 403, body: { error: { code: 'Authorization_RequestDenied' } } },
      { status: 200, body: {} },
    ];
    const transport: Transport = async (request) => (sent.push(request), answers.shift() ?? { status: 200 });
    const run = await runPlan(plan([policy, allowed]), transport);
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'failed']);
    expect(sent[1]?.url).toBe('https://graph.example/allowed/');
    expect(run.reports[1]?.failure).toMatchObject({ code: 'SecretNotAllowedByPolicy', message: 'Secrets are forbidden.' });

    const other = await runPlan(plan([policy]), async () => ({ status: 400, body: { error: { code: 'BadRequest' } } }));
    expect(other.reports[0]?.failure?.code).toBe('BadRequest');
  });

  it('the script does the same', () => {
    const script = renderScript(plan([policy, allowed]), { purpose: 'x' });
    expect(script).toContain('out=$(rest_tolerating "the policy" GET "$GRAPH" "/policy"');
    const { status, stderr, calls } = runScript(script, [forbidden, '']);
    expect(status).toBe(1);
    expect(stderr).toContain('  not readable: the policy\n');
    expect(calls[1]).toContain('--url https://graph.example/allowed/ ');
    expect(stderr).toContain('✗ Check the secret is allowed: SecretNotAllowedByPolicy: Secrets are forbidden.\n');

    const other = runScript(renderScript(plan([policy]), { purpose: 'x' }), ['ERROR Bad Request({"error":{"code":"BadRequest"}})']);
    expect(other.status).toBe(1);
  });
});
