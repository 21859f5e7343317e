import type { Page } from '@playwright/test';
import { jwtDecode } from 'jwt-decode';
import { SPA_CLIENT_ID } from '../testing/oauth-server/server.mjs';
import { TENANT_ID } from '../testing/graph-server/directory.mjs';
import { productAsksToken } from './as-the-product';
import { openCloudShell } from './cloud-shell';
import { openRegistration, signInThrough, standInChanges } from './registration-pages';
import { expect, expectNoAxeViolations, signInAtLocalServer, test, WIZARD_URL } from './fixtures';

// The stand-in's directory is shared by the file's tests: they run in order.
test.describe.configure({ mode: 'serial' });

// Its own admin: other specs running beside it count the stand-in's changes of theirs.
const ADMIN = 'least-privilege-admin@contoso.test';
const CHOSEN = ['microsoft-atp-isolate-machine', 'microsoft-atp-list-alerts'];
const APPLICATION = ['Machine.Isolate', 'Alert.Read.All'];
const DELEGATED = ['Machine.Isolate', 'Alert.Read'];
const defenderFlow = (flow: string) => `${WIZARD_URL}#/flow?integration=microsoft-defender-endpoint&flow=${flow}`;
const granted = (changes: string[]) =>
  changes
    .filter((change) => change.includes('of WindowsDefenderATP'))
    .map((change) => /assigned (\S+) of WindowsDefenderATP/.exec(change)?.[1])
    .sort();

/** On the Flow step: only the commands an admin will run, picked with the search and the boxes. */
async function chooseCommands(page: Page) {
  await page.getByRole('radio', { name: 'Only the commands I choose' }).check();
  const find = page.getByLabel('Find commands');
  await find.fill('isolate');
  await page.getByRole('checkbox', { name: '!microsoft-atp-isolate-machine' }).check();
  await find.fill('list-alerts');
  await page.getByRole('checkbox', { name: '!microsoft-atp-list-alerts' }).check();
  await find.fill('');
  await expect(page.getByText(`${CHOSEN.length} of`)).toBeVisible();
}

test('the default asks for all the flow’s permissions, counted in words', async ({ page }) => {
  await page.goto(defenderFlow('client-credentials'));
  await expect(page.getByRole('radio', { name: 'All commands (17 permissions, the default)' })).toBeChecked();
  await page.goto(`${WIZARD_URL}#/flow?integration=microsoft-graph-user&flow=client-credentials`);
  await expect(page.getByRole('radio', { name: 'All commands (1 permission, the default)' })).toBeChecked();
});

test('Defender for Endpoint with two commands: the checklist, the plan and the app at the stand-in ask for exactly their permissions', async ({
  page,
}) => {
  await page.goto(defenderFlow('client-credentials'));
  const checklist = page.getByRole('list').filter({ hasText: 'Application permissions' });
  await expect(checklist).toContainText('Vulnerability.Read.All');
  await chooseCommands(page);
  await expect(page.getByText('WindowsDefenderATP Machine.Isolate')).toBeVisible();
  await expect(page.getByText('for !microsoft-atp-list-alerts')).toBeVisible();
  await expect(checklist).toContainText(`Application permissions: ${APPLICATION.join(', ')}.`);
  await expect(checklist).not.toContainText('Vulnerability.Read.All');
  await expectNoAxeViolations(page);

  // The choice travels with the wizard: the registration plan grants these two and nothing else.
  const commands = new URL(page.url().replace('#/', '')).searchParams.get('commands');
  expect(commands?.split(',').sort()).toEqual([...CHOSEN].sort());
  await openRegistration(page, 'microsoft-defender-endpoint', 'client-credentials', { commands: commands! });
  await expect(page.getByRole('listitem').filter({ hasText: /^Grant WindowsDefenderATP's application permission/ })).toHaveText(
    APPLICATION.map((name) => `Grant WindowsDefenderATP's application permission ${name} (admin consent)`),
  );
  await page.getByLabel('App display name').fill(`Least privilege - browser - ${Date.now()}`);
  const before = (await standInChanges(page, ADMIN)).length;
  await signInThrough(page, 'Register the app for me', ADMIN);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  const made = (await standInChanges(page, ADMIN)).slice(before);
  expect(granted(made)).toEqual([...APPLICATION].sort());

  // The product, acting with the new app, gets a Defender token carrying exactly those roles.
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const token = await productAsksToken(
    page.request,
    {
      clientId: await page.getByLabel('Application (client) ID').inputValue(),
      secret: await page.getByLabel('Client secret (optional here)').inputValue(),
      tenantId: TENANT_ID,
    },
    { scope: 'https://api.securitycenter.microsoft.com/.default' },
  );
  expect(token.status()).toBe(200);
  const { roles } = jwtDecode<{ roles?: string[] }>((await token.json()).access_token);
  expect([...(roles ?? [])].sort()).toEqual([...APPLICATION].sort());
});

test('the same choice as a Cloud Shell script grants the same two permissions', async ({ page, browser, playwright }) => {
  test.setTimeout(180_000);
  const shell = await openCloudShell(
    await browser.newContext({ ignoreHTTPSErrors: true }),
    await playwright.request.newContext({ ignoreHTTPSErrors: true }),
    ADMIN,
  );
  try {
    await openRegistration(page, 'microsoft-defender-endpoint', 'client-credentials', { commands: CHOSEN.join(',') });
    await page.getByLabel('App display name').fill(`Least privilege - script - ${Date.now()}`);
    const script = await page.getByRole('textbox', { name: 'App registration script' }).inputValue();
    const before = (await standInChanges(page, ADMIN)).length;
    const run = await shell.bash(script);
    expect(run.code, run.stderr).toBe(0);
    expect(granted((await standInChanges(page, ADMIN)).slice(before))).toEqual([...APPLICATION].sort());
  } finally {
    await shell.close();
  }
});

test('the sign-in check of the authorization code names exactly the delegated permissions the two commands need', async ({ page }) => {
  await page.goto(
    `${WIZARD_URL}#/authorize?integration=microsoft-defender-endpoint&flow=auth-code&cloud=global&tenant=contoso.onmicrosoft.com&client=${SPA_CLIENT_ID}&redirect=${encodeURIComponent(WIZARD_URL)}&commands=${CHOSEN.join(',')}`,
  );
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Verify sign-in (PKCE)' }).click();
  const popup = await popupOpened;
  await signInAtLocalServer(popup, 'checker@contoso.test');
  await popup.waitForEvent('close');
  const table = page.getByRole('table', { name: 'Granted vs. required' });
  await expect(table).toBeVisible();
  // Rows: API, permission, kind, status. The SPA client at the local server holds none of Defender's: both missing.
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.trim() ?? '')));
  expect(rows.map(([api, name, kind]) => `${api} ${name} ${kind}`).sort()).toEqual(
    DELEGATED.map((name) => `WindowsDefenderATP ${name} Delegated`).sort(),
  );
});
