import { openRegistration, RUN_BUTTON, signInThrough, standInChanges } from './registration-pages';
import { expect, expectNoAxeViolations, test, WIZARD_URL } from './fixtures';

const ADMIN = 'fixer-admin@contoso.test';

const CASES = [
  {
    integration: 'microsoft-defender-endpoint',
    api: 'WindowsDefenderATP',
    first: 'microsoft-atp-isolate-machine',
    then: 'microsoft-atp-list-alerts',
    missing: 'Alert.Read.All',
    finding: /Missing application roles/,
    // As the product prints it: the shared module's API error with the Defender API's body.
    refused: `Failed to execute microsoft-atp-list-alerts command.
Error: Error in API call [403] - Forbidden
{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: Alert.Read.All, Alert.ReadWrite.All, application roles: Machine.Isolate","target":"0b8f3c1e"}}`,
  },
  {
    integration: 'microsoft-graph-user',
    api: 'Microsoft Graph',
    first: 'msgraph-user-list',
    then: 'msgraph-user-create',
    missing: 'User.ReadWrite.All',
    finding: /Authorization_RequestDenied/,
    // Graph's documented body for a request no permission of the token allows.
    refused: `Failed to execute msgraph-user-create command.
Error: Error in API call [403] - Forbidden
{"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation.", "innerError": {"date": "2026-12-06T10:00:00", "request-id": "1"}}}`,
  },
];

// The stand-in's directory is shared: one case after the other.
test.describe.configure({ mode: 'serial' });

for (const item of CASES)
  test(`${item.integration}: a refusal pasted into the troubleshooter opens Register the app preset, which adds the missing permission to the same app`, async ({
    page,
  }) => {
    // An app registered for one command only.
    await openRegistration(page, item.integration, 'client-credentials', { commands: item.first });
    await page.getByLabel('App display name').fill(`Fixed by the troubleshooter - ${item.integration}`);
    await signInThrough(page, RUN_BUTTON, ADMIN);
    await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to App details' }).click();
    const clientId = await page.getByLabel('Application (client) ID').inputValue();

    // Another command was chosen since, and the product refused it: the troubleshooter explains and links the fix.
    await page.goto(
      `${WIZARD_URL}#/troubleshoot?integration=${item.integration}&flow=client-credentials&cloud=global&client=${clientId}&commands=${item.first},${item.then}`,
    );
    await page.getByLabel('Error text').fill(item.refused);
    const found = page.getByRole('list', { name: 'What the error means' });
    await expect(found.getByRole('heading', { name: item.finding })).toBeVisible();
    await expect(
      found.getByText(new RegExp(`application permissions .*${item.api} ${item.missing.replaceAll('.', '\\.')}`)).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await found
      .getByRole('link', { name: 'Register the app, preset to add the missing permissions and grant admin consent' })
      .first()
      .click();

    // Preset: the app found by its client ID, nothing created, no new secret.
    await expect(page.getByText('Preset by the troubleshooter')).toBeVisible();
    await expect(page.getByLabel('Application (client) ID')).toHaveValue(clientId);
    await expect(page.getByRole('listitem').filter({ hasText: `Find the app registration with client ID ${clientId}` })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /client secret/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const before = (await standInChanges(page, ADMIN)).length;
    await signInThrough(page, RUN_BUTTON, ADMIN);
    await expect(page.getByRole('list', { name: 'Registration progress' }).getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(
      0,
    );
    await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
    const made = (await standInChanges(page, ADMIN)).slice(before);
    expect(made.filter((change) => new RegExp(`assigned .* of ${item.api}`).test(change))).toEqual([
      expect.stringContaining(`assigned ${item.missing} of ${item.api}`),
    ]);
    expect(made.join('\n')).not.toMatch(/created application|added a password/);
  });
