import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { search } from 'jmespath';
import { describe, expect, it } from 'vitest';
import { createDirectory, secretStatus } from '../../testing/graph-server/directory.mjs';
import { POLICY_ADMIN, setDefaultAppManagementPolicy } from '../../testing/graph-server/app-policies.mjs';
import { inProcessStandIns, jmespathInPython } from '../../testing/executor-stubs';
import { planInputFor } from '../../testing/plan-input';
import { CLOUDS } from '../catalog/clouds';
import { findIntegration } from '../catalog/integrations';
import type { Integration } from '../catalog/types';
import { explainFailure } from './explain';
import { buildPlan } from './plan';
import { buildRotationPlan, rotationProblems, type RotationInput } from './rotation-plan';
import { afterFinish, credentialRows, credentialsOfLine, defaultOld, pickedOld, removedInWords } from './rotation-picks';
import { previewSummary } from './preview-text';
import { rotatedName } from './rotation-steps';
import { previewPlan, resultOf, runPlan, substitute } from './run';
import { renderScript } from './script';
import { settableVariables, unboundReferences, VARS } from './variables';

const user = findIntegration('microsoft-graph-user') as Integration;
const DAY = '2026-12-06';
const NAME = rotatedName(DAY);
const CERT_A = { base64: 'MII' + 'A'.repeat(400), thumbprint: 'AA'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };
const CERT_B = { base64: 'MII' + 'B'.repeat(400), thumbprint: 'BB'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };

/** The Graph stand-in's directory, in-process, as an admin with each plan's scopes. */
function standIn() {
  const { directory, send, transport } = inProcessStandIns(POLICY_ADMIN);
  const admin = new Set(['Application.ReadWrite.All']);
  return {
    directory,
    transport,
    send: (method: string, path: string, body?: unknown, scopes = admin) => send('graph', method, path, body, scopes),
  };
}

/** Registers the app as the registration plan does, with a secret (or a certificate); returns its client ID. */
async function registered(stand: ReturnType<typeof standIn>, certificate?: typeof CERT_A) {
  const plan = buildPlan(
    planInputFor(user, 'client-credentials', {
      displayName: 'Rotation test',
      ...(certificate ? { credential: 'certificate', certificate } : {}),
    }),
  );
  const run = await runPlan(plan, stand.transport(plan));
  expect(run.ok).toBe(true);
  return { clientId: run.variables.CLIENT_ID ?? '', secret: run.variables.CLIENT_SECRET ?? '', app: stand.directory.applications[0] };
}

const rotation = (clientId: string, overrides: Partial<RotationInput> = {}) =>
  buildRotationPlan({
    integration: user,
    cloud: CLOUDS.global,
    clientId,
    credential: 'secret',
    rotatedOn: DAY,
    old: 'default',
    ...overrides,
  });
const status = (stand: ReturnType<typeof standIn>, appId: string, secret: string) =>
  secretStatus(stand.directory, appId, createHash('sha256').update(secret).digest('hex'));
const names = (list: { displayName: string | null }[]) => list.map((credential) => credential.displayName);

describe('the rotation plan', () => {
  const clientId = '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e';

  it('finds the app, reads the policies, adds the new credential, lists them, and removes the old ones only as the finish', () => {
    const plan = rotation(clientId);
    expect(plan.steps.map((step) => step.id)).toEqual([
      'tenant',
      'application',
      'policy-tenant',
      'policy-app',
      'secret',
      'credentials',
      'remove-old',
    ]);
    expect(plan.steps.filter((step) => step.phase === 'finish').map((step) => step.id)).toEqual(['remove-old']);
    expect(plan.steps.find((step) => step.id === 'secret')?.title).toContain('"Cortex XSOAR (rotated 2026-12-06)"');
    expect(plan.result.map((field) => field.key)).toEqual([
      'integration',
      'tenantId',
      'clientId',
      'clientSecret',
      'credentialEndDateTime',
      'credentialLifetime',
      'lifetimeFrom',
      'credentials',
    ]);
    expect(plan.scopes.graph.map((scope) => scope.split('/').at(-1))).toEqual([
      'User.Read',
      'Application.ReadWrite.All',
      'Policy.Read.All',
    ]);
  });

  it.each([
    ['a secret, the default', {}],
    ['a secret, picked key IDs', { old: ['11111111-1111-4111-8111-111111111111'] }],
    ['a certificate, the default', { credential: 'certificate' as const, certificate: CERT_B }],
    ['a certificate, picked', { credential: 'certificate' as const, certificate: CERT_B, old: ['11111111-1111-4111-8111-111111111111'] }],
  ])('%s: every variable is declared and bound before use', (_, overrides) => {
    const plan = rotation(clientId, overrides);
    expect(unboundReferences(plan)).toEqual([]);
    for (const name of settableVariables(plan)) expect(name in VARS, name).toBe(true);
    for (const { variable } of plan.result) expect(settableVariables(plan).has(variable), variable).toBe(true);
  });

  it.each([
    ['secret', {}],
    ['certificate', { credential: 'certificate' as const, certificate: CERT_B, old: ['11111111-1111-4111-8111-111111111111'] }],
  ])('its %s script passes shellcheck and bash -n, and finishes only when told', (name, overrides) => {
    const script = renderScript(rotation(clientId, overrides), { purpose: `rotate the ${name}` });
    const file = join(mkdtempSync(join(tmpdir(), 'rotation-script-')), 'rotate.sh');
    writeFileSync(file, script);
    execFileSync('bash', ['-n', file]);
    execFileSync('shellcheck', ['--severity=style', file]);
    expect(script.indexOf('# The finish:')).toBeLessThan(script.indexOf('STEP="Remove '));
  });

  it('says what keeps it from being planned', () => {
    const base: RotationInput = { integration: user, cloud: CLOUDS.global, clientId, credential: 'secret', rotatedOn: DAY, old: 'default' };
    const codes = (input: Partial<RotationInput>) => rotationProblems({ ...base, ...input }).map((problem) => problem.code);
    expect(codes({})).toEqual([]);
    expect(codes({ clientId: ' ' })).toEqual(['MissingClientId']);
    expect(codes({ clientId: 'my-app' })).toEqual(['BadClientId']);
    expect(codes({ credential: 'certificate' })).toEqual(['MissingCertificate']);
    expect(codes({ old: ['not-a-key'] })).toEqual(['BadKeyId']);
    expect(rotationProblems({ ...base, old: [] })).toEqual([expect.objectContaining({ code: 'NothingPicked', severity: 'warning' })]);
    expect(codes({ cloud: { id: 'custom', graph: '' } })).toEqual(['MissingHost']);
    expect(codes({ cloud: { id: 'custom', graph: 'https://graph.example/v1.0' } })).toEqual(['BadHost']);
  });
});

describe('a secret rotated against the Graph stand-in (browser run)', () => {
  it('adds the new secret beside the old, then, asked to finish, removes the old one by key ID: the new one signs in, the old no more', async () => {
    const stand = standIn();
    const { clientId, secret: old, app } = await registered(stand);
    const plan = rotation(clientId);

    const added = await runPlan(plan, stand.transport(plan));
    expect(added).toMatchObject({ ok: true, stoppedBeforeFinish: 'not-asked' });
    expect(names(app.passwordCredentials)).toEqual(['Cortex XSOAR', NAME]);
    const result = resultOf(plan, added.variables);
    expect(result).toMatchObject({
      clientId,
      clientSecret: expect.stringMatching(/^.{3}8Q~/),
      lifetimeFrom: 'none',
      credentialLifetime: 'P730D',
    });
    const rows = credentialRows(added.variables.CURRENT_CREDENTIALS);
    expect(rows.map((row) => [row.displayName, row.hint])).toEqual([
      ['Cortex XSOAR', old.slice(0, 3)],
      [NAME, result.clientSecret?.slice(0, 3)],
    ]);
    // Both sign in while the instance moves to the new one.
    expect([status(stand, clientId, old), status(stand, clientId, result.clientSecret ?? '')]).toEqual(['valid', 'valid']);

    const finished = await runPlan(plan, stand.transport(plan), { finish: true });
    expect(finished.ok).toBe(true);
    expect(finished.reports.find((report) => report.id === 'secret')?.status).toBe('exists');
    expect(finished.reports.find((report) => report.id === 'remove-old')?.status).toBe('removed');
    expect(names(app.passwordCredentials)).toEqual([NAME]);
    expect(finished.variables.OLD_KEY_IDS).toBe(rows[0]?.keyId);
    expect(
      afterFinish(credentialRows(finished.variables.CURRENT_CREDENTIALS), 'secret', finished.variables).map((row) => row.displayName),
    ).toEqual([NAME]);
    expect(resultOf(plan, finished.variables).clientSecret).toBeNull();
    expect([status(stand, clientId, old), status(stand, clientId, result.clientSecret ?? '')]).toEqual(['wrong', 'valid']);

    // Again: the new secret is found by its name, nothing is added or removed.
    const changes = stand.directory.changes.length;
    const again = await runPlan(plan, stand.transport(plan), { finish: true });
    expect(again.reports.find((report) => report.id === 'remove-old')?.status).toBe('gone');
    expect(stand.directory.changes.length).toBe(changes);
  });

  it('the default leaves credentials the wizard did not make; a pick removes exactly those key IDs, never the new one', async () => {
    const stand = standIn();
    const { clientId, app } = await registered(stand);
    stand.send('POST', `/v1.0/applications/${app.id}/addPassword`, { passwordCredential: { displayName: 'Another tool' } });
    await runPlan(rotation(clientId), stand.transport(rotation(clientId)));
    const [wizards, other, fresh] = app.passwordCredentials.map((credential: { keyId: string }) => credential.keyId);
    const rows = credentialRows(JSON.stringify(app.passwordCredentials));
    expect(defaultOld(rows, 'secret', NAME)).toEqual([wizards]);

    const picked = rotation(clientId, { old: [other, fresh] });
    const run = await runPlan(picked, stand.transport(picked), { finish: true });
    expect(run.variables.OLD_KEY_IDS).toBe(other);
    expect(names(app.passwordCredentials)).toEqual(['Cortex XSOAR', NAME]);
    expect(pickedOld([other, fresh], rows, NAME)).toEqual([other]);
  });

  it('asked to finish on the run that adds the new secret: stops before removing anything', async () => {
    const stand = standIn();
    const { clientId, app } = await registered(stand);
    const plan = rotation(clientId);
    const run = await runPlan(plan, stand.transport(plan), { finish: true });
    expect(run.stoppedBeforeFinish).toBe('made-just-now');
    expect(app.passwordCredentials).toHaveLength(2);
  });

  it('policy-aware as the registration is: the lifetime the policy allows, and a policy forbidding secrets stops it', async () => {
    const stand = standIn();
    const { clientId, app } = await registered(stand);
    const policy = (passwordCredentials: object[]) => ({
      isEnabled: true,
      applicationRestrictions: { passwordCredentials, keyCredentials: [] },
    });
    setDefaultAppManagementPolicy(
      stand.directory,
      policy([{ restrictionType: 'passwordLifetime', maxLifetime: 'P90D', restrictForAppsCreatedAfterDateTime: null }]),
    );
    const plan = rotation(clientId);
    const run = await runPlan(plan, stand.transport(plan));
    expect(resultOf(plan, run.variables)).toMatchObject({ credentialLifetime: 'P90D', lifetimeFrom: 'tenant-policy' });
    const made = app.passwordCredentials.find((credential: { displayName: string }) => credential.displayName === NAME);
    expect(Date.parse(made.endDateTime) - Date.parse(made.startDateTime)).toBe(90 * 86_400_000);

    setDefaultAppManagementPolicy(
      stand.directory,
      policy([{ restrictionType: 'passwordAddition', restrictForAppsCreatedAfterDateTime: null }]),
    );
    const later = rotation(clientId, { rotatedOn: '2027-01-01' });
    const refused = await runPlan(later, stand.transport(later));
    expect(refused.reports.find((report) => report.status === 'failed')).toMatchObject({
      id: 'secret',
      failure: { code: 'SecretNotAllowedByPolicy' },
    });
  });

  it('an unknown client ID stops at the lookup, explained', async () => {
    const stand = standIn();
    const plan = rotation('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e');
    const run = await runPlan(plan, stand.transport(plan));
    const failure = run.reports.find((report) => report.status === 'failed')?.failure;
    expect(failure).toMatchObject({ code: 'AppNotFound' });
    expect(explainFailure(failure!).title).toBe('No app registration with this client ID');
  });

  it('a preview reads only, and says the old one would be removed once the new one is added', async () => {
    const stand = standIn();
    const { clientId } = await registered(stand);
    const changes = stand.directory.changes.length;
    const plan = rotation(clientId);
    const preview = await previewPlan(plan, stand.transport(plan));
    expect(Object.fromEntries(preview.reports.map((report) => [report.id, report.outcome]))).toMatchObject({
      application: 'found',
      secret: 'create',
      credentials: 'found',
      'remove-old': 'remove',
    });
    expect(preview.reports.find((report) => report.id === 'remove-old')?.after).toBe('secret');
    expect(credentialRows(preview.variables.CURRENT_CREDENTIALS).map((row) => row.displayName)).toEqual(['Cortex XSOAR']);
    expect(stand.directory.changes.length).toBe(changes);
  });
});

describe('a certificate rotated against the Graph stand-in', () => {
  it('uploads the new certificate beside the old, and the finish sends the others back without the old one', async () => {
    const stand = standIn();
    const { clientId, app } = await registered(stand, CERT_A);
    const other = app.keyCredentials.length;
    expect(other).toBe(1);
    const plan = rotation(clientId, { credential: 'certificate', certificate: CERT_B });
    const added = await runPlan(plan, stand.transport(plan));
    expect(added.stoppedBeforeFinish).toBe('not-asked');
    expect(names(app.keyCredentials)).toEqual(['CN=Cortex XSOAR', `CN=${NAME}`]);
    expect(resultOf(plan, added.variables)).toMatchObject({
      certificateThumbprint: CERT_B.thumbprint,
      credentialEndDateTime: expect.any(String),
    });
    const newKey = app.keyCredentials[1].keyId;

    const finished = await runPlan(plan, stand.transport(plan), { finish: true });
    expect(finished.reports.find((report) => report.id === 'remove-old')?.status).toBe('removed');
    expect(app.keyCredentials.map((key: { keyId: string; key: string }) => [key.keyId, key.key])).toEqual([[newKey, CERT_B.base64]]);
    expect(
      afterFinish(credentialRows(finished.variables.CURRENT_CREDENTIALS), 'certificate', finished.variables).map((row) => row.keyId),
    ).toEqual([newKey]);
    const again = await runPlan(plan, stand.transport(plan), { finish: true });
    expect(again.reports.find((report) => report.id === 'remove-old')?.status).toBe('gone');
    expect(afterFinish(credentialRows(again.variables.CURRENT_CREDENTIALS), 'certificate', again.variables)).toHaveLength(1);
  });
});

describe('the Graph stand-in’s removePassword, as Graph documents it', () => {
  it('removes by key ID (204), refuses a key ID the app does not hold or that is not a GUID (400), and needs Application.ReadWrite.All', async () => {
    const stand = standIn();
    const { app } = await registered(stand);
    const keyId = app.passwordCredentials[0].keyId;
    const path = `/v1.0/applications/${app.id}/removePassword`;
    expect(stand.send('POST', path, { keyId }, new Set(['Application.Read.All'])).status).toBe(403);
    expect(stand.send('POST', path, { keyId: 'x' })).toMatchObject({ status: 400, body: { error: { code: 'Request_BadRequest' } } });
    expect(stand.send('POST', path, { keyId })).toEqual({ status: 204 });
    expect(app.passwordCredentials).toEqual([]);
    expect(stand.send('POST', path, { keyId })).toMatchObject({ status: 400, body: { error: { code: 'Request_BadRequest' } } });
    expect(stand.send('POST', `/v1.0/applications/${crypto.randomUUID()}/removePassword`, { keyId }).status).toBe(404);
  });

  it('lists each secret with its display name, key ID, hint and dates, never its text', async () => {
    const stand = standIn();
    const { app } = await registered(stand);
    const listed = stand.send('GET', `/v1.0/applications/${app.id}?$select=passwordCredentials`) as {
      body: { passwordCredentials: object[] };
    };
    expect(listed.body.passwordCredentials).toEqual([
      expect.objectContaining({
        displayName: 'Cortex XSOAR',
        keyId: expect.any(String),
        hint: expect.any(String),
        startDateTime: expect.any(String),
        endDateTime: expect.any(String),
        secretText: null,
      }),
    ]);
    expect(createDirectory().applications).toEqual([]);
  });
});

describe('the rotation’s queries mean the same to the browser’s JMESPath and to Azure CLI’s', () => {
  const variables = { SECRET_KEY_ID: 'k-new', CERTIFICATE_KEY_ID: 'c-new' };
  const secrets = {
    passwordCredentials: [
      {
        displayName: 'Cortex XSOAR',
        keyId: 'k-old',
        hint: 'abc',
        startDateTime: '2024-01-01T00:00:00Z',
        endDateTime: '2026-01-01T00:00:00Z',
      },
      { displayName: NAME, keyId: 'k-new', hint: 'def', startDateTime: '2026-12-06T00:00:00Z', endDateTime: '2028-12-05T00:00:00Z' },
      { displayName: null, keyId: 'k-none', hint: 'ghi', startDateTime: null, endDateTime: null },
      {
        displayName: 'Cortex XSOAR (rotated 2025-01-01)',
        keyId: 'k-older',
        hint: 'jkl',
        startDateTime: null,
        endDateTime: '2027-01-01T00:00:00Z',
      },
    ],
  };
  const certificates = {
    keyCredentials: [
      {
        displayName: 'CN=Cortex XSOAR',
        keyId: 'c-old',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        key: CERT_A.base64,
        startDateTime: 'a',
        endDateTime: 'b',
      },
      {
        displayName: `CN=${NAME}`,
        keyId: 'c-new',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        key: CERT_B.base64,
        startDateTime: 'c',
        endDateTime: 'd',
      },
      {
        displayName: 'CN=someone else',
        keyId: 'c-other',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        key: 'MIIx',
        startDateTime: 'e',
        endDateTime: 'f',
      },
    ],
  };
  const plans = [
    [rotation('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e'), secrets],
    [rotation('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e', { old: ['k-none', 'k-new'] }), secrets],
    [rotation('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e', { credential: 'certificate', certificate: CERT_B }), certificates],
    [rotation('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e', { credential: 'certificate', certificate: CERT_B, old: [] }), { keyCredentials: [] }],
  ] as const;

  it('evaluated by jmespath.js and by Python’s jmespath, as the script wraps them', () => {
    const cases = plans.flatMap(([plan, data]) =>
      plan.steps
        .filter((step) => step.id === 'credentials' || step.id === 'remove-old')
        .flatMap((step) => step.look?.binds ?? [])
        .map((bind) => ({ name: bind.name, query: `(${substitute(bind.query, variables)}) || ''`, data })),
    );
    const python = jmespathInPython(cases);
    const js = cases.map(({ query, data }) => search(data as Parameters<typeof search>[0], query));
    // to_string's JSON differs in spacing only between the two: compare what it says.
    const same = (value: unknown) => (typeof value === 'string' && value.startsWith('[') ? JSON.parse(value) : value);
    expect(js.map(same)).toEqual(python.map(same));
    const value = (index: number, name: string) => js.filter((_, at) => cases[at]?.name === name)[index];
    // The default: the wizard's other secrets, not the new one, not one without a name.
    expect(value(0, 'OLD_KEY_IDS')).toBe('k-old k-older');
    expect(value(0, 'OLD_CREDENTIALS')).toBe(
      'Cortex XSOAR (key ID k-old, ends 2026-01-01T00:00:00Z); Cortex XSOAR (rotated 2025-01-01) (key ID k-older, ends 2027-01-01T00:00:00Z)',
    );
    // A pick: only those, and never the new one.
    expect(value(1, 'OLD_KEY_IDS')).toBe('k-none');
    expect(value(1, 'OLD_CREDENTIALS_GONE')).toBe('');
    expect(value(2, 'OLD_KEY_IDS')).toBeUndefined();
    expect(value(2, 'OLD_CREDENTIALS')).toBe('CN=Cortex XSOAR (key ID c-old, ends b)');
    expect(JSON.parse(`[${value(0, 'REMAINING_CERTIFICATES') as string}]`).map((key: { keyId: string }) => key.keyId)).toEqual([
      'c-new',
      'c-other',
    ]);
    expect(value(1, 'OLD_CREDENTIALS_GONE')).toBe('');
    expect(value(3, 'OLD_CREDENTIALS_GONE')).toBe('yes');
    // The page's default pick is the query's.
    expect(defaultOld(credentialRows(JSON.stringify(secrets.passwordCredentials)), 'secret', NAME, 'k-new')).toEqual(['k-old', 'k-older']);
    expect(defaultOld(credentialRows(JSON.stringify(certificates.keyCredentials)), 'certificate', `CN=${NAME}`, 'c-new')).toEqual([
      'c-old',
    ]);
  });
});

describe('what the page reads of a rotation', () => {
  it('takes the credentials from the script’s line, pasted alone or with the output above it', () => {
    const line = JSON.stringify({
      integration: 'x',
      credentials: JSON.stringify([{ displayName: 'Cortex XSOAR', keyId: 'k' }, { nope: 1 }]),
    });
    expect(credentialsOfLine(`• step\n  done\n${line}\n`)).toEqual([{ displayName: 'Cortex XSOAR', keyId: 'k' }]);
    expect(credentialsOfLine('{"integration":"x"}')).toBeUndefined();
    expect(credentialsOfLine('{not json')).toBeUndefined();
    expect(credentialRows('not json')).toEqual([]);
  });

  it('a preview counts what a run would remove, and what is already gone', () => {
    const report = (outcome: 'remove' | 'gone' | 'exists') => ({ id: outcome, title: outcome, outcome });
    expect(previewSummary([report('exists'), report('remove')])).toBe(
      'Preview: a run would make changes (1 already there, 1 to remove). Nothing was changed.',
    );
    expect(previewSummary([report('gone')])).toBe('Preview: a run would change nothing (1 already gone). Nothing was changed.');
  });
});

describe('removedInWords', () => {
  it('shows each end time as its day, and leaves the names and key IDs as they are', () => {
    expect(
      removedInWords(
        'Cortex XSOAR (key ID c13b1a92-e616-4692-a433-774ce174c802, ends 2027-12-06T07:50:00Z); CN=Cortex XSOAR (key ID 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0, ends 2028-01-31T23:59:59.1234567Z)',
      ),
    ).toBe(
      'Cortex XSOAR (key ID c13b1a92-e616-4692-a433-774ce174c802, ends 2027-12-06); CN=Cortex XSOAR (key ID 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0, ends 2028-01-31)',
    );
    expect(removedInWords('nothing')).toBe('nothing');
    expect(removedInWords('(no name) (key ID 1, ends ?)')).toBe('(no name) (key ID 1, ends ?)');
  });
});
