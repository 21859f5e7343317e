import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { search } from 'jmespath';
import { describe, expect, it } from 'vitest';
import { createDirectory } from '../../testing/graph-server/directory.mjs';
import {
  assignAppManagementPolicy,
  DEFAULT_POLICY_ID,
  POLICY_ADMIN,
  setDefaultAppManagementPolicy,
  SHARED_ADMIN_EXEMPTION,
} from '../../testing/graph-server/app-policies.mjs';
import { selfSigned } from '../../testing/openssl';
import { planInputFor } from '../../testing/plan-input';
import { findIntegration } from '../catalog/integrations';
import type { FlowId, Integration } from '../catalog/types';
import { explainFailure } from './explain';
import type { RegistrationPlan } from './model';
import { buildPlan, type PlanInput } from './plan';
import { resultOf, runPlan, substitute } from './run';
import { inProcessStandIns, jmespathInPython } from '../../testing/executor-stubs';

const DAY = 86_400_000;
const user = findIntegration('microsoft-graph-user') as Integration;
const CERTIFICATE = { base64: 'MII' + 'C'.repeat(400), thumbprint: 'CD'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };

/** The stand-in's directory, in-process, as a signed-in user with the plan's scopes (less those dropped). */
function standIn(signedIn = POLICY_ADMIN) {
  const { directory, send, transport } = inProcessStandIns(signedIn);
  const admin = new Set(['Application.ReadWrite.All', 'Policy.Read.All']);
  return {
    directory,
    transport,
    send: (method: string, path: string, body?: unknown, scopes = admin) => send('graph', method, path, body, scopes),
  };
}

const planFor = (overrides: Partial<PlanInput> = {}, integration = user, flowId: FlowId = 'client-credentials') =>
  buildPlan(planInputFor(integration, flowId, { displayName: 'Policy test', ...overrides }));
const tenantPolicy = (passwordCredentials: object[], keyCredentials: object[] = [], isEnabled = true) => ({
  isEnabled,
  applicationRestrictions: { passwordCredentials, keyCredentials },
});
const lifetime = (maxLifetime: string, more: object = {}) => ({
  restrictionType: 'passwordLifetime',
  maxLifetime,
  restrictForAppsCreatedAfterDateTime: null,
  ...more,
});
const span = ({ startDateTime, endDateTime }: { startDateTime: string; endDateTime: string }) =>
  Date.parse(endDateTime) - Date.parse(startDateTime);

describe('the secret, made for as long as the app management policy allows', () => {
  it('a tenant policy of 180 days: the secret lasts exactly that, the result says so, and a second run finds it', async () => {
    const { directory, transport } = standIn();
    setDefaultAppManagementPolicy(directory, tenantPolicy([lifetime('P180D')]));
    const plan = planFor();
    const run = await runPlan(plan, transport(plan));
    expect(run.reports.filter((report) => report.failure)).toEqual([]);
    const [secret] = directory.applications[0].passwordCredentials;
    expect(span(secret)).toBe(180 * DAY);
    const result = resultOf(plan, run.variables);
    expect(result).toMatchObject({ credentialLifetime: 'P180D', lifetimeFrom: 'tenant-policy', clientSecret: expect.any(String) });
    expect(Date.parse(result.credentialEndDateTime ?? '')).toBe(Date.parse(secret.endDateTime));

    const again = await runPlan(plan, transport(plan));
    expect(again.reports.find((report) => report.id === 'secret')?.status).toBe('exists');
    expect(resultOf(plan, again.variables).credentialEndDateTime).toBe(secret.endDateTime);
  });

  it.each([
    ['no policy', undefined],
    ['a disabled tenant policy', tenantPolicy([lifetime('P30D')], [], false)],
    ['a disabled restriction', tenantPolicy([lifetime('P30D', { state: 'disabled' })])],
    [
      'a restriction for apps created later',
      tenantPolicy([lifetime('P30D', { restrictForAppsCreatedAfterDateTime: '2999-01-01T00:00:00Z' })]),
    ],
  ])('%s: 24 months, the portal’s longest', async (_, policy) => {
    const { directory, transport } = standIn();
    if (policy) setDefaultAppManagementPolicy(directory, policy);
    const plan = planFor();
    const run = await runPlan(plan, transport(plan));
    expect(run.ok).toBe(true);
    expect(span(directory.applications[0].passwordCredentials[0])).toBe(730 * DAY);
    expect(resultOf(plan, run.variables)).toMatchObject({ credentialLifetime: 'P730D', lifetimeFrom: 'none' });
  });

  it('a restriction for apps created since a past date holds a new app', async () => {
    const { directory, transport } = standIn();
    setDefaultAppManagementPolicy(
      directory,
      tenantPolicy([lifetime('P90D', { restrictForAppsCreatedAfterDateTime: '2019-01-01T00:00:00Z' })]),
    );
    const plan = planFor();
    expect((await runPlan(plan, transport(plan))).ok).toBe(true);
    expect(span(directory.applications[0].passwordCredentials[0])).toBe(90 * DAY);
  });

  it('the app’s own policy replaces the tenant default, and does not inherit from it', async () => {
    const { directory, transport, send } = standIn();
    setDefaultAppManagementPolicy(directory, tenantPolicy([lifetime('P180D')]));
    const created = send('POST', '/v1.0/applications', { displayName: 'Policy test', signInAudience: 'AzureADMyOrg' });
    const appId = (created.body as { id: string }).id;
    const own = assignAppManagementPolicy(directory, appId, { restrictions: { passwordCredentials: [lifetime('P30D')] } });
    const plan = planFor();
    const run = await runPlan(plan, transport(plan));
    expect(run.ok).toBe(true);
    expect(span(directory.applications[0].passwordCredentials[0])).toBe(30 * DAY);
    expect(run.variables.APP_POLICY).toBe(own.id);
    expect(resultOf(plan, run.variables).lifetimeFrom).toBe('app-policy');

    // A policy without a lifetime restriction: no limit, though the tenant default has one.
    const other = createDirectory();
    setDefaultAppManagementPolicy(other, tenantPolicy([lifetime('P180D')]));
    const alone = standIn();
    Object.assign(alone.directory, other);
    const app = (alone.send('POST', '/v1.0/applications', { displayName: 'Policy test' }).body as { id: string }).id;
    assignAppManagementPolicy(alone.directory, app, { restrictions: { passwordCredentials: [] } });
    const unlimited = await runPlan(plan, alone.transport(plan));
    expect(resultOf(plan, unlimited.variables)).toMatchObject({ credentialLifetime: 'P730D', lifetimeFrom: 'none' });
  });

  it('an admin who may not read the policy: 24 months, the result says why, and a policy’s refusal is explained', async () => {
    const { transport } = standIn();
    const plan = planFor();
    const run = await runPlan(plan, transport(plan, ['Policy.Read.All']));
    expect(run.reports.filter((report) => report.id.startsWith('policy-')).map((report) => report.status)).toEqual(['found', 'found']);
    expect(resultOf(plan, run.variables)).toMatchObject({ credentialLifetime: 'P730D', lifetimeFrom: 'unreadable' });

    const limited = standIn();
    setDefaultAppManagementPolicy(limited.directory, tenantPolicy([lifetime('P180D')]));
    const refused = await runPlan(plan, limited.transport(plan, ['Policy.Read.All']));
    const failure = refused.reports.find((report) => report.status === 'failed')?.failure;
    expect(failure).toMatchObject({
      status: 400,
      code: 'CredentialInvalidLifetimeAsPerAppPolicy',
      message: `Credential lifetime exceeds the max value allowed as per assigned policy '${DEFAULT_POLICY_ID}'.`,
    });
    expect(explainFailure(failure!).fix).toMatch(/Policy\.Read\.All/);
  });
});

describe('a policy that forbids secrets steers to a certificate', () => {
  const forbidding = tenantPolicy([{ restrictionType: 'passwordAddition', maxLifetime: null, restrictForAppsCreatedAfterDateTime: null }]);

  it('the plan stops before addPassword and says to use a certificate; the certificate then goes up', async () => {
    const { directory, transport } = standIn();
    setDefaultAppManagementPolicy(directory, forbidding);
    const plan = planFor();
    const run = await runPlan(plan, transport(plan));
    const failed = run.reports.find((report) => report.status === 'failed');
    expect(failed?.id).toBe('secret');
    expect(failed?.failure).toMatchObject({
      code: 'SecretNotAllowedByPolicy',
      message: expect.stringMatching(/Credential › Certificate on App details/),
    });
    expect(explainFailure(failed!.failure!).title).toMatch(/forbids client secrets/);
    expect(directory.applications[0].passwordCredentials).toEqual([]);
    expect(directory.changes.map((change: { change: string }) => change.change).join('\n')).not.toMatch(/added a password/);

    const certificate = planFor({ credential: 'certificate', certificate: CERTIFICATE });
    const uploaded = await runPlan(certificate, transport(certificate));
    expect(uploaded.ok).toBe(true);
    expect(uploaded.reports.filter((report) => report.status === 'made').map((report) => report.id)).toEqual(['certificate']);
    expect(resultOf(certificate, uploaded.variables)).toMatchObject({
      certificateThumbprint: CERTIFICATE.thumbprint,
      credentialEndDateTime: CERTIFICATE.notAfter,
      lifetimeFrom: 'none',
    });
  });

  it('one that exempts some admins is Graph’s to decide: an exempt admin gets the secret, another is refused and steered', async () => {
    const sparing = tenantPolicy([
      { restrictionType: 'passwordAddition', excludeActors: { customSecurityAttributes: [SHARED_ADMIN_EXEMPTION] } },
    ]);
    const exempt = standIn('admin@contoso.test');
    setDefaultAppManagementPolicy(exempt.directory, sparing);
    const plan = planFor();
    expect((await runPlan(plan, exempt.transport(plan))).ok).toBe(true);

    const held = standIn();
    setDefaultAppManagementPolicy(held.directory, sparing);
    const failure = (await runPlan(plan, held.transport(plan))).reports.find((report) => report.failure)?.failure;
    expect(failure).toMatchObject({ status: 400, code: 'CredentialTypeNotAllowedAsPerAppPolicy' });
    expect(explainFailure(failure!).fix).toMatch(/Credential › Certificate/);
  });

  it('a secret the app already has is left alone', async () => {
    const { directory, transport } = standIn();
    const plan = planFor();
    expect((await runPlan(plan, transport(plan))).ok).toBe(true);
    setDefaultAppManagementPolicy(directory, forbidding);
    const again = await runPlan(plan, transport(plan));
    expect(again.ok).toBe(true);
    expect(again.reports.find((report) => report.id === 'secret')?.status).toBe('exists');
  });
});

describe('a certificate, within the policy’s asymmetricKeyLifetime', () => {
  it('outliving the policy: Entra’s credential ends when the policy says; the other certificates are kept as they are', async () => {
    const { directory, transport } = standIn();
    setDefaultAppManagementPolicy(directory, tenantPolicy([], [{ restrictionType: 'asymmetricKeyLifetime', maxLifetime: 'P90D' }]));
    const plan = planFor({ credential: 'certificate', certificate: CERTIFICATE });
    const run = await runPlan(plan, transport(plan));
    expect(run.ok).toBe(true);
    const [key] = directory.applications[0].keyCredentials;
    expect(span(key)).toBe(90 * DAY);
    expect(resultOf(plan, run.variables)).toMatchObject({ credentialLifetime: 'P90D', lifetimeFrom: 'tenant-policy' });
    expect(plan.steps.find((step) => step.id === 'certificate')?.title).toMatch(/valid until 2099-01-01, or less if the policy limits/);

    const renewed = planFor({
      credential: 'certificate',
      certificate: { ...CERTIFICATE, base64: 'MII' + 'D'.repeat(400), notAfter: '2030-01-01T00:00:00Z' },
    });
    expect((await runPlan(renewed, transport(renewed))).ok).toBe(true);
    expect(directory.applications[0].keyCredentials[0]).toEqual(key);
    expect(directory.applications[0].keyCredentials).toHaveLength(2);
  });

  it('a certificate shorter than the policy keeps its own end', async () => {
    const { directory, transport } = standIn();
    setDefaultAppManagementPolicy(directory, tenantPolicy([], [{ restrictionType: 'asymmetricKeyLifetime', maxLifetime: 'P3650D' }]));
    const soon = new Date(Date.now() + 40 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const plan = planFor({ credential: 'certificate', certificate: { ...CERTIFICATE, notAfter: soon } });
    const run = await runPlan(plan, transport(plan));
    expect(Date.parse(directory.applications[0].keyCredentials[0].endDateTime)).toBe(Date.parse(soon));
    expect(resultOf(plan, run.variables).credentialEndDateTime).toBe(soon);
  });
});

describe('the Graph stand-in enforces the policies as Graph documents them', () => {
  it('serves the default policy to an admin with Policy.Read.All and a reader role, else 403', () => {
    const { send } = standIn();
    const read = send('GET', '/v1.0/policies/defaultAppManagementPolicy');
    expect(read).toMatchObject({
      status: 200,
      body: { id: DEFAULT_POLICY_ID, isEnabled: false, applicationRestrictions: { passwordCredentials: [] } },
    });
    expect(send('GET', '/v1.0/policies/defaultAppManagementPolicy', undefined, new Set(['Application.ReadWrite.All']))).toMatchObject({
      status: 403,
      body: { error: { code: 'Authorization_RequestDenied' } },
    });
    expect(standIn('developer@contoso.test').send('GET', '/v1.0/policies/defaultAppManagementPolicy')).toMatchObject({ status: 403 });
  });

  it('refuses addPassword beyond maxLifetime (Graph’s two-year default too), or at all under passwordAddition', () => {
    const { directory, send } = standIn();
    const app = (send('POST', '/v1.0/applications', { displayName: 'x' }).body as { id: string }).id;
    setDefaultAppManagementPolicy(directory, tenantPolicy([lifetime('P180D')]));
    const start = '2030-01-01T00:00:00Z';
    const add = (endDateTime?: string) =>
      send('POST', `/v1.0/applications/${app}/addPassword`, {
        passwordCredential: { displayName: 'x', ...(endDateTime ? { startDateTime: start, endDateTime } : {}) },
      });
    const message = `Credential lifetime exceeds the max value allowed as per assigned policy '${DEFAULT_POLICY_ID}'.`;
    expect(add('2030-06-30T00:00:01Z')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'CredentialInvalidLifetimeAsPerAppPolicy',
          message,
          details: [{ code: 'InvalidKeyEndDate', message, target: 'EndDate' }],
        },
      },
    });
    expect(add()).toMatchObject({ status: 400, body: { error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy' } } });
    expect(add('2030-06-30T00:00:00Z')).toMatchObject({ status: 200, body: { endDateTime: '2030-06-30T00:00:00.000Z' } });

    setDefaultAppManagementPolicy(
      directory,
      tenantPolicy([{ restrictionType: 'passwordAddition', restrictForAppsCreatedAfterDateTime: null }]),
    );
    expect(add('2030-02-01T00:00:00Z')).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'CredentialTypeNotAllowedAsPerAppPolicy',
          message: `Credential type not allowed as per assigned policy '${DEFAULT_POLICY_ID}'.`,
        },
      },
    });
  });

  it('spares the actors its excludeActors name by custom security attribute', () => {
    const policy = tenantPolicy([
      { restrictionType: 'passwordAddition', excludeActors: { customSecurityAttributes: [SHARED_ADMIN_EXEMPTION] } },
    ]);
    for (const [signedIn, status] of [
      ['admin@contoso.test', 200],
      [POLICY_ADMIN, 400],
    ] as const) {
      const { directory, send } = standIn(signedIn);
      const app = (send('POST', '/v1.0/applications', { displayName: 'x' }).body as { id: string }).id;
      setDefaultAppManagementPolicy(directory, policy);
      expect(send('POST', `/v1.0/applications/${app}/addPassword`, { passwordCredential: {} }).status).toBe(status);
    }
  });

  it('refuses a certificate whose own validity outlives asymmetricKeyLifetime, read from the certificate when no dates are sent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-certificate-'));
    selfSigned(dir, { key: 'key.pem', cert: 'cert.pem', subject: '/CN=Policy test', days: 365 });
    const base64 = readFileSync(join(dir, 'cert.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, '');
    const { directory, send } = standIn();
    const app = (send('POST', '/v1.0/applications', { displayName: 'x' }).body as { id: string }).id;
    setDefaultAppManagementPolicy(directory, tenantPolicy([], [{ restrictionType: 'asymmetricKeyLifetime', maxLifetime: 'P180D' }]));
    const patch = (key: object) =>
      send('PATCH', `/v1.0/applications/${app}`, {
        keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: base64, ...key }],
      });
    expect(patch({})).toMatchObject({ status: 400, body: { error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy' } } });
    const start = new Date().toISOString();
    expect(patch({ startDateTime: start, endDateTime: new Date(Date.parse(start) + 180 * DAY).toISOString() })).toMatchObject({
      status: 204,
    });
  });

  it('stores the app instance property lock, and refuses a malformed one', () => {
    const { send, directory } = standIn();
    const app = (send('POST', '/v1.0/applications', { displayName: 'x' }).body as { id: string }).id;
    expect(send('PATCH', `/v1.0/applications/${app}`, { servicePrincipalLockConfiguration: { isEnabled: 'yes' } })).toMatchObject({
      status: 400,
    });
    send('PATCH', `/v1.0/applications/${app}`, { servicePrincipalLockConfiguration: { isEnabled: true, allProperties: true } });
    expect(send('GET', `/v1.0/applications/${app}?$select=servicePrincipalLockConfiguration`).body).toMatchObject({
      servicePrincipalLockConfiguration: { isEnabled: true, allProperties: true },
    });
    expect(directory.applications[0].servicePrincipalLockConfiguration).toEqual({ isEnabled: true, allProperties: true });
  });
});

describe('a multi-tenant app gets the app instance property lock', () => {
  const protection = findIntegration('azure-ad-identity-protection') as Integration;

  it('with its reason in the step’s title; a second run finds it; single-tenant apps do not get the step', async () => {
    const { directory, transport } = standIn();
    const plan = planFor({}, protection, 'device-code');
    const step = plan.steps.find((candidate) => candidate.id === 'instance-lock');
    expect(step?.title).toMatch(/app instance property lock: the app is multi-tenant/);
    expect((await runPlan(plan, transport(plan))).ok).toBe(true);
    expect(directory.applications[0]).toMatchObject({
      signInAudience: 'AzureADMultipleOrgs',
      servicePrincipalLockConfiguration: { isEnabled: true, allProperties: true },
    });
    expect((await runPlan(plan, transport(plan))).reports.find((report) => report.id === 'instance-lock')?.status).toBe('exists');
    expect(planFor().steps.some((candidate) => candidate.id === 'instance-lock')).toBe(false);
  });

  it('Policy.Read.All is asked for only when the plan makes a credential', () => {
    const policyRead = (plan: RegistrationPlan) => plan.scopes.graph.some((scope) => scope.endsWith('/Policy.Read.All'));
    expect(policyRead(planFor())).toBe(true);
    expect(policyRead(planFor({}, protection, 'device-code'))).toBe(false);
    expect(policyRead(planFor({}, user, 'managed-identity'))).toBe(false);
  });
});

describe('the policy queries mean the same to the browser’s JMESPath and to Azure CLI’s', () => {
  const plan = planFor();
  const queries = (id: string) => plan.steps.find((step) => step.id === id)?.look?.binds ?? [];
  const documents: Record<string, unknown[]> = {
    'policy-tenant': [
      {},
      { id: DEFAULT_POLICY_ID, isEnabled: false, applicationRestrictions: { passwordCredentials: [lifetime('P30D')] } },
      {
        id: DEFAULT_POLICY_ID,
        isEnabled: true,
        applicationRestrictions: {
          passwordCredentials: [
            lifetime('P180D', { restrictForAppsCreatedAfterDateTime: '2020-01-01T00:00:00Z' }),
            { restrictionType: 'passwordAddition', state: 'disabled' },
          ],
        },
      },
      {
        id: DEFAULT_POLICY_ID,
        isEnabled: true,
        applicationRestrictions: {
          passwordCredentials: [
            { restrictionType: 'passwordAddition', excludeActors: { customSecurityAttributes: [SHARED_ADMIN_EXEMPTION] } },
          ],
        },
      },
      {
        id: DEFAULT_POLICY_ID,
        isEnabled: true,
        applicationRestrictions: { passwordCredentials: [{ restrictionType: 'passwordAddition' }] },
      },
    ],
    'policy-app': [
      { value: [] },
      { value: [{ id: 'p1', isEnabled: true, restrictions: { passwordCredentials: [{ restrictionType: 'passwordAddition' }] } }] },
    ],
    secret: [
      { createdDateTime: '2024-03-05T13:14:55Z', passwordCredentials: [] },
      {
        createdDateTime: '2019-12-31T23:59:59Z',
        passwordCredentials: [{ displayName: 'Cortex XSOAR', keyId: 'k', endDateTime: '2027-01-01T00:00:00Z' }],
      },
      { passwordCredentials: [] },
    ],
  };
  const variables = [
    {},
    {
      APP_POLICY: '',
      POLICY_READ: 'yes',
      TENANT_LIFETIME: 'P180D',
      TENANT_LIFETIME_SINCE: '2020-01-01T00:00:00Z',
      TENANT_BLOCKS_SECRETS_SINCE: '',
    },
    {
      APP_POLICY: 'p1',
      APP_BLOCKS_SECRETS_SINCE: '0001-01-01T00:00:00Z',
      APP_LIFETIME: '',
      APP_LIFETIME_SINCE: '',
      TENANT_BLOCKS_SECRETS_SINCE: '',
    },
  ].map((set) => ({
    POLICY_READ: '',
    TENANT_BLOCKS_SECRETS_SINCE: '',
    TENANT_LIFETIME: '',
    TENANT_LIFETIME_SINCE: '',
    APP_POLICY: '',
    APP_BLOCKS_SECRETS_SINCE: '',
    APP_LIFETIME: '',
    APP_LIFETIME_SINCE: '',
    ...set,
  }));

  it('evaluated by jmespath.js and by Python’s jmespath (Azure CLI’s), as the script wraps them', () => {
    const cases = Object.entries(documents).flatMap(([id, docs]) =>
      docs.flatMap((data) =>
        variables.flatMap((set) => queries(id).map((bind) => ({ query: `(${substitute(bind.query, set)}) || ''`, data }))),
      ),
    );
    expect(cases.length).toBeGreaterThan(60);
    const python = jmespathInPython(cases);
    expect(cases.map(({ query, data }) => search(data as Parameters<typeof search>[0], query))).toEqual(python);
    // Not everything empty: the cases reach the values that matter.
    expect(new Set(python)).toEqual(
      new Set([
        '',
        'yes',
        'P180D',
        'P730D',
        '2020-01-01T00:00:00Z',
        '0001-01-01T00:00:00Z',
        'p1',
        'k',
        '2027-01-01T00:00:00Z',
        'none',
        'unreadable',
        'tenant-policy',
      ]),
    );
  });
});
