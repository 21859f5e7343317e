import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleGraph, TENANT_ID } from '../../testing/graph-server/directory.mjs';
import { ArmError, handleResourceManager, RESOURCE_GROUP, SUBSCRIPTION_ID } from '../../testing/graph-server/resource-manager.mjs';
import { inProcessStandIns } from '../../testing/executor-stubs';
import { planInputFor } from '../../testing/plan-input';
import { findIntegration } from '../catalog/integrations';
import { registrationChecklist } from '../catalog/checklist';
import type { Integration } from '../catalog/types';
import { endpointProblems, messagingEndpoint, type BotEndpointInput } from './bot-endpoint';
import type { BotInput } from './bot-steps';
import { explainFailure } from './explain';
import { blockingProblems, buildPlan, planProblems } from './plan';
import { previewPlan, runPlan } from './run';
import { renderScript } from './script';
import { unboundReferences } from './variables';

const teams = findIntegration('microsoft-teams') as Integration;
const setup = teams.bot!;
const GROUP = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}`;
const ENGINE: BotEndpointInput = { route: 'engine', engine: 'https://xsoar-engine.contoso.example', port: '7000' };
const botInput = (overrides: Partial<BotInput> = {}): BotInput => ({
  name: 'contoso-xsoar-teams',
  resourceGroup: GROUP,
  endpoint: ENGINE,
  ...overrides,
});
const inputWith = (bot?: BotInput, flow: 'client-credentials' | 'auth-code' = 'client-credentials') =>
  planInputFor(teams, flow, { bot, displayName: 'Cortex XSOAR - Teams bot test' });
const codes = (bot?: BotInput) => planProblems(inputWith(bot)).map((problem) => `${problem.severity} ${problem.code}`);

describe('the messaging endpoint, as the integration’s command and README build it', () => {
  it('is the engine’s address and the listen port, or the server’s rerouting of each product', () => {
    expect(messagingEndpoint(setup, ENGINE)).toBe('https://xsoar-engine.contoso.example:7000');
    expect(messagingEndpoint(setup, { route: 'engine', engine: 'xsoar-engine.contoso.example/', port: ' 8443 ' })).toBe(
      'https://xsoar-engine.contoso.example:8443',
    );
    // The README's examples, for the instance "teams".
    expect(messagingEndpoint(setup, { route: 'xsoar-6', server: 'https://my.demisto.live', instance: 'teams' })).toBe(
      'https://my.demisto.live/instance/execute/teams',
    );
    expect(messagingEndpoint(setup, { route: 'xsoar-8', server: 'https://my.demisto.live/', instance: 'teams' })).toBe(
      'https://ext-my.demisto.live/xsoar/instance/execute/teams',
    );
    // XSIAM: the first "xdr" of the address becomes "crtx" before the ext- prefix.
    expect(messagingEndpoint(setup, { route: 'xsiam', server: 'https://contoso.xdr.us.paloaltonetworks.com', instance: 'teams' })).toBe(
      'https://ext-contoso.crtx.us.paloaltonetworks.com/xsoar/instance/execute/teams',
    );
  });

  it('refuses what Teams cannot post to, field by field', () => {
    const fields = (input: BotEndpointInput) => endpointProblems(input).map((problem) => problem.field);
    expect(endpointProblems({ ...ENGINE, engine: 'http://xsoar-engine.contoso.example' })[0]?.message).toMatch(/HTTPS only/);
    expect(endpointProblems({ ...ENGINE, engine: 'https://10.1.2.3' })[0]?.message).toMatch(/private IP address/);
    expect(fields({ ...ENGINE, engine: 'https://192.168.0.4' })).toEqual(['engine']);
    expect(fields({ ...ENGINE, engine: 'https://xsoar-engine.contoso.example:7000' })).toEqual(['engine']);
    expect(fields({ ...ENGINE, port: 'seven' })).toEqual(['port']);
    expect(fields({ ...ENGINE, port: '70000' })).toEqual(['port']);
    expect(fields({ ...ENGINE, engine: '', port: '' })).toEqual(['engine', 'port']);
    expect(fields({ route: 'xsoar-8', server: 'xsoar.contoso.example', instance: 'teams' })).toEqual(['server']);
    expect(fields({ route: 'xsoar-6', server: 'https://xsoar.contoso.example/xsoar', instance: 'teams' })).toEqual(['server']);
    expect(fields({ route: 'xsoar-6', server: 'https://xsoar.contoso.example', instance: 'Teams Bot' })).toEqual(['instance']);
    expect(messagingEndpoint(setup, { ...ENGINE, port: 'x' })).toBeUndefined();
  });
});

describe('the plan’s problems for the bot', () => {
  it('leaves the bot to the admin, with a warning, when none is asked for', () => {
    expect(codes(undefined)).toEqual(['warning BotLeftToAdmin']);
    expect(buildPlan(inputWith(undefined)).steps.some((step) => step.id.startsWith('bot'))).toBe(false);
    expect(buildPlan(inputWith(undefined)).scopes.arm).toEqual([]);
  });

  it('says what is wrong with the name, the resource group and the endpoint, and blocks the plan', () => {
    expect(codes(botInput())).toEqual(['warning BotTokenTenant']);
    expect(codes(botInput({ name: 'Demisto Bot' }))).toContain('error BadBotName');
    expect(codes(botInput({ name: 'x' }))).toContain('error BadBotName');
    expect(codes(botInput({ resourceGroup: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/` }))).toContain('error BadBotResourceGroup');
    expect(codes(botInput({ resourceGroup: '/subscriptions/not-a-guid/resourceGroups/rg' }))).toContain('error BadBotResourceGroup');
    const http = planProblems(inputWith(botInput({ endpoint: { ...ENGINE, engine: 'http://xsoar-engine.contoso.example' } })));
    expect(http.find((problem) => problem.code === 'BadMessagingEndpoint')?.message).toMatch(/HTTPS only/);
    expect(blockingProblems(http)).toHaveLength(1);
    const port = planProblems(inputWith(botInput({ endpoint: { ...ENGINE, port: '7000a' } })));
    expect(port.find((problem) => problem.code === 'BadMessagingEndpoint')?.message).toMatch(/number from 1 to 65535/);
  });

  it('warns that the integration asks for the bot’s token at the multi-tenant authority', () => {
    const warning = planProblems(inputWith(botInput())).find((problem) => problem.code === 'BotTokenTenant');
    expect(warning?.message).toMatch(/botframework\.com/);
    expect(warning?.message).toContain('!microsoft-teams-integration-health');
  });
});

describe('the bot’s steps', () => {
  it('come after the app: resource provider, bot (single-tenant, the app’s ID, the tenant, the endpoint), endpoint, Teams channel', () => {
    for (const flow of ['client-credentials', 'auth-code'] as const) {
      const plan = buildPlan(inputWith(botInput(), flow));
      const ids = plan.steps.map((step) => step.id);
      expect(ids.slice(-4)).toEqual(['bot-provider', 'bot', 'bot-endpoint', 'teams-channel']);
      expect(ids.indexOf('bot')).toBeGreaterThan(ids.indexOf('service-principal'));
      expect(unboundReferences(plan)).toEqual([]);
      expect(plan.scopes.arm).toEqual(['https://management.azure.com/user_impersonation']);
      const bot = plan.steps.find((step) => step.id === 'bot')!;
      expect(bot.make?.call).toEqual({
        api: 'arm',
        method: 'PUT',
        path: `${GROUP}/providers/Microsoft.BotService/botServices/contoso-xsoar-teams?api-version=2022-09-15`,
        body: {
          location: 'global',
          kind: 'azurebot',
          sku: { name: 'F0' },
          properties: {
            displayName: 'Cortex XSOAR - Teams bot test',
            endpoint: 'https://xsoar-engine.contoso.example:7000',
            msaAppId: '${CLIENT_ID}',
            msaAppType: 'SingleTenant',
            msaAppTenantId: '${TENANT_ID}',
          },
        },
      });
      const channel = plan.steps.find((step) => step.id === 'teams-channel')!;
      expect(channel.make?.call.body).toEqual({
        location: 'global',
        properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } },
      });
      expect(plan.creates.at(-1)).toMatchObject({
        what: expect.stringContaining('Azure Bot "contoso-xsoar-teams"'),
        remove: `az bot delete --name contoso-xsoar-teams --resource-group ${RESOURCE_GROUP}`,
      });
    }
  });

  it('render as a script that passes shellcheck and bash -n, with the Resource Manager host', () => {
    const plan = buildPlan(inputWith(botInput()));
    const script = renderScript(plan, { purpose: 'Microsoft Teams, client credentials' });
    expect(script).toContain('ARM="https://management.azure.com"');
    expect(script).toContain('need BOT_PROVIDER CLIENT_ID');
    const file = join(mkdtempSync(join(tmpdir(), 'teams-bot-')), 'register.sh');
    writeFileSync(file, script);
    execFileSync('bash', ['-n', file]);
    execFileSync('shellcheck', ['--severity=style', file]);
  });

  it('are the checklist’s first items when done by hand, the messaging endpoint in each form', () => {
    const texts = registrationChecklist(teams, 'client-credentials', undefined, '11111111-2222-3333-4444-555555555555').map(
      (item) => item.text,
    );
    expect(texts[0]).toMatch(/^Create an Azure Bot .*Single Tenant.*App ID 11111111-2222-3333-4444-555555555555/);
    expect(texts[1]).toContain('https://{engine}:{port}');
    expect(texts[1]).toContain('https://ext-{host}/xsoar/instance/execute/{instance}');
    expect(texts[1]).toContain('!microsoft-teams-create-messaging-endpoint');
    expect(texts[2]).toMatch(/Channels, add Microsoft Teams/);
    expect(teams.parameters.some((parameter) => parameter.name === setup.portParameter)).toBe(true);
  });
});

const standIn = inProcessStandIns;

describe('the plan at the stand-ins', () => {
  it('registers the app and the bot; a second run changes nothing; a new endpoint is set on the same bot', async () => {
    const { directory, resourceManager, transport } = standIn();
    const plan = buildPlan(inputWith(botInput()));
    const preview = await previewPlan(plan, transport(plan));
    const outcome = (id: string) => preview.reports.find((report) => report.id === id);
    expect(outcome('bot-provider')?.outcome).toBe('create');
    expect(outcome('bot')).toMatchObject({ outcome: 'create', after: 'bot-provider' });
    expect(outcome('teams-channel')).toMatchObject({ outcome: 'create', after: 'bot' });
    expect(directory.changes).toEqual([]);

    const first = await runPlan(plan, transport(plan));
    expect(first.reports.filter((report) => report.status === 'failed')).toEqual([]);
    const [bot] = resourceManager.botService.bots;
    expect(resourceManager.botService.bots).toHaveLength(1);
    expect(bot).toMatchObject({
      name: 'contoso-xsoar-teams',
      properties: {
        msaAppId: first.variables.CLIENT_ID,
        msaAppType: 'SingleTenant',
        msaAppTenantId: TENANT_ID,
        endpoint: 'https://xsoar-engine.contoso.example:7000',
      },
      channels: { MsTeamsChannel: { isEnabled: true } },
    });
    expect(first.variables.TEAMS_CHANNEL_ID).toBe(`${bot!.id}/channels/MsTeamsChannel`);

    const changes = directory.changes.length;
    const second = await runPlan(plan, transport(plan));
    expect(second.ok).toBe(true);
    expect(second.reports.filter((report) => report.id.startsWith('bot') || report.id === 'teams-channel').map((r) => r.status)).toEqual([
      'exists',
      'exists',
      'exists',
      'exists',
    ]);
    expect(directory.changes.length).toBe(changes);

    // Another endpoint (the admin moved the instance), another name typed: the app's bot is found and updated.
    const moved = buildPlan(
      inputWith(
        botInput({ name: 'another-name', endpoint: { route: 'xsoar-8', server: 'https://xsoar.contoso.example', instance: 'teams' } }),
      ),
    );
    const third = await runPlan(moved, transport(moved));
    expect(third.reports.find((report) => report.id === 'bot-endpoint')?.status).toBe('made');
    expect(third.reports.find((report) => report.id === 'bot')?.status).toBe('exists');
    expect(resourceManager.botService.bots).toHaveLength(1);
    expect(bot!.properties.endpoint).toBe('https://ext-xsoar.contoso.example/xsoar/instance/execute/teams');
  });

  it('stops where Azure refuses: a handle taken elsewhere, explained', async () => {
    const { transport } = standIn();
    const plan = buildPlan(inputWith(botInput({ name: 'demisto-bot' })));
    const run = await runPlan(plan, transport(plan));
    const failed = run.reports.find((report) => report.status === 'failed');
    expect(failed?.id).toBe('bot');
    expect(failed?.failure).toMatchObject({
      status: 400,
      code: 'InvalidBotData',
      message: expect.stringContaining('The bot name is already registered to another bot application..  See https://docs.microsoft.com/'),
    });
    expect(explainFailure(failed!.failure!).fix).toMatch(/choose another bot name/);
  });

  it('needs rights on the subscription and the resource group: AuthorizationFailed, explained for bots', async () => {
    const { resourceManager, transport } = standIn();
    // An admin of the directory who holds no Azure role.
    resourceManager.assignments = resourceManager.assignments.filter((assignment) => assignment.principalId !== 'admin@contoso.test');
    const plan = buildPlan(inputWith(botInput()));
    const run = await runPlan(plan, transport(plan));
    const failed = run.reports.find((report) => report.status === 'failed');
    expect(failed?.id).toBe('bot-provider');
    expect(failed?.failure).toMatchObject({
      code: 'AuthorizationFailed',
      message: expect.stringContaining("'Microsoft.BotService/register/action'"),
    });
    expect(explainFailure(failed!.failure!).title).toBe('Azure refused to create the bot');
  });
});

describe('the Resource Manager stand-in’s Microsoft.BotService', () => {
  const ADMIN = 'admin@contoso.test';
  function arm() {
    const { directory, resourceManager } = standIn();
    const app = handleGraph(directory, {
      method: 'POST',
      path: '/v1.0/applications',
      query: new URLSearchParams(),
      body: { displayName: 'Bot app', signInAudience: 'AzureADMyOrg' },
      scopes: new Set(['Application.ReadWrite.All']),
      user: ADMIN,
    }).body as { appId: string };
    const send = (method: string, path: string, body?: unknown, user = ADMIN, version = '2022-09-15') => {
      try {
        return handleResourceManager(resourceManager, directory, {
          method,
          path,
          query: new URLSearchParams({ 'api-version': version }),
          body,
          user,
        });
      } catch (error) {
        if (error instanceof ArmError) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
        throw error;
      }
    };
    const bot = (name: string, properties: Record<string, unknown> = {}) => ({
      location: 'global',
      kind: 'azurebot',
      sku: { name: 'F0' },
      properties: {
        displayName: name,
        endpoint: 'https://bot.contoso.example/api/messages',
        msaAppId: app.appId,
        msaAppType: 'SingleTenant',
        msaAppTenantId: TENANT_ID,
        ...properties,
      },
    });
    return { send, bot, app, resourceManager };
  }
  const bots = `${GROUP}/providers/Microsoft.BotService/botServices`;
  const errorOf = (response: { status: number; body?: unknown }) => ({
    status: response.status,
    ...(response.body as { error: { code: string; message: string } }).error,
  });

  it('answers MissingSubscriptionRegistration until Microsoft.BotService is registered', () => {
    const { send, bot } = arm();
    expect(errorOf(send('PUT', `${bots}/first-bot`, bot('first-bot')))).toEqual({
      status: 409,
      code: 'MissingSubscriptionRegistration',
      message:
        "The subscription is not registered to use namespace 'Microsoft.BotService'. See https://aka.ms/rps-not-found for how to register subscriptions.",
    });
    const provider = `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService`;
    expect(send('GET', provider, undefined, ADMIN, '2021-04-01').body).toMatchObject({ registrationState: 'NotRegistered' });
    expect(send('POST', `${provider}/register`, undefined, ADMIN, '2021-04-01').body).toMatchObject({ registrationState: 'Registering' });
    expect(send('GET', provider, undefined, ADMIN, '2021-04-01').body).toMatchObject({ registrationState: 'Registered' });
    expect(send('PUT', `${bots}/first-bot`, bot('first-bot')).status).toBe(201);
  });

  it('refuses, with Azure’s codes, a multi-tenant bot, a handle taken, an app already a bot’s, a changed tenant', () => {
    const { send, bot } = arm();
    send('POST', `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService/register`, undefined, ADMIN, '2021-04-01');
    for (const properties of [{ msaAppType: 'MultiTenant' }, { msaAppType: undefined }])
      expect(errorOf(send('PUT', `${bots}/mt-bot`, bot('mt-bot', properties)))).toEqual({
        status: 400,
        code: 'InvalidBotCreationData',
        message: 'Multitenant bot creation is deprecated. Please use SingleTenant or UserAssignedMSI',
      });
    expect(errorOf(send('PUT', `${bots}/xsoar-bot`, bot('xsoar-bot')))).toMatchObject({ status: 400, code: 'InvalidBotData' });
    expect(send('PUT', `${bots}/mine`, bot('mine')).status).toBe(201);
    expect(send('PUT', `${bots}/mine`, bot('mine', { endpoint: 'https://bot.contoso.example/v2' })).status).toBe(200);
    expect(errorOf(send('PUT', `${bots}/second`, bot('second')))).toEqual({
      status: 400,
      code: 'InvalidBotData',
      message: 'MsaAppId: MsaAppId is already in use',
    });
    expect(errorOf(send('PUT', `${bots}/mine`, bot('mine', { msaAppTenantId: '00000000-0000-0000-0000-000000000001' }))).message).toMatch(
      /^Bot is not valid\. Errors: (MsaAppTenantId '.*' is not the tenant|'MsaAppTenantId' property cannot be changed)/,
    );
    expect(errorOf(send('PUT', `${bots}/other`, bot('other', { msaAppId: '6f0c4b1e-0000-4000-8000-000000000000' }))).code).toBe(
      'InvalidBotData',
    );
    expect(errorOf(send('PUT', `${bots}/other`, bot('other', { endpoint: undefined }))).message).toContain('endpoint is required');
  });

  it('checks the subscription, the resource group, the API version and the caller’s rights', () => {
    const { send, bot } = arm();
    send('POST', `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService/register`, undefined, ADMIN, '2021-04-01');
    expect(
      errorOf(send('PUT', `${GROUP.replace('xsoar-rg', 'no-such-group')}/providers/Microsoft.BotService/botServices/a-bot`, bot('a-bot')))
        .code,
    ).toBe('ResourceGroupNotFound');
    expect(
      errorOf(send('GET', `/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.BotService/botServices`)).code,
    ).toBe('SubscriptionNotFound');
    expect(errorOf(send('PUT', `${bots}/a-bot`, bot('a-bot'), ADMIN, '2024-01-01')).code).toBe('NoRegisteredProviderFound');
    expect(errorOf(send('PUT', `${bots}/a-bot`, bot('a-bot'), 'developer@contoso.test'))).toMatchObject({
      status: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(`'Microsoft.BotService/botServices/write' over scope '${bots}/a-bot'`),
    });
    expect(
      send('GET', `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService/botServices`, undefined, 'developer@contoso.test').body,
    ).toEqual({
      value: [],
    });
  });

  it('adds the Teams channel with PUT, lists it, and shows it among the bot’s enabled channels', () => {
    const { send, bot } = arm();
    send('POST', `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService/register`, undefined, ADMIN, '2021-04-01');
    send('PUT', `${bots}/chan-bot`, bot('chan-bot'));
    expect(errorOf(send('GET', `${bots}/chan-bot/channels/MsTeamsChannel`)).code).toBe('ResourceNotFound');
    expect(
      errorOf(
        send('PUT', `${bots}/chan-bot/channels/MsTeamsChannel`, { location: 'global', properties: { channelName: 'MsTeamsChannel' } }),
      ).status,
    ).toBe(400);
    const put = send('PUT', `${bots}/chan-bot/channels/MsTeamsChannel`, {
      location: 'global',
      properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } },
    });
    expect(put).toMatchObject({
      status: 201,
      body: {
        id: `${bots}/chan-bot/channels/MsTeamsChannel`,
        properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } },
      },
    });
    expect((send('GET', `${bots}/chan-bot/channels`).body as { value: unknown[] }).value).toHaveLength(1);
    expect(send('GET', `${bots}/chan-bot`).body).toMatchObject({
      properties: { configuredChannels: ['msteams'], enabledChannels: ['msteams'] },
    });
  });
});
