import type { Page } from '@playwright/test';
import { SUBSCRIPTION_ID, RESOURCE_GROUP } from '../testing/graph-server/resource-manager.mjs';
import { MANAGED_IDENTITY, TENANT_ID } from '../testing/graph-server/directory.mjs';
import { LOCAL_GRAPH } from '../testing/local-apis.mjs';
import { productAsksTokenWithCertificate, productListsUsers } from './as-the-product';
import { generateCertificate, openAppDetails, openRegistration, RUN_BUTTON, signInThrough, standInChanges } from './registration-pages';
import { expect, expectNoAxeViolations, expectNothingStored, test, WIZARD_URL } from './fixtures';

// The stand-in keeps one directory for the whole run: these tests check what each run changed, so they run in order.
test.describe.configure({ mode: 'serial' });

const ADMIN = 'admin@contoso.test';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const changes = (page: Page) => standInChanges(page, ADMIN);

/** Presses "Register the app for me" (or "Run it again") and signs in as `user`; the run goes on in the page. */
const registerFromBrowser = (page: Page, user = ADMIN) => signInThrough(page, RUN_BUTTON, user);

const progress = (page: Page) => page.getByRole('list', { name: 'Registration progress' });

test('Graph User, client credentials: registered from the browser, App details filled, a second run changes nothing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIZARD_URL).origin });
  await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
  await expect(
    page.getByRole('listitem').filter({ hasText: "Grant Microsoft Graph's application permission User.ReadWrite.All" }),
  ).toBeVisible();
  const before = (await changes(page)).length;
  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  // Seven steps, and two reads of the app management policy before the secret.
  await expect(progress(page).getByRole('listitem')).toHaveCount(9);
  await expect(progress(page).getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(0);
  const made = await changes(page);
  expect(made.slice(before).join('\n')).toMatch(
    /created application Cortex XSOAR - Microsoft Graph User[\s\S]*assigned User\.ReadWrite\.All of Microsoft Graph[\s\S]*added a password/,
  );
  await expect(page.getByText(/To remove it: az ad app delete --id [0-9a-f-]{36}/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Entra showed the secret once and only this page holds it: leaving asks first.
  const dialog = page.waitForEvent('dialog');
  void page.evaluate(() => location.reload()).catch(() => undefined);
  expect((await dialog).type()).toBe('beforeunload');
  await (await dialog).dismiss();

  await page.getByRole('button', { name: 'Continue to App details' }).click();
  await expect(page.getByLabel('Directory (tenant) ID')).toHaveValue(TENANT_ID);
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  expect(clientId).toMatch(GUID);
  const secret = await page.getByLabel('Client secret (optional here)').inputValue();
  expect(secret).toMatch(/^.{3}8Q~/);
  await expectNothingStored(page, [secret]);

  // The registration works: the product's client-credentials sign-in gets User.ReadWrite.All and may list users.
  const product = await productListsUsers(page.request, clientId, secret);
  expect(product).toMatchObject({ token: 200, roles: ['User.ReadWrite.All'], graph: 200 });

  // Again, as an admin re-running it would: everything is already there.
  await page.getByRole('link', { name: 'Register the app' }).click();
  const unchanged = (await changes(page)).length;
  await registerFromBrowser(page);
  await expect(progress(page).getByRole('listitem').filter({ hasText: 'already there' })).toHaveCount(5);
  await expect(page.getByText(/No secret in this result/)).toBeVisible();
  expect((await changes(page)).length).toBe(unchanged);

  // Once the secret is copied from the sheet, leaving no longer asks.
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await page.getByRole('button', { name: 'Copy Key / Client Secret' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  const asked: string[] = [];
  page.on('dialog', (shown) => {
    asked.push(shown.type());
    void shown.accept();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(asked).toEqual([]);
});

test('Preview before a run: it signs in, only reads, and lists what a run would create; then the run makes exactly that', async ({
  page,
}) => {
  await openRegistration(page, 'microsoft-graph-groups', 'client-credentials');
  const before = (await changes(page)).length;
  await signInThrough(page, 'Preview', ADMIN);
  await expect(
    page.getByRole('status').filter({ hasText: /^Preview: a run would make changes \(.*to create.*\)\. Nothing was changed\.$/ }),
  ).toBeVisible();
  const preview = page.getByRole('list', { name: 'Preview of the registration' });
  await expect(
    preview
      .getByRole('listitem')
      .filter({ hasText: /Create the app registration.*would be created|would be created/ })
      .first(),
  ).toBeVisible();
  expect((await changes(page)).length).toBe(before);
  await expectNoAxeViolations(page);

  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  expect((await changes(page)).slice(before).join('\n')).toMatch(/created application Cortex XSOAR - Microsoft Graph Groups/);
});

test('Graph User, authorization code: the Web redirect URI, the wizard as SPA redirect URI, delegated consent and a secret', async ({
  page,
}) => {
  await openRegistration(page, 'microsoft-graph-user', 'auth-code', { redirect: 'https://xsoar.example/authcode' });
  await page.getByLabel('App display name').fill('Cortex XSOAR - Graph User (authorization code)');
  const before = (await changes(page)).length;
  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toContainText('client secret (in memory)');
  const made = (await changes(page)).slice(before).join('\n');
  expect(made).toContain('updated web, spa, requiredResourceAccess');
  expect(made).toContain('granted Directory.AccessAsUser.All on Microsoft Graph');
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  await expect(page.getByLabel('Redirect URI')).toHaveValue('https://xsoar.example/authcode');
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(GUID);
});

test('Graph User, certificate: made on App details, uploaded by the plan, and the product signs in with the sheet’s key', async ({
  page,
}) => {
  await openAppDetails(page, 'microsoft-graph-user', 'client-credentials');
  await generateCertificate(page);
  await page.getByRole('link', { name: 'Register the app' }).click();
  await page.getByLabel('App display name').fill('Cortex XSOAR - Graph User (certificate)');
  await expect(page.getByRole('listitem').filter({ hasText: "Upload the certificate's public part" })).toBeVisible();
  await registerFromBrowser(page);
  const filled = page.getByRole('status').filter({ hasText: 'App details filled' });
  await expect(filled).toContainText(/certificate [0-9A-F]{40}/);
  await expect(filled).not.toContainText('client secret');

  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  const thumbprint = await page.getByLabel('Certificate Thumbprint creds_certificate', { exact: true }).inputValue();
  const oneLineKey = await page.getByLabel('Private Key creds_certificate', { exact: true }).inputValue();

  // As the product: the sheet's key signs the client assertion for the registered certificate's thumbprint.
  const token = await productAsksTokenWithCertificate(page.request, { clientId, tenantId: TENANT_ID, thumbprint, oneLineKey });
  expect(token.status(), await token.text()).toBe(200);
  const users = await page.request.get(`${LOCAL_GRAPH}/v1.0/users`, {
    headers: { Authorization: `Bearer ${(await token.json()).access_token}` },
  });
  expect(users.status()).toBe(200);
});

test('Defender for Endpoint: every WindowsDefenderATP application permission resolved by name and granted', async ({ page }) => {
  await openRegistration(page, 'microsoft-defender-endpoint', 'client-credentials');
  const before = (await changes(page)).length;
  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  const granted = (await changes(page)).slice(before).filter((change) => change.includes('of WindowsDefenderATP'));
  expect(granted).toHaveLength(17);
  expect(granted.join('\n')).toContain('assigned Machine.Isolate of WindowsDefenderATP');
  // Its rights are Defender's, not Graph's: the product's Graph token for it carries no role, and Graph refuses.
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const product = await productListsUsers(
    page.request,
    await page.getByLabel('Application (client) ID').inputValue(),
    await page.getByLabel('Client secret (optional here)').inputValue(),
  );
  expect(product).toMatchObject({ token: 200, roles: [], graph: 403 });
});

test('Azure Storage: the role is assigned on the resource group with a Resource Manager token', async ({ page }) => {
  await openRegistration(page, 'azure-storage', 'client-credentials');
  await expect(page.getByRole('status').filter({ hasText: 'The plan still needs' })).toContainText('Give the subscription ID');
  await page.getByLabel('Subscription ID').fill(SUBSCRIPTION_ID);
  await page.getByLabel('Resource group (optional)').fill(RESOURCE_GROUP);
  await registerFromBrowser(page);
  await expect(
    progress(page)
      .getByRole('listitem')
      .filter({ hasText: `Assign Contributor on /subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}: done` }),
  ).toBeVisible();
  await expect(page.getByText(/az role assignment delete --assignee [0-9a-f-]{36} --role "Contributor"/)).toBeVisible();
});

test('Identity Protection, device code: a multi-tenant public client with delegated consent and no secret', async ({ page }) => {
  await openRegistration(page, 'azure-ad-identity-protection', 'device-code');
  await expect(page.getByRole('listitem').filter({ hasText: 'Set public client flows, API permissions on the app' })).toBeVisible();
  const before = (await changes(page)).length;
  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  expect((await changes(page)).slice(before).join('\n')).toContain(
    'granted IdentityRiskEvent.Read.All IdentityRiskyUser.ReadWrite.All on Microsoft Graph',
  );
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(GUID);
});

test('Graph User, managed identity: the VM’s identity gets the application permission, found by the VM’s name', async ({ page }) => {
  await openRegistration(page, 'microsoft-graph-user', 'managed-identity');
  await page.getByLabel('Managed identity').fill(MANAGED_IDENTITY.displayName);
  await registerFromBrowser(page);
  await expect(page.getByRole('status').filter({ hasText: `managed identity ${MANAGED_IDENTITY.id}` })).toBeVisible();
  await expect(
    progress(page)
      .getByRole('listitem')
      .filter({ hasText: "Grant Microsoft Graph's application permission User.ReadWrite.All (admin consent): done" }),
  ).toBeVisible();
});

test.describe('refused', () => {
  // The browser logs the refused request itself.
  test.use({ expectedConsole: /status of 403 \(Forbidden\)/ });
  test('a user without an admin role is stopped at admin consent, with the role that is needed', async ({ page }) => {
    await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
    await page.getByLabel('App display name').fill('Cortex XSOAR - registered by a developer');
    await registerFromBrowser(page, 'developer@contoso.test');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Microsoft Graph refused: insufficient privileges');
    await expect(alert).toContainText('Authorization_RequestDenied (HTTP 403)');
    await expect(alert).toContainText('Privileged Role Administrator or Global Administrator');
    await expect(progress(page).getByRole('listitem').filter({ hasText: 'Add a client secret' })).toContainText('pending');
  });
});
