import type { Page } from '@playwright/test';
import { cloudShellFor } from './cloud-shell';
import { TENANT_ID } from '../testing/graph-server/directory.mjs';
import { RESOURCE_GROUP, SUBSCRIPTION_ID } from '../testing/graph-server/resource-manager.mjs';
import { MICROSOFT_ARM } from '../testing/local-apis.mjs';
import { openRegistration, RUN_BUTTON, signInThrough, standInChanges } from './registration-pages';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Microsoft Teams: the plan registers the app AND its Azure Bot (single-tenant, messaging endpoint, Teams channel).
// One Cloud Shell signed in as this file's admin, to run the script and to read what Resource Manager holds afterwards.
test.describe.configure({ mode: 'serial' });
const ADMIN = 'teams-admin@contoso.test';

const shell = cloudShellFor(ADMIN);

const changes = (page: Page) => standInChanges(page, ADMIN);
const BOT_STEPS = [
  'Register the Microsoft.BotService resource provider on the subscription',
  'Create the Azure Bot',
  "Set the bot's messaging endpoint",
  'Add the Microsoft Teams channel to the bot',
];

/** Resource Manager's answer, read with Azure CLI as the admin. */
async function arm(path: string): Promise<unknown> {
  const { stdout } = await shell().exec('az', ['rest', '--method', 'get', '--url', `${MICROSOFT_ARM}${path}`, '--only-show-errors']);
  return JSON.parse(stdout);
}

/** The bot the app answers as, and its channels, as Resource Manager lists them. */
async function botOf(clientId: string) {
  const { value } = (await arm(`/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.BotService/botServices?api-version=2022-09-15`)) as {
    value: { id: string; name: string; properties: Record<string, unknown> }[];
  };
  const bot = value.find((candidate) => candidate.properties.msaAppId === clientId);
  expect(bot, `a bot for ${clientId}`).toBeDefined();
  const channels = (await arm(`${bot!.id}/channels?api-version=2022-09-15`)) as { value: unknown[] };
  return { bot: bot!, channels: channels.value };
}

/** The Register page of Teams with its app and bot named for this test, the bot reached through an engine. */
async function fillRegistration(page: Page, name: string) {
  await openRegistration(page, 'microsoft-teams', 'client-credentials');
  await page.getByLabel('App display name', { exact: true }).fill(`Teams - ${name}`);
  await page.getByLabel('Bot name', { exact: true }).fill(name);
  await page.getByLabel('Bot subscription ID', { exact: true }).fill(SUBSCRIPTION_ID);
  await page.getByLabel('Bot resource group', { exact: true }).fill(RESOURCE_GROUP);
  await page.getByLabel('Engine address', { exact: true }).fill(`https://${name}.contoso.example`);
  await page.getByLabel('Listen port', { exact: true }).fill('7000');
  return `https://${name}.contoso.example:7000`;
}

test('the Register page asks for the bot: labelled fields, keyboard choice of the route, the endpoint as the product builds it', async ({
  page,
}) => {
  await openRegistration(page, 'microsoft-teams', 'client-credentials');
  await expect(page.getByRole('group', { name: 'Azure Bot' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Create the Azure Bot for this app/ })).toBeChecked();
  // A plan is not offered until the bot's place and endpoint are given.
  await expect(page.getByText('The plan still needs')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'App registration script' })).toHaveCount(0);

  await page.getByLabel('Engine address', { exact: true }).fill('http://xsoar-engine.contoso.example');
  await expect(page.getByLabel('Engine address', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Engine address', { exact: true })).toHaveAccessibleDescription(/HTTPS only/);
  await page.getByLabel('Listen port', { exact: true }).fill('port');
  await expect(page.getByLabel('Listen port', { exact: true })).toHaveAccessibleDescription(/number from 1 to 65535/);

  // Arrow keys move between the routes, as radio buttons do.
  await page.getByRole('radio', { name: /Through an engine/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Cortex XSOAR 6 server/ })).toBeChecked();
  await page.getByLabel('Server address', { exact: true }).fill('https://xsoar.contoso.example');
  await page.getByLabel('Instance name', { exact: true }).fill('teams');
  await expect(page.getByText('https://xsoar.contoso.example/instance/execute/teams')).toBeVisible();
  await page.getByRole('radio', { name: /Cortex XSOAR 6 server/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Cortex XSOAR 8 server/ })).toBeChecked();
  await expect(page.getByText('https://ext-xsoar.contoso.example/xsoar/instance/execute/teams')).toBeVisible();
  await page.getByLabel('Bot subscription ID', { exact: true }).fill(SUBSCRIPTION_ID);
  await page.getByLabel('Bot resource group', { exact: true }).fill(RESOURCE_GROUP);
  await expect(page.getByText('The plan still needs')).toHaveCount(0);
  for (const step of BOT_STEPS) await expect(page.getByRole('listitem').filter({ hasText: step }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Unticked, the bot is the admin's (the checklist says how), and the plan registers the app alone.
  await page.getByRole('checkbox', { name: /Create the Azure Bot for this app/ }).uncheck();
  await expect(page.getByText(/The Azure Bot is left to you/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Create the Azure Bot' })).toHaveCount(0);
});

test('from the browser: the app and the bot are registered, a second run changes nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const endpoint = await fillRegistration(page, 'teams-browser-bot');
  const before = (await changes(page)).length;
  const run = async () => {
    await signInThrough(page, RUN_BUTTON, ADMIN);
    await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  };
  await run();
  const progress = page.getByRole('list', { name: 'Registration progress' });
  await expect(progress.getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(0);
  for (const step of BOT_STEPS.slice(1))
    await expect(progress.getByRole('listitem').filter({ hasText: step })).toContainText(/done|already there/);
  const made = (await changes(page)).slice(before).join('\n');
  expect(made).toMatch(
    /created application Teams - teams-browser-bot[\s\S]*created bot teams-browser-bot[\s\S]*added the MsTeamsChannel channel/,
  );

  const unchanged = (await changes(page)).length;
  await run();
  await expect(progress.getByRole('listitem').filter({ hasText: 'done' })).toHaveCount(0);
  expect((await changes(page)).length).toBe(unchanged);

  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  const { bot, channels } = await botOf(clientId);
  expect(bot).toMatchObject({
    name: 'teams-browser-bot',
    properties: { msaAppType: 'SingleTenant', msaAppTenantId: TENANT_ID, endpoint, enabledChannels: ['msteams'] },
  });
  expect(channels).toEqual([
    expect.objectContaining({
      properties: expect.objectContaining({ channelName: 'MsTeamsChannel', properties: expect.objectContaining({ isEnabled: true }) }),
    }),
  ]);
  // The listen port the endpoint names is the sheet's too.
  expect(page.url()).toContain('v.longRunningPort=7000');
});

test('in Cloud Shell: the script registers the app and the bot, a second run changes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const endpoint = await fillRegistration(page, 'teams-shell-bot');
  const script = await page.getByRole('textbox', { name: 'App registration script' }).inputValue();
  const before = (await changes(page)).length;
  const first = await shell().bash(script);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toContain('• Create the Azure Bot "teams-shell-bot" for the app (single-tenant)');
  expect(first.stderr).toContain('• Add the Microsoft Teams channel to the bot\n  done');
  expect((await changes(page)).slice(before).join('\n')).toMatch(/created bot teams-shell-bot/);
  const result = JSON.parse(first.stdout.trim().split('\n').at(-1) ?? '');
  expect(result).toMatchObject({ integration: 'microsoft-teams', tenantId: TENANT_ID });

  const after = (await changes(page)).length;
  const second = await shell().bash(script);
  expect(second.code, second.stderr).toBe(0);
  expect(second.stderr).not.toMatch(/^ {2}done$/m);
  expect((await changes(page)).length).toBe(after);

  const { bot, channels } = await botOf(result.clientId);
  expect(bot).toMatchObject({ name: 'teams-shell-bot', properties: { msaAppType: 'SingleTenant', msaAppTenantId: TENANT_ID, endpoint } });
  expect(channels).toHaveLength(1);
});
