import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyVersion } from '../catalog/integrations';

import type { RegistrationPlan } from './model';
import { blockingProblems, buildPlan, canRegister, planProblems } from './plan';
import {
  callReferences,
  familyVar,
  ref,
  referencesIn,
  settableVariables,
  unboundMessage,
  unboundReferences,
  VAR_FAMILIES,
  VARS,
  type VarName,
} from './variables';
import { planInputFor, TEST_CERTIFICATE } from '../../testing/plan-input';

/** A plan for every integration, every version of it, every flow it registers, with a secret and with a certificate. */
const PLANS = everyVersion().flatMap((integration) =>
  integration.flows
    .filter((flow) => canRegister(flow.id))
    .flatMap((flow) =>
      (['secret', 'certificate'] as const).flatMap((credential) => {
        const input = planInputFor(integration, flow.id, {
          credential,
          ...(credential === 'certificate' ? { certificate: TEST_CERTIFICATE } : {}),
        });
        if (blockingProblems(planProblems(input)).length) return [];
        const name = `${integration.id}${integration.version ? `@${integration.version.id}` : ''}, ${flow.id}, ${credential}`;
        return [[name, buildPlan(input)] as const];
      }),
    ),
);

/** A name matches a declared variable or one of the families (`API_<API>`: `API_` and any upper-case rest). */
const declared = (name: string) =>
  name in VARS ||
  Object.keys(VAR_FAMILIES).some((family) => new RegExp(`^${family.replace('<n>', '[0-9]+').replace('<API>', '[A-Z0-9_]+')}$`).test(name));

describe('variables declared once', () => {
  it('writes a reference as the plan’s strings hold it', () => {
    expect(ref('SP_ID')).toBe('${SP_ID}');
    expect(ref(familyVar.permission(0))).toBe('${PERMISSION_1}');
    expect(ref(familyVar.api('Microsoft Graph'))).toBe('${API_MICROSOFT_GRAPH}');
    expect(ref(`${familyVar.grant('Microsoft Graph')}_SCOPE`)).toBe('${GRANT_MICROSOFT_GRAPH_SCOPE}');
    // @ts-expect-error A name that is not declared does not compile.
    expect(ref('SP_IDD')).toBe('${SP_IDD}');
    // @ts-expect-error Nor does a family member with the wrong kind of part.
    const wrong: VarName = 'PERMISSION_one';
    expect(wrong).toBeTruthy();
  });

  it('gives every variable a one-line meaning', () => {
    for (const meaning of [...Object.values(VARS), ...Object.values(VAR_FAMILIES)]) {
      expect(meaning.length).toBeGreaterThan(10);
      expect(meaning).not.toContain('\n');
    }
  });

  it('leaves no raw `${NAME}` text in plan.ts: every reference goes through ref()', () => {
    const source = readFileSync(new URL('./plan.ts', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n');
    expect(source.match(/\\\$\{/g) ?? []).toEqual([]);
    expect((source.match(/\$\{[A-Z][A-Z0-9_]*\}/g) ?? []).filter((text) => !/SECRET_NAME|ARM_API_VERSION/.test(text))).toEqual([]);
  });

  it('finds the references of a text and of a call', () => {
    expect(referencesIn("a ${SP_ID} b ${SP_ID} '${CLIENT_ID}' $x ${lower}")).toEqual(['SP_ID', 'CLIENT_ID']);
    expect(
      callReferences({
        call: { api: 'graph', method: 'POST', path: `/a/${ref('APP_OBJECT_ID')}`, body: { id: ref('SP_ID') } },
        binds: [{ name: 'CLIENT_ID', query: `value[?id=='${ref('TENANT_ID')}']` }],
      }),
    ).toEqual(['APP_OBJECT_ID', 'SP_ID', 'TENANT_ID']);
  });
});

describe('every plan of the catalog binds each variable before a step uses it', () => {
  it('builds plans to check', () => expect(PLANS.length).toBeGreaterThan(100));

  it.each(PLANS)('%s', (_, plan) => {
    // Each reference is a constant, a fresh GUID, or bound by an earlier step (or the step's own lookup).
    expect(unboundReferences(plan)).toEqual([]);
    const used = plan.steps.flatMap((step) => [step.look, step.make].flatMap((call) => (call ? callReferences(call) : [])));
    const settable = settableVariables(plan);
    for (const name of [...used, ...settable]) expect(declared(name), `${name} is declared in VARS or VAR_FAMILIES`).toBe(true);
    // The result line and the summary's objects name variables the plan can set (the script declares them empty first).
    for (const { variable } of [...plan.result, ...plan.creates]) expect(settable.has(variable), variable).toBe(true);
    for (const { portal = '', remove } of plan.creates)
      for (const name of referencesIn(portal + remove)) expect(settable.has(name), name).toBe(true);
  });
});

describe('unboundReferences', () => {
  const plan = (steps: RegistrationPlan['steps']): RegistrationPlan => ({
    hosts: { graph: 'https://graph.example', arm: 'https://arm.example' },
    scopes: { graph: [], arm: [] },
    constants: { INTEGRATION: 'x' },
    fresh: ['ASSIGNMENT_NAME'],
    steps,
    result: [],
    credential: 'none',
    creates: [],
  });
  const get = (path: string, binds: { name: VarName; query: string }[] = []) => ({
    call: { api: 'graph' as const, method: 'GET' as const, path },
    binds,
  });

  it('names a reference nothing set, and one only a creation sets when the step has a lookup', () => {
    expect(
      unboundReferences(
        plan([
          { id: 'a', title: 'A', look: get(`/a/${ref('INTEGRATION')}/${ref('ASSIGNMENT_NAME')}/${ref('SP_ID')}`) },
          {
            id: 'b',
            title: 'B',
            look: get('/b', [{ name: 'APP_OBJECT_ID', query: 'id' }]),
            make: {
              ...get(`/b/${ref('APP_OBJECT_ID')}`, [{ name: 'CLIENT_SECRET', query: 'x' }]),
              call: { api: 'graph', method: 'POST', path: `/b/${ref('APP_OBJECT_ID')}` },
            },
          },
          { id: 'c', title: 'C', look: get(`/c/${ref('CLIENT_SECRET')}/${ref('APP_OBJECT_ID')}`) },
        ]),
      ),
    ).toEqual([
      { step: 'a', name: 'SP_ID' },
      { step: 'c', name: 'CLIENT_SECRET' },
    ]);
  });

  it('has the wording both executors stop with', () => {
    expect(unboundMessage('SP_ID')).toBe('The plan uses SP_ID before any step sets it.');
  });
});
