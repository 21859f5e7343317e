// Every integration's client-credentials setup, end to end as the product meets it: the wizard's registration plan
// registers the app at the stand-ins (Graph: permissions and admin consent; Resource Manager: the role), the sheet
// exports the instance, the integration's own reads (testing/product-reads.ts, cited per integration) take the
// values out of that export, the token is asked for at the local Entra ID as that code asks, and the code's first
// request goes to the Graph or Resource Manager stand-in, which checks the token's roles or role assignments.
import { request as requestContext, type APIRequestContext } from '@playwright/test';
import { CLOUDS } from '../src/catalog/clouds';
import { everyVersion, INTEGRATIONS } from '../src/catalog/integrations';
import type { Integration } from '../src/catalog/types';
import { authorizationUrl } from '../src/oauth/authorize-url';
import { buildPlan } from '../src/registration/plan';
import { signInTarget } from '../src/wizard/sign-in-target';
import { resultOf, runPlan, type Transport } from '../src/registration/run';
import { sheetJson, sheetRows } from '../src/sheet/parameters';
import { productReads, selectsFlow, type Params } from '../testing/product-params';
import { CLIENT_CREDENTIALS_USE, flowReads, PRODUCT_READS } from '../testing/product-reads';
import { productAsksToken } from './as-the-product';
import { adminRefreshToken } from './cloud-shell';
import { expect, OAUTH_ORIGIN, signInAtLocalServer, test, WIZARD_URL } from './fixtures';
import { RESOURCE_GROUP, SUBSCRIPTION_ID, WORKSPACE } from '../testing/graph-server/resource-manager.mjs';
import { AZURE_CLI_CLIENT_ID, LOCAL_ARM, LOCAL_GRAPH, MICROSOFT_ARM, MICROSOFT_GRAPH, MICROSOFT_LOGIN } from '../testing/local-apis.mjs';

/** An admin of this file's own, so that its changes to the directory are told apart from other files'. */
const ADMIN = 'product-admin@contoso.test';
const CLUSTER = 'https://help.kusto.windows.net';

/** What only the admin knows, by parameter name: the stand-ins' subscription, resource group and workspace. */
function adminValue(name: string): string {
  if (/subscription/i.test(name)) return SUBSCRIPTION_ID;
  if (/resource_?group/i.test(name)) return RESOURCE_GROUP;
  if (/workspace_?name/i.test(name)) return WORKSPACE;
  if (name === 'cluster_url') return CLUSTER;
  return `${name}-value`;
}

/** `{name}` placeholders of a path or scope, filled with the instance's parameter values (a credentials field's password). */
function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return String(typeof value === 'object' && value ? (value as { password?: string }).password : value);
  });
}

test.describe.configure({ mode: 'serial' });

let api: APIRequestContext;
let transport: Transport;

test.beforeAll(async ({ browser }) => {
  api = await requestContext.newContext({ ignoreHTTPSErrors: true });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  let refreshToken = await adminRefreshToken(context, api, ADMIN);
  await context.close();
  const tokens: Record<string, string> = {};
  // The admin's tokens name Microsoft's hosts (their stand-ins accept them); the plan's requests go to the stand-ins.
  for (const [name, resource] of [
    ['graph', MICROSOFT_GRAPH],
    ['arm', MICROSOFT_ARM],
  ] as const) {
    const answer = await api.post(`${OAUTH_ORIGIN}/organizations/oauth2/v2.0/token`, {
      form: { grant_type: 'refresh_token', client_id: AZURE_CLI_CLIENT_ID, refresh_token: refreshToken, resource },
    });
    const body = await answer.json();
    expect(answer.ok(), JSON.stringify(body)).toBe(true);
    tokens[name] = body.access_token;
    refreshToken = body.refresh_token ?? refreshToken;
  }
  // The registration plan's requests, sent with the admin's token for their API, as the page's run sends them.
  transport = async ({ api: which, method, url, body }) => {
    const answer = await api.fetch(url, {
      method,
      headers: { Authorization: `Bearer ${tokens[which]}` },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await answer.text();
    return { status: answer.status(), body: text ? JSON.parse(text) : undefined };
  };
});

test.afterAll(async () => api?.dispose());

const served = INTEGRATIONS.filter(
  (integration) =>
    integration.flows.some((flow) => flow.id === 'client-credentials') &&
    PRODUCT_READS[integration.id]?.flows['client-credentials'] !== undefined &&
    CLIENT_CREDENTIALS_USE[integration.id],
);

test('every integration with client credentials is served here', () => {
  const offered = INTEGRATIONS.filter((integration) => integration.flows.some((flow) => flow.id === 'client-credentials'));
  expect(offered.map((integration) => integration.id).filter((id) => !served.some((integration) => integration.id === id))).toEqual([]);
});

async function register(
  integration: Integration,
  flowId: 'client-credentials' | 'auth-code',
  displayName: string,
  redirectUri = WIZARD_URL,
) {
  const plan = buildPlan({
    integration,
    flowId,
    cloud: { id: 'global', graph: LOCAL_GRAPH, resourceManager: LOCAL_ARM },
    displayName,
    redirectUri,
    wizardAddress: WIZARD_URL,
    credential: 'secret',
    scope: `/subscriptions/${SUBSCRIPTION_ID}`,
    roleName: integration.roleName ?? 'Contributor',
  });
  const run = await runPlan(plan, transport, { sleep: async () => undefined, retryDelay: 0 });
  expect(run.ok, JSON.stringify(run.reports.filter((report) => report.failure))).toBe(true);
  return resultOf(plan, run.variables);
}

/** What only the admin knows, for every parameter the sheet asks them for. */
const adminValues = (integration: Integration) =>
  Object.fromEntries(
    integration.parameters
      .filter((parameter) => parameter.source.from === 'admin')
      .map((parameter) => [parameter.name, adminValue(parameter.name)]),
  );

/** The sheet's export for a registered app, with the admin's own values and, for the authorization code, the code. */
function exported(
  integration: Integration,
  flow: 'client-credentials' | 'auth-code',
  registered: ReturnType<typeof resultOf>,
  { redirectUri = WIZARD_URL, authCode = '' }: { redirectUri?: string; authCode?: string } = {},
): Params {
  const rows = sheetRows({
    integration,
    flow,
    cloud: CLOUDS.global,
    clientId: registered.clientId ?? '',
    tenantId: registered.tenantId ?? '',
    clientSecret: registered.clientSecret ?? '',
    redirectUri,
    authCode,
    values: adminValues(integration),
  });
  return JSON.parse(sheetJson(rows, { includeSecrets: true })) as Params;
}

async function registerAndExport(integration: Integration, displayName = `Cortex XSOAR ${integration.id}`) {
  const registered = await register(integration, 'client-credentials', displayName);
  return { registered, params: exported(integration, 'client-credentials', registered) };
}

for (const integration of served) {
  const use = CLIENT_CREDENTIALS_USE[integration.id]!;
  const reads = PRODUCT_READS[integration.id]!;
  test(`${integration.id}: registered by the plan, its export read as ${reads.source.split(' ').at(-1)!.split('/').at(-1)} reads it, signs in${use.firstCall ? ' and makes its first call' : ''}`, async () => {
    const { registered, params } = await registerAndExport(integration);
    const flow = flowReads(reads, 'client-credentials')!;
    expect(selectsFlow(params, flow), 'the export picks client credentials').toEqual([]);
    const read = productReads(params, flow);
    expect(read.clientId).toBe(registered.clientId);
    expect(read.secret).toBe(registered.clientSecret);
    if (flow.tenantId) expect(read.tenantId).toBe(registered.tenantId);

    const tenant = integration.tenantFromProduct ? 'botframework.com' : String(read.tenantId);
    const target = 'resource' in use.token ? use.token : { scope: fill(use.token.scope, params) };
    const token = await productAsksToken(api, read, target, tenant);
    const body = await token.json();
    expect(token.status(), JSON.stringify(body)).toBe(200);

    if (use.firstCall) {
      const origin = use.firstCall.api === 'graph' ? LOCAL_GRAPH : LOCAL_ARM;
      const answer = await api.get(`${origin}${fill(use.firstCall.path, params)}`, {
        headers: { Authorization: `Bearer ${body.access_token}` },
      });
      expect(answer.status(), await answer.text()).toBe(200);
    }
  });
}

test('Resource Manager refuses an app without a role there, with its AuthorizationFailed', async () => {
  // Graph User's app: Entra signs it in, and it holds no role in the subscription.
  const graphUser = INTEGRATIONS.find((integration) => integration.id === 'microsoft-graph-user')!;
  const { registered } = await registerAndExport(graphUser, 'Cortex XSOAR without a role');
  const token = await api.post(`${OAUTH_ORIGIN}/${registered.tenantId}/oauth2/v2.0/token`, {
    form: {
      grant_type: 'client_credentials',
      client_id: String(registered.clientId),
      client_secret: String(registered.clientSecret),
      scope: 'https://management.azure.com/.default',
    },
  });
  const { access_token: accessToken } = await token.json();
  expect(token.status()).toBe(200);
  const path = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.OperationalInsights/workspaces/${WORKSPACE}/providers/Microsoft.SecurityInsights/incidents?api-version=2024-03-01`;
  const answer = await api.get(`${LOCAL_ARM}${path}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(answer.status()).toBe(403);
  expect((await answer.json()).error.code).toBe('AuthorizationFailed');
});

/** An older version's entry as `id@version`, as testing/product-reads.ts keys it. */
const keyOf = (integration: Integration) => `${integration.id}${integration.version ? `@${integration.version.id}` : ''}`;

/** The product's own redirect URI, where Microsoft sends the code (the browser is stopped there: nothing answers it). */
const PRODUCT_REDIRECT = 'https://xsoar.example.com/redirect';

/** Signs in at the local Entra ID as an admin would on the authorize URL the wizard builds, and reads the code off the redirect. */
async function codeFrom(page: import('@playwright/test').Page, url: string): Promise<string> {
  const back = page.waitForRequest((request) => request.url().startsWith(PRODUCT_REDIRECT));
  await page.goto(url);
  await signInAtLocalServer(page, ADMIN);
  const redirected = new URL((await back).url());
  const code = redirected.searchParams.get('code');
  expect(code, redirected.href).toBeTruthy();
  return code!;
}

const withAuthCode = everyVersion().filter((integration) => {
  const flow = integration.flows.find((candidate) => candidate.id === 'auth-code');
  return flow?.signIn && PRODUCT_READS[keyOf(integration)]?.flows['auth-code'] !== undefined;
});

for (const integration of withAuthCode) {
  const reads = PRODUCT_READS[keyOf(integration)]!;
  test(`${keyOf(integration)}: authorization code, registered by the plan, signed in, its exported code redeemed as ${reads.source.split('/').at(-1)} reads it`, async ({
    page,
  }) => {
    const registered = await register(integration, 'auth-code', `Cortex XSOAR ${keyOf(integration)} sign-in`, PRODUCT_REDIRECT);
    const flow = integration.flows.find((candidate) => candidate.id === 'auth-code')!;
    const values = adminValues(integration);
    const target = signInTarget(flow.signIn!, CLOUDS.global, { values })!;
    const url = authorizationUrl({
      authority: MICROSOFT_LOGIN,
      tenant: flow.authorizeTenant ?? registered.tenantId ?? '',
      clientId: registered.clientId ?? '',
      redirectUri: PRODUCT_REDIRECT,
      target,
    });
    const code = await codeFrom(page, url);

    const params = exported(integration, 'auth-code', registered, { redirectUri: PRODUCT_REDIRECT, authCode: code });
    const flowRead = flowReads(reads, 'auth-code')!;
    expect(selectsFlow(params, flowRead), 'the export picks the authorization code').toEqual([]);
    const read = productReads(params, flowRead);
    expect(read.authCode).toBe(code);
    expect(read.redirectUri).toBe(PRODUCT_REDIRECT);

    // The product redeems the code as it was asked for: a v1 resource, else the sign-in's scopes (one API's).
    const apiOf = (scope: string) => (scope.includes('/') ? scope.slice(0, scope.lastIndexOf('/')) : 'graph');
    const named =
      target.endpoint === 'v2' ? target.scopes.filter((scope) => !['openid', 'profile', 'email', 'offline_access'].includes(scope)) : [];
    const apiScopes = named.filter((scope) => apiOf(scope) === apiOf(named[0] ?? ''));
    const token = await productAsksToken(
      api,
      read,
      target.endpoint === 'v1' ? { resource: target.resource } : { scope: ['offline_access', ...apiScopes].join(' ') },
    );
    expect(token.status(), await token.text()).toBe(200);
  });
}
