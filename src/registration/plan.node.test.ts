import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_IDENTITY } from '../../testing/graph-server/directory.mjs';
import { RESOURCE_GROUP, SUBSCRIPTION_ID } from '../../testing/graph-server/resource-manager.mjs';
import { usesRoleAssignments } from '../catalog/checklist';
import type { RegistrationChange } from '../catalog/fix';
import { narrowIntegration } from '../catalog/least-privilege';
import { CLOUDS } from '../catalog/clouds';
import { INTEGRATIONS } from '../catalog/integrations';
import type { FlowId, Integration } from '../catalog/types';
import { blockingProblems, buildPlan, canRegister, planProblems, type PlanInput } from './plan';
import { previewPlan, resultOf, runPlan, type ApiRequest, type Transport } from './run';
import { renderScript } from './script';
import { inProcessStandIns } from '../../testing/executor-stubs';
import { planInputFor, TEST_WIZARD_ADDRESS } from '../../testing/plan-input';

const WIZARD = TEST_WIZARD_ADDRESS;
const byId = (id: string) => INTEGRATIONS.find((integration) => integration.id === id) as Integration;

const inputFor = planInputFor;

const standIn = inProcessStandIns;

const flows = INTEGRATIONS.flatMap((integration) =>
  integration.flows.filter((flow) => canRegister(flow.id)).map((flow) => [integration.id, flow.id] as const),
);

describe('the registration plan for every integration and flow', () => {
  it.each(flows)('%s, %s', (id, flowId) => {
    const integration = byId(id);
    const flow = integration.flows.find((candidate) => candidate.id === flowId)!;
    const input = inputFor(integration, flowId);
    const blocking = blockingProblems(planProblems(input));
    if (blocking.length) {
      // Only a managed identity of an integration with no fixed permissions may be left to the admin.
      expect(flowId).toBe('managed-identity');
      expect(flow.permissions).toEqual([]);
      return;
    }
    const plan = buildPlan(input);
    const text = JSON.stringify(plan.steps);
    const managed = flowId === 'managed-identity';
    // A role assigned in Azure's Access control (IAM); one given elsewhere (a cluster's, an organization's) is the admin's.
    const inIam = !integration.roleAssignedIn || integration.roleAssignedIn.includes('Access control (IAM)');
    const roles = (flowId === 'client-credentials' || managed) && usesRoleAssignments(integration, flow) && inIam;
    const permissions = managed
      ? roles
        ? []
        : (integration.flows.find((candidate) => candidate.id === 'client-credentials')?.permissions ?? []).filter(
            (p) => p.type === 'Application',
          )
      : flow.permissions;
    for (const permission of permissions) {
      // Resolved by name from the API's service principal, in the list of its type.
      const list = permission.type === 'Application' ? 'appRoles' : 'oauth2PermissionScopes';
      expect(text).toContain(`${list}[?value=='${permission.name}'`);
    }
    const applicationGrants = plan.steps.filter((step) => step.make?.call.path.endsWith('/appRoleAssignments'));
    expect(applicationGrants).toHaveLength(permissions.filter((p) => p.type === 'Application').length);
    const delegatedApis = new Set(permissions.filter((p) => p.type === 'Delegated').map((p) => p.api));
    expect(plan.steps.filter((step) => step.make?.call.path === '/v1.0/oauth2PermissionGrants')).toHaveLength(delegatedApis.size);
    expect(plan.steps.some((step) => step.make?.call.api === 'arm')).toBe(roles);
    expect(text).not.toMatch(/"id":"[0-9a-f]{8}-(?!0000-0000-c000)/);
    expect(plan.steps.some((step) => step.id === 'application')).toBe(!managed);
    expect(plan.credential).toBe(managed || flowId === 'device-code' ? 'none' : 'secret');
  });

  it('uses each national cloud’s own Graph and Resource Manager hosts and Azure CLI cloud', () => {
    const storage = byId('azure-storage');
    for (const cloud of Object.values(CLOUDS)) {
      const plan = buildPlan(inputFor(storage, 'client-credentials', { cloud }));
      expect(plan.hosts).toEqual({ graph: cloud.graph, arm: cloud.resourceManager });
      expect(plan.scopes.arm).toEqual([`${cloud.resourceManager}/user_impersonation`]);
      expect(plan.scopes.graph.every((scope) => scope.startsWith(`${cloud.graph}/`))).toBe(true);
    }
    expect(buildPlan(inputFor(storage, 'client-credentials', { cloud: CLOUDS['gcc-high'] })).azureCliCloud).toBe('AzureUSGovernment');
    expect(buildPlan(inputFor(storage, 'client-credentials', { cloud: CLOUDS.china })).azureCliCloud).toBe('AzureChinaCloud');
  });

  it('leaves a role given outside Azure Resource Manager to the admin, and says where', () => {
    const explorer = byId('azure-data-explorer');
    const problems = planProblems(inputFor(explorer, 'client-credentials'));
    expect(problems).toEqual([
      {
        code: 'RoleOutsideAzure',
        severity: 'warning',
        message: expect.stringMatching(/rights are given in Azure Data Explorer cluster › Databases .* after the plan registers the app/),
      },
    ]);
    expect(buildPlan(inputFor(explorer, 'client-credentials')).steps.some((step) => step.look?.call.api === 'arm')).toBe(false);
  });

  it('says what is missing instead of making a plan that cannot work', () => {
    const user = byId('microsoft-graph-user');
    expect(planProblems(inputFor(user, 'xsoar-app'))).toEqual([
      { code: 'VendorApp', severity: 'error', message: 'This flow uses the vendor-hosted app: there is nothing to register.' },
    ]);
    const first = (overrides: Partial<PlanInput>, integration = user, flowId: FlowId = 'client-credentials') =>
      planProblems(inputFor(integration, flowId, overrides))[0];
    expect(first({ displayName: 'a"; rm -rf /' })).toMatchObject({
      code: 'BadDisplayName',
      severity: 'error',
      message: expect.stringMatching(/no quotes, \$ or backslashes/),
    });
    expect(first({ credential: 'certificate' })).toMatchObject({
      code: 'MissingCertificate',
      message: expect.stringMatching(/Generate or bring the certificate/),
    });
    expect(first({ identity: '' }, user, 'managed-identity')).toMatchObject({
      code: 'MissingIdentity',
      message: expect.stringMatching(/object ID, or the name of the VM/),
    });
    expect(first({ scope: '/subscriptions/nope' }, byId('azure-storage'))).toMatchObject({
      code: 'BadScope',
      message: expect.stringMatching(/subscription ID/),
    });
    expect(planProblems(inputFor(user, 'client-credentials', { cloud: { id: 'custom', graph: '', resourceManager: '' } }))).toContainEqual({
      code: 'MissingHost',
      severity: 'error',
      message: 'Give the Microsoft Graph host of your cloud.',
    });
    // Every problem is either blocking or a note, by its severity alone.
    for (const problem of planProblems(inputFor(user, 'client-credentials', { displayName: '', credential: 'certificate' })))
      expect(problem.severity).toBe('error');
  });
});

describe('running the plan against the Graph and Resource Manager stand-in', () => {
  const cases: [string, FlowId, Partial<PlanInput>][] = [
    ['microsoft-graph-user', 'client-credentials', {}],
    ['microsoft-graph-user', 'auth-code', {}],
    ['microsoft-graph-user', 'managed-identity', {}],
    ['microsoft-defender-endpoint', 'client-credentials', {}],
    ['azure-storage', 'client-credentials', { scope: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}` }],
    ['azure-ad-identity-protection', 'device-code', {}],
  ];
  it.each(cases)('%s, %s: registers, and a second run changes nothing', async (id, flowId, overrides) => {
    const { directory, transport } = standIn();
    const plan = buildPlan(inputFor(byId(id), flowId, overrides));
    const first = await runPlan(plan, transport(plan), { newGuid: () => crypto.randomUUID() });
    expect(first.reports.filter((report) => report.status === 'failed')).toEqual([]);
    expect(first.reports.some((report) => report.status === 'made')).toBe(true);
    const result = resultOf(plan, first.variables);
    expect(result.tenantId).toMatch(/^[0-9a-f-]{36}$/);
    if (flowId === 'managed-identity') expect(result.managedIdentityObjectId).toBe(MANAGED_IDENTITY.id);
    else expect(directory.applications.find((app: { appId: string }) => app.appId === result.clientId)).toBeTruthy();
    if (plan.credential === 'secret') expect(result.clientSecret).toMatch(/^.{3}8Q~/);

    const changes = directory.changes.length;
    const second = await runPlan(plan, transport(plan));
    expect(second.reports.filter((report) => report.status !== 'exists' && report.status !== 'found')).toEqual([]);
    expect(second.ok).toBe(true);
    expect(second.reports.map((report) => report.status).every((status) => status === 'exists' || status === 'found')).toBe(true);
    expect(directory.changes.length).toBe(changes);
    // The secret is shown once: a second run reports it exists and prints none.
    if (plan.credential === 'secret') expect(resultOf(plan, second.variables).clientSecret).toBeNull();
    else expect(resultOf(plan, second.variables)).not.toHaveProperty('clientSecret');
  });

  it('configures the app as the flow needs: redirect URIs, public client, permissions by ID, consent', async () => {
    const { directory, transport } = standIn();
    const plan = buildPlan(inputFor(byId('azure-ad-identity-protection'), 'device-code'));
    const { variables } = await runPlan(plan, transport(plan));
    const app = directory.applications[0];
    expect(app.isFallbackPublicClient).toBe(true);
    expect(app.signInAudience).toBe('AzureADMultipleOrgs');
    const graph = directory.servicePrincipals.find((sp: { appId: string }) => sp.appId === '00000003-0000-0000-c000-000000000000');
    const scopeIds = graph.oauth2PermissionScopes
      .filter((scope: { value: string }) => ['IdentityRiskEvent.Read.All', 'IdentityRiskyUser.ReadWrite.All'].includes(scope.value))
      .map((scope: { id: string }) => ({ id: scope.id, type: 'Scope' }));
    expect(app.requiredResourceAccess).toEqual([{ resourceAppId: graph.appId, resourceAccess: scopeIds }]);
    expect(directory.grants).toEqual([
      expect.objectContaining({
        clientId: variables.SP_ID,
        resourceId: graph.id,
        consentType: 'AllPrincipals',
        scope: 'IdentityRiskEvent.Read.All IdentityRiskyUser.ReadWrite.All',
      }),
    ]);
  });

  it('uploads a certificate instead of a secret, and keeps the app’s other certificates', async () => {
    const { directory, transport } = standIn();
    const certificate = { base64: 'MII' + 'A'.repeat(400), thumbprint: 'AB'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };
    const plan = buildPlan(inputFor(byId('microsoft-graph-user'), 'client-credentials', { credential: 'certificate', certificate }));
    const run = await runPlan(plan, transport(plan));
    expect(run.reports.filter((report) => report.failure)).toEqual([]);
    expect(resultOf(plan, run.variables)).toMatchObject({ certificateThumbprint: certificate.thumbprint, clientId: expect.any(String) });
    expect(directory.applications[0].keyCredentials).toHaveLength(1);
    expect(directory.applications[0].passwordCredentials).toHaveLength(0);
    const renewed = { base64: 'MII' + 'B'.repeat(400), thumbprint: 'CD'.repeat(20), notAfter: '2099-01-01T00:00:00Z' };
    const other = buildPlan(
      inputFor(byId('microsoft-graph-user'), 'client-credentials', { credential: 'certificate', certificate: renewed }),
    );
    expect((await runPlan(other, transport(other))).ok).toBe(true);
    expect(directory.applications[0].keyCredentials.map((key: { key: string }) => key.key)).toEqual([certificate.base64, renewed.base64]);
  });

  it('adds to an app another flow registered: redirect URIs and permissions are kept', async () => {
    const { directory, transport } = standIn();
    const user = byId('microsoft-graph-user');
    const clientCredentials = buildPlan(inputFor(user, 'client-credentials'));
    await runPlan(clientCredentials, transport(clientCredentials));
    const app = directory.applications[0];
    app.web.redirectUris = ['https://xsoar.example/callback'];
    const authCode = buildPlan(inputFor(user, 'auth-code'));
    expect((await runPlan(authCode, transport(authCode))).ok).toBe(true);
    expect(app.web.redirectUris).toEqual(['https://xsoar.example/callback', 'https://localhost/authcode']);
    expect(app.spa.redirectUris).toEqual([WIZARD]);
    const graph = directory.servicePrincipals.find((sp: { appId: string }) => sp.appId === '00000003-0000-0000-c000-000000000000');
    const names = app.requiredResourceAccess[0].resourceAccess.map(
      (access: { id: string; type: string }) =>
        (access.type === 'Role' ? graph.appRoles : graph.oauth2PermissionScopes).find((entry: { id: string }) => entry.id === access.id)
          .value,
    );
    expect(names).toEqual(['User.ReadWrite.All', 'Directory.AccessAsUser.All']);
  });

  it('stops at the first refusal with Graph’s own error code', async () => {
    const { transport } = standIn('developer@contoso.test');
    const plan = buildPlan(inputFor(byId('microsoft-graph-user'), 'client-credentials'));
    const run = await runPlan(plan, transport(plan));
    const failed = run.reports.find((report) => report.status === 'failed');
    expect(failed?.id).toBe('grant-1');
    expect(failed?.failure).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
    expect(run.reports.slice(run.reports.indexOf(failed!) + 1).every((report) => report.status === 'pending')).toBe(true);
  });

  it('fails on a permission the API does not define, naming it', async () => {
    const { transport } = standIn();
    const integration = byId('microsoft-graph-user');
    const renamed = {
      ...integration,
      flows: integration.flows.map((flow) =>
        flow.id === 'client-credentials'
          ? { ...flow, permissions: [{ api: 'Microsoft Graph' as const, name: 'User.Everything', type: 'Application' as const }] }
          : flow,
      ),
    };
    const plan = buildPlan(inputFor(renamed, 'client-credentials'));
    const run = await runPlan(plan, transport(plan));
    expect(run.reports.find((report) => report.status === 'failed')?.failure?.message).toBe(
      'Microsoft Graph has no application permission named User.Everything.',
    );
  });

  it('retries a role assignment while Resource Manager does not know the new principal yet', async () => {
    const { transport } = standIn();
    const plan = buildPlan(inputFor(byId('azure-storage'), 'client-credentials'));
    const send = transport(plan);
    let refusals = 2;
    const delayed: Transport = async (request) =>
      request.method === 'PUT' && refusals-- > 0
        ? { status: 400, body: { error: { code: 'PrincipalNotFound', message: 'replication' } } }
        : send(request);
    const waits: number[] = [];
    const run = await runPlan(plan, delayed, { sleep: async (ms) => void waits.push(ms) });
    expect(run.ok).toBe(true);
    expect(waits).toEqual([10_000, 10_000]);
  });
});

describe('previewing the plan against the stand-in', () => {
  /** The stand-in's transport, recording the methods sent. */
  const recording = (send: Transport) => {
    const sent: ApiRequest['method'][] = [];
    const transport: Transport = (request) => {
      sent.push(request.method);
      return send(request);
    };
    return { transport, sent };
  };

  it('reads only, and says what a first run would create and update, and after which step', async () => {
    const { directory, transport } = standIn();
    const plan = buildPlan(inputFor(byId('azure-storage'), 'client-credentials'));
    const changes = directory.changes.length;
    const { transport: reads, sent } = recording(transport(plan));
    const preview = await previewPlan(plan, reads);
    expect(preview.ok).toBe(true);
    expect(sent.every((method) => method === 'GET')).toBe(true);
    expect(directory.changes.length).toBe(changes);
    expect(Object.fromEntries(preview.reports.map((report) => [report.id, [report.outcome, report.after]]))).toEqual({
      tenant: ['found', undefined],
      application: ['create', undefined],
      'service-principal': ['create', 'application'],
      'policy-tenant': ['found', undefined],
      'policy-app': ['found', 'application'],
      secret: ['create', 'application'],
      'role-definition': ['found', undefined],
      'role-assignment': ['create', 'service-principal'],
    });
  });

  it('after a run, says everything is there; with the app alone there, what is still missing', async () => {
    const { directory, transport } = standIn();
    const user = byId('microsoft-graph-user');
    const plan = buildPlan(inputFor(user, 'client-credentials'));
    expect((await runPlan(plan, transport(plan))).ok).toBe(true);
    const after = await previewPlan(plan, transport(plan));
    expect(after.reports.map((report) => report.outcome).every((outcome) => outcome === 'exists' || outcome === 'found')).toBe(true);

    // The same app for another flow: found, and updated with the auth-code redirect URIs and permissions.
    const authCode = buildPlan(inputFor(user, 'auth-code'));
    const changes = directory.changes.length;
    const preview = await previewPlan(authCode, transport(authCode));
    expect(directory.changes.length).toBe(changes);
    const outcome = (id: string) => preview.reports.find((report) => report.id === id)?.outcome;
    expect(outcome('application')).toBe('exists');
    expect(outcome('service-principal')).toBe('exists');
    expect(outcome('configure')).toBe('update');
    expect(outcome('consent-microsoft_graph')).toBe('create');
  });
});

describe('the Cloud Shell script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registration-script-'));
  it.each(flows.filter(([id, flowId]) => !blockingProblems(planProblems(inputFor(byId(id), flowId))).length))(
    '%s, %s passes shellcheck and bash -n',
    (id, flowId) => {
      const plan = buildPlan(inputFor(byId(id), flowId));
      const file = join(dir, `${id}-${flowId}.sh`);
      writeFileSync(file, renderScript(plan, { purpose: `${id}, ${flowId}` }));
      execFileSync('bash', ['-n', file]);
      execFileSync('shellcheck', ['--severity=style', file]);
    },
  );

  it('has one comment per step, stops on errors, and prints one JSON line of the result', () => {
    const plan = buildPlan(inputFor(byId('microsoft-graph-user'), 'client-credentials'));
    const script = renderScript(plan, { purpose: 'Graph User' });
    expect(script).toContain('set -euo pipefail');
    plan.steps.forEach((step, index) => expect(script).toContain(`# ${index + 1}/${plan.steps.length}. ${step.title}\n`));
    expect(script.trimEnd().split('\n').at(-1)).toBe(
      `printf '{"integration":%s,"tenantId":%s,"clientId":%s,"clientSecret":%s,"credentialEndDateTime":%s,"credentialLifetime":%s,"lifetimeFrom":%s}\\n' "$(json "$INTEGRATION")" "$(json "$TENANT_ID")" "$(json "$CLIENT_ID")" "$(json "$CLIENT_SECRET")" "$(json "$CREDENTIAL_END")" "$(json "$CREDENTIAL_LIFETIME")" "$(json "$LIFETIME_FROM")"`,
    );
    expect(script).toContain('GRAPH="https://graph.microsoft.com"');
    expect(script).not.toContain('ARM=');
  });

  it('switches Azure CLI to a national cloud, and leaves custom endpoints to the signed-in CLI', () => {
    const user = byId('microsoft-graph-user');
    const government = renderScript(buildPlan(inputFor(user, 'client-credentials', { cloud: CLOUDS['gcc-high'] })), { purpose: 'x' });
    expect(government).toContain(
      'if [ "$(az cloud show --query name --output tsv)" != "AzureUSGovernment" ]; then\n  az cloud set --name AzureUSGovernment',
    );
    expect(government).toContain('GRAPH="https://graph.microsoft.us"');
    const custom = renderScript(
      buildPlan(inputFor(user, 'client-credentials', { cloud: { id: 'custom', graph: 'https://graph.example.com', resourceManager: '' } })),
      { purpose: 'x' },
    );
    expect(custom).not.toContain('az cloud set');
    expect(custom).toContain('# Custom endpoints: Azure CLI must already be signed in');
  });
});

describe('a fix on an existing app (the troubleshooter’s preset)', () => {
  it('finds the app by client ID, adds the missing permission and its consent, and makes no app or secret', async () => {
    const { directory, transport } = standIn();
    const defender = byId('microsoft-defender-endpoint');
    // First registered for one command only: Machine.Isolate.
    const narrow = buildPlan(inputFor(narrowIntegration(defender, 'microsoft-atp-isolate-machine'), 'client-credentials'));
    const first = await runPlan(narrow, transport(narrow));
    expect(first.ok).toBe(true);
    const clientId = first.variables.CLIENT_ID!;
    const apps = directory.applications.length;

    // Listing alerts then fails for want of Alert.Read.All: the preset adds it to the same app.
    const fix = { clientId, changes: ['permissions', 'consent'] as RegistrationChange[] };
    const wider = narrowIntegration(defender, 'microsoft-atp-isolate-machine,microsoft-atp-list-alerts');
    const input = inputFor(wider, 'client-credentials', { displayName: '', fix });
    expect(blockingProblems(planProblems(input))).toEqual([]);
    const plan = buildPlan(input);
    expect(plan.steps.map((step) => step.id)).not.toContain('secret');
    expect(plan.creates).toEqual([]);
    expect(plan.result.map((field) => field.key)).not.toContain('clientSecret');
    const before = directory.changes.length;
    const run = await runPlan(plan, transport(plan));
    expect(run.ok).toBe(true);
    expect(run.variables.CLIENT_ID).toBe(clientId);
    expect(directory.applications.length).toBe(apps);
    const made = directory.changes.slice(before).map(({ change }) => change);
    expect(made.join('\n')).toMatch(/assigned Alert\.Read\.All of WindowsDefenderATP/);
    expect(made.join('\n')).not.toMatch(/Machine\.Isolate|added a password|created application/);
  });

  it('says so when no app has that client ID, and refuses a client ID that is not one', async () => {
    const { transport } = standIn();
    const fix = { clientId: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e', changes: ['permissions'] as RegistrationChange[] };
    const plan = buildPlan(inputFor(byId('microsoft-graph-user'), 'client-credentials', { fix }));
    const run = await runPlan(plan, transport(plan));
    expect(run.ok).toBe(false);
    expect(JSON.stringify(run)).toContain('No app registration with client ID 0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e in this tenant');
    const bad = planProblems(inputFor(byId('microsoft-graph-user'), 'client-credentials', { fix: { ...fix, clientId: 'my-app' } }));
    expect(bad.map((problem) => problem.code)).toContain('BadClientId');
  });
});
