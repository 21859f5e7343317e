import { describe, expect, it } from 'vitest';
import type { PlanStep, RegistrationPlan } from './model';
import { previewPlan, runPlan, type ApiRequest } from './run';
import { renderScript } from './script';
import { ref, unboundReferences } from './variables';
import { runScript, scripted } from '../../testing/executor-stubs';

// A finish step (model.ts `Phase`), a creation repeated per item (`each`) and a removal (`removes`), run by both
// executors: the browser run with answers in order, the script with `az` as a stub that answers in order.

const ours = "value[?name!='new']";
const steps: PlanStep[] = [
  {
    id: 'tenant',
    title: 'Read the tenant ID',
    look: { call: { api: 'graph', method: 'GET', path: '/organization' }, binds: [{ name: 'TENANT_ID', query: 'value[0].id' }] },
  },
  {
    id: 'add',
    title: 'Add the new one',
    look: {
      call: { api: 'graph', method: 'GET', path: '/secrets' },
      binds: [{ name: 'SECRET_KEY_ID', query: "value[?name=='new'].id | [0]" }],
    },
    make: {
      call: { api: 'graph', method: 'POST', path: '/secrets', body: { name: 'new' } },
      binds: [{ name: 'SECRET_KEY_ID', query: 'id' }],
    },
  },
  {
    id: 'remove',
    title: 'Remove the old ones',
    phase: 'finish',
    look: {
      call: { api: 'graph', method: 'GET', path: '/secrets' },
      binds: [
        { name: 'OLD_CREDENTIALS_GONE', query: `!(${ours}) && 'yes'` },
        { name: 'OLD_KEY_IDS', query: `join(' ', ${ours}.id)` },
        { name: 'OLD_CREDENTIALS', query: `join('; ', ${ours}.name)` },
      ],
    },
    removes: { what: 'OLD_CREDENTIALS' },
    each: { list: 'OLD_KEY_IDS', item: 'OLD_KEY_ID' },
    make: {
      call: { api: 'graph', method: 'POST', path: `/secrets/${ref('OLD_KEY_ID')}/remove`, body: { keep: ref('SECRET_KEY_ID') } },
      binds: [],
    },
  },
  {
    id: 'after',
    title: 'Read what is left',
    phase: 'finish',
    look: { call: { api: 'graph', method: 'GET', path: '/secrets' }, binds: [] },
  },
];
const plan: RegistrationPlan = {
  hosts: { graph: 'https://graph.example', arm: '' },
  scopes: { graph: [], arm: [] },
  constants: { INTEGRATION: 'hand-made' },
  fresh: [],
  steps,
  result: [
    { key: 'tenantId', variable: 'TENANT_ID' },
    { key: 'keyId', variable: 'SECRET_KEY_ID' },
  ],
  credential: 'secret',
  creates: [],
  finishAfter: 'try the new one',
};

const organization = { value: [{ id: 't1' }] };
const both = {
  value: [
    { id: 'k-new', name: 'new' },
    { id: 'o1', name: 'old one' },
    { id: 'o2', name: 'old two' },
  ],
};
const onlyNew = { value: [{ id: 'k-new', name: 'new' }] };
const onlyOld = { value: [{ id: 'o1', name: 'old one' }] };

const posts = (sent: ApiRequest[]) => sent.filter((request) => request.method === 'POST').map((request) => request.url);

const removals = (calls: string[]) => calls.filter((call) => call.includes('--method POST') && call.includes('/remove'));

describe('the plan’s variables', () => {
  it('binds the item of a repeated creation for it, and the list before it', () => {
    expect(unboundReferences(plan)).toEqual([]);
    const withoutList = steps.map((step) =>
      step.id === 'remove' ? { ...step, each: { list: 'SP_ID' as const, item: 'OLD_KEY_ID' as const } } : step,
    );
    expect(unboundReferences({ ...plan, steps: withoutList })).toEqual([{ step: 'remove', name: 'SP_ID' }]);
  });
});

describe('the browser run', () => {
  it('not asked to finish: runs the steps before the finish and stops, leaving them pending', async () => {
    const { transport, sent } = scripted([organization, onlyOld, { id: 'k-new' }]);
    const run = await runPlan(plan, transport);
    expect(run).toMatchObject({ ok: true, stoppedBeforeFinish: 'not-asked' });
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'made', 'pending', 'pending']);
    expect(sent).toHaveLength(3);
  });

  it('asked to finish after steps that changed nothing: removes each old one, by its own request', async () => {
    const { transport, sent } = scripted([organization, both, both, {}, {}, onlyNew]);
    const run = await runPlan(plan, transport, { finish: true });
    expect(run.ok).toBe(true);
    expect(run.stoppedBeforeFinish).toBeUndefined();
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'exists', 'removed', 'found']);
    expect(posts(sent)).toEqual(['https://graph.example/secrets/o1/remove', 'https://graph.example/secrets/o2/remove']);
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([
      { keep: 'k-new' },
      { keep: 'k-new' },
    ]);
  });

  it('asked to finish by a run that made the new one just now: stops before the finish', async () => {
    const { transport, sent } = scripted([organization, onlyOld, { id: 'k-new' }]);
    const run = await runPlan(plan, transport, { finish: true });
    expect(run).toMatchObject({ ok: true, stoppedBeforeFinish: 'made-just-now' });
    expect(posts(sent)).toEqual(['https://graph.example/secrets']);
  });

  it('nothing left to remove: already gone, nothing sent', async () => {
    const { transport, sent } = scripted([organization, onlyNew, onlyNew, onlyNew]);
    const run = await runPlan(plan, transport, { finish: true });
    expect(run.reports.map((report) => report.status)).toEqual(['found', 'exists', 'gone', 'found']);
    expect(posts(sent)).toEqual([]);
  });

  it('a preview reads the finish’s lookups too, and says what would be removed', async () => {
    const { transport, sent } = scripted([organization, both, both, onlyNew]);
    const preview = await previewPlan(plan, transport);
    expect(preview.reports.map((report) => report.outcome)).toEqual(['found', 'exists', 'remove', 'found']);
    expect(preview.variables.OLD_KEY_IDS).toBe('o1 o2');
    expect(sent.every((request) => request.method === 'GET')).toBe(true);
  });
});

describe('the script', () => {
  const script = renderScript(plan, { purpose: 'a hand-made plan' });

  it('renders the finish as a guarded block, the removal as a loop over the list', () => {
    expect(script).toContain('if [ "$FINISH" != 1 ] || ! changed_nothing; then');
    expect(script).toContain('  read -r -a items <<<"$OLD_KEY_IDS"\n  for OLD_KEY_ID in "${items[@]}"; do\n');
    expect(script.indexOf('# The finish:')).toBeLessThan(script.indexOf('# 3/4. Remove the old ones'));
  });

  it('run plainly: makes the new one, says what the finish would remove and how to finish, prints the line, stops', () => {
    const { status, stdout, stderr, calls, file } = runScript(script, ['t1', '', 'k-new', '\no1 o2\nold one; old two']);
    expect(status, stderr).toBe(0);
    expect(calls).toHaveLength(4);
    expect(removals(calls)).toEqual([]);
    expect(stderr).toContain('• Still to do: Remove the old ones\n  would remove: old one; old two\n');
    expect(stderr).toContain('Not finished yet');
    expect(stderr).toContain('Before finishing, try the new one.\n');
    expect(stderr).toContain(`Then finish with: bash ${file} --finish\n`);
    expect(stderr).not.toContain('• Read what is left');
    expect(stdout).toBe('{"tenantId":"t1","keyId":"k-new"}\n');
  });

  it.each([
    ['--finish', ['--finish'], {}],
    ['FINISH=1', [], { FINISH: '1' }],
  ])('with %s after steps that changed nothing: removes each old one, then goes on', (_, args, env) => {
    const { status, stdout, stderr, calls } = runScript(script, ['t1', 'k-new', '\no1 o2\nold one; old two'], args, env);
    expect(status, stderr).toBe(0);
    expect(removals(calls).map((call) => /--url (\S+)/.exec(call)?.[1])).toEqual([
      'https://graph.example/secrets/o1/remove',
      'https://graph.example/secrets/o2/remove',
    ]);
    expect(removals(calls).every((call) => call.includes('"keep":"k-new"'))).toBe(true);
    expect(stderr).toContain('• Add the new one\n  already there\n');
    expect(stderr).toContain('• Remove the old ones\n  removed\n');
    expect(stderr).toContain('• Read what is left\n  found\n');
    expect(stdout).toBe('{"tenantId":"t1","keyId":"k-new"}\n');
  });

  it('with --finish, when it made the new one just now: stops before the finish, as the browser run does', () => {
    const { status, stderr, calls } = runScript(script, ['t1', '', 'k-new', '\no1\nold one'], ['--finish']);
    expect(status).toBe(0);
    expect(removals(calls)).toEqual([]);
    expect(stderr).toContain('Not finished: this run has just made what the finish follows');
  });

  it('with --finish and nothing left: already gone', () => {
    const { status, stderr, calls } = runScript(script, ['t1', 'k-new', 'yes'], ['--finish']);
    expect(status).toBe(0);
    expect(removals(calls)).toEqual([]);
    expect(stderr).toContain('• Remove the old ones\n  already gone\n');
  });

  it('refuses an option it does not know, before any request', () => {
    const { status, stderr, calls } = runScript(script, [], ['--finsh']);
    expect(status).toBe(1);
    expect(stderr).toContain('Unknown option --finsh: the only one is --finish.');
    expect(calls).toEqual([]);
  });

  it('a plan without finish steps takes no options and has no guard', () => {
    const plain = renderScript({ ...plan, steps: steps.slice(0, 2) }, { purpose: 'x' });
    expect(plain).not.toContain('for arg in "$@"');
    expect(plain).not.toContain('# The finish:');
  });
});
