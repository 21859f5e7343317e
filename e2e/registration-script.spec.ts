import type { Page } from '@playwright/test';
import { productListsUsers } from './as-the-product';
import { cloudShellFor } from './cloud-shell';
import { OTHER_MANAGED_IDENTITY, TENANT_ID } from '../testing/graph-server/directory.mjs';
import { RESOURCE_GROUP, SUBSCRIPTION_ID } from '../testing/graph-server/resource-manager.mjs';
import { openRegistration, standInChanges } from './registration-pages';
import { downloadedText, expect, test } from './fixtures';

// One Cloud Shell (Azure CLI signed in as the admin) for the file; the stand-in's directory is shared, so in order.
test.describe.configure({ mode: 'serial' });
const ADMIN = 'cloud-shell-admin@contoso.test';

const shell = cloudShellFor(ADMIN);

const changes = (page: Page) => standInChanges(page, ADMIN);

/** Opens the registration page; apps get names of their own, apart from those of the browser-path tests. */
async function openNamedRegistration(page: Page, integration: string, flow: string) {
  await openRegistration(page, integration, flow);
  if (flow !== 'managed-identity') await page.getByLabel('App display name').fill(`Cloud Shell - ${integration} - ${flow}`);
}

async function downloadScript(page: Page, integration: string, flow: string): Promise<string> {
  await openNamedRegistration(page, integration, flow);
  const script = await page.getByRole('textbox', { name: 'App registration script' }).inputValue();
  const file = await downloadedText(
    Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download register-${integration}.sh` }).click()]).then(
      ([download]) => download,
    ),
  );
  expect(file).toBe(script);
  return script;
}

test('Graph User, client credentials: the script runs with az rest in Cloud Shell, and its last line fills App details', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const script = await downloadScript(page, 'microsoft-graph-user', 'client-credentials');
  const before = (await changes(page)).length;
  const first = await shell().bash(script);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toContain('• Create the app registration "Cloud Shell - microsoft-graph-user - client-credentials"\n  done');
  const made = (await changes(page)).slice(before).join('\n');
  expect(made).toMatch(
    /created application[\s\S]*created service principal[\s\S]*assigned User\.ReadWrite\.All of Microsoft Graph[\s\S]*added a password/,
  );
  const line = first.stdout.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(line);
  expect(result).toMatchObject({
    integration: 'microsoft-graph-user',
    tenantId: TENANT_ID,
    clientSecret: expect.stringMatching(/^.{3}8Q~/),
  });

  await page.getByLabel('Script result').fill(`${first.stderr}\n${line}`);
  await page.getByRole('button', { name: 'Fill App details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toContainText(result.clientId);
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(result.clientId);
  await expect(page.getByLabel('Directory (tenant) ID')).toHaveValue(TENANT_ID);
  await expect(page.getByLabel('Client secret (optional here)')).toHaveValue(result.clientSecret);
  expect(page.url()).not.toContain(result.clientSecret);
  // The registration works for the product: its client-credentials sign-in gets the permission and may list users.
  expect(await productListsUsers(page.request, result.clientId, result.clientSecret)).toMatchObject({
    token: 200,
    roles: ['User.ReadWrite.All'],
    graph: 200,
  });

  // Safe to run twice: everything is already there, nothing changes, and the secret is not shown again.
  const unchanged = (await changes(page)).length;
  const second = await shell().bash(script);
  expect(second.code, second.stderr).toBe(0);
  expect(second.stderr.match(/already there/g)).toHaveLength(5);
  expect((await changes(page)).length).toBe(unchanged);
  expect(JSON.parse(second.stdout.trim())).toMatchObject({ clientId: result.clientId, clientSecret: null });
});

test('Azure Storage: the script assigns the role with a Resource Manager token', async ({ page }) => {
  test.setTimeout(180_000);
  await openNamedRegistration(page, 'azure-storage', 'client-credentials');
  await page.getByLabel('Subscription ID').fill(SUBSCRIPTION_ID);
  await page.getByLabel('Resource group (optional)').fill(RESOURCE_GROUP);
  await page.getByLabel('Azure role').fill('Storage Account Contributor');
  const script = await page.getByRole('textbox', { name: 'App registration script' }).inputValue();
  const run = await shell().bash(script);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain(
    `• Assign Storage Account Contributor on /subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}\n  done`,
  );
  const again = await shell().bash(script);
  expect(again.stderr).toContain(
    `• Assign Storage Account Contributor on /subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}\n  already there`,
  );
});

test('a failing step stops the script with its name and the API’s error', async ({ page }) => {
  test.setTimeout(120_000);
  await openNamedRegistration(page, 'azure-storage', 'client-credentials');
  await page.getByLabel('Subscription ID').fill(SUBSCRIPTION_ID);
  await page.getByLabel('Resource group (optional)').fill('no-such-group');
  const run = await shell().bash(await page.getByRole('textbox', { name: 'App registration script' }).inputValue());
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('ResourceGroupNotFound');
  expect(run.stderr).toContain('✗ Stopped at: Find the Azure role Contributor');
  expect(run.stdout).toBe('');
});

for (const [integration, flow, extra] of [
  ['microsoft-graph-user', 'auth-code', ''],
  ['microsoft-defender-endpoint', 'client-credentials', ''],
  ['azure-ad-identity-protection', 'device-code', ''],
  ['microsoft-graph-user', 'managed-identity', OTHER_MANAGED_IDENTITY.displayName],
] as const) {
  test(`${integration}, ${flow}: the script registers it, and a second run changes nothing`, async ({ page }) => {
    test.setTimeout(180_000);
    await openNamedRegistration(page, integration, flow);
    if (flow === 'managed-identity') await page.getByLabel('Managed identity').fill(extra);
    const script = await page.getByRole('textbox', { name: 'App registration script' }).inputValue();
    const before = (await changes(page)).length;
    const first = await shell().bash(script);
    expect(first.code, first.stderr).toBe(0);
    expect((await changes(page)).length).toBeGreaterThan(before);
    const line = first.stdout.trim();
    await page.getByLabel('Script result').fill(line);
    await page.getByRole('button', { name: 'Fill App details' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toContainText(TENANT_ID);

    const after = (await changes(page)).length;
    const second = await shell().bash(script);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/^ {2}done$/m);
    expect((await changes(page)).length).toBe(after);
  });
}
