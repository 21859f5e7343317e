import { openRegistration, standInChanges } from './registration-pages';
import { expect, expectNoAxeViolations, signInAtLocalServer, test, WIZARD_URL } from './fixtures';

const ADMIN = 'fixer-admin@contoso.test';

// As the product prints a Defender refusal: the shared module's API error with the Defender API's body.
const REFUSED = `Failed to execute microsoft-atp-list-alerts command.
Error: Error in API call [403] - Forbidden
{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: Alert.Read.All, Alert.ReadWrite.All, application roles: Machine.Isolate","target":"0b8f3c1e"}}`;

/** Presses the run button, signs in as this spec's admin in the popup, and waits for the run. */
async function runFromBrowser(page: import('@playwright/test').Page) {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Register the app for me|Run it again/ }).click();
  const signIn = await popup;
  await signInAtLocalServer(signIn, ADMIN);
  await signIn.waitForEvent('close');
}

test('a refusal pasted into the troubleshooter opens Register the app preset, which adds the missing permission to the same app', async ({
  page,
}) => {
  // An app registered for isolating machines only.
  await openRegistration(page, 'microsoft-defender-endpoint', 'client-credentials', { commands: 'microsoft-atp-isolate-machine' });
  await page.getByLabel('App display name').fill('Fixed by the troubleshooter');
  await runFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();

  // Listing alerts was chosen since, and the product refused it: the troubleshooter explains and links the fix.
  await page.goto(
    `${WIZARD_URL}#/troubleshoot?integration=microsoft-defender-endpoint&flow=client-credentials&cloud=global&client=${clientId}&commands=microsoft-atp-isolate-machine,microsoft-atp-list-alerts`,
  );
  await page.getByLabel('Error text').fill(REFUSED);
  const found = page.getByRole('list', { name: 'What the error means' });
  await expect(found.getByRole('heading', { name: /Missing application roles/ })).toBeVisible();
  await expect(
    found.getByText(/application permissions WindowsDefenderATP Machine\.Isolate, WindowsDefenderATP Alert\.Read\.All/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await found.getByRole('link', { name: 'Register the app, preset to add the missing permissions and grant admin consent' }).click();

  // Preset: the app found by its client ID, nothing created, no new secret.
  await expect(page.getByText('Preset by the troubleshooter')).toBeVisible();
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(clientId);
  await expect(page.getByRole('listitem').filter({ hasText: `Find the app registration with client ID ${clientId}` })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /client secret/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const before = (await standInChanges(page, ADMIN)).length;
  await runFromBrowser(page);
  await expect(page.getByRole('list', { name: 'Registration progress' }).getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  const made = (await standInChanges(page, ADMIN)).slice(before);
  expect(made.filter((change) => /assigned .* of WindowsDefenderATP/.test(change))).toEqual([
    expect.stringContaining('assigned Alert.Read.All of WindowsDefenderATP'),
  ]);
  expect(made.join('\n')).not.toMatch(/created application|added a password/);
});
