// Rotating an app's client secret (or certificate) without downtime, as an admin does it: the app registered first, then the new secret
// added beside the old (both sign in), the instance tested, and only then the old one removed by its key ID (the old
// secret is refused with AADSTS7000215, the new one, read from the sheet's export as the product reads it, signs in).
// From the page (two buttons around the confirmation) and from Cloud Shell (the script stops until --finish).
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { TENANT_ID } from '../testing/graph-server/directory.mjs';
import { productReads, type Params } from '../testing/product-params';
import { flowReads, PRODUCT_READS } from '../testing/product-reads';
import { productAsksToken, productAsksTokenWithCertificate, productListsUsers } from './as-the-product';
import { cloudShellFor } from './cloud-shell';
import { generateCertificate, openAppDetails, openRegistration, RUN_BUTTON, signInThrough, standInChanges } from './registration-pages';
import { downloadedText, expect, expectNoAxeViolations, test, WIZARD_URL } from './fixtures';

// One directory for the run, and this file's own admin: its changes are told apart from other files'.
test.describe.configure({ mode: 'serial' });
const ADMIN = 'rotation-admin@contoso.test';
const GRAPH_SCOPE = { scope: 'https://graph.microsoft.com/.default' };
const changes = (page: Page) => standInChanges(page, ADMIN);

/** Presses a button that signs in with the registrar app, as this file's admin; the run goes on in the page. */
const runSignedIn = (page: Page, button: string | RegExp) => signInThrough(page, button, ADMIN);

/** A token answer's status, and Entra's error code (AADSTS…) when refused. */
async function outcome(answer: APIResponse) {
  const body = (await answer.json()) as { error_description?: string };
  return { status: answer.status(), error: body.error_description?.split(':')[0] };
}

/** The product's token request with a client ID and secret. */
const signsIn = async (request: APIRequestContext, clientId: string, secret: string) =>
  outcome(await productAsksToken(request, { clientId, tenantId: TENANT_ID, secret }, GRAPH_SCOPE));

/** The product's token request with the sheet's certificate thumbprint and one-line private key. */
const certificateSignsIn = async (request: APIRequestContext, clientId: string, sheet: { thumbprint: string; oneLineKey: string }) =>
  outcome(await productAsksTokenWithCertificate(request, { clientId, tenantId: TENANT_ID, ...sheet }));

test('from the page: the new secret is added beside the old, tested, then the old one removed; the sheet’s new values sign in', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIZARD_URL).origin });
  await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
  await page.getByLabel('App display name').fill('Rotation - from the page');
  await runSignedIn(page, 'Register the app for me');
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  const old = await page.getByLabel('Client secret (optional here)').inputValue();
  expect(await signsIn(page.request, clientId, old)).toEqual({ status: 200, error: undefined });

  // From App details, the client ID known.
  await page.getByRole('link', { name: 'Rotate the credential' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rotate the credential');
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(clientId);
  await expect(page.getByRole('radio', { name: 'Client secret' })).toBeChecked();
  const before = (await changes(page)).length;
  await runSignedIn(page, 'Add the new secret');
  await expect(
    page.getByRole('status').filter({
      hasText:
        /^Done up to the finish\. Still to do, once tested: Remove the app's other client secrets named "Cortex XSOAR…", keeping the new one\.$/,
    }),
  ).toBeVisible();
  expect((await changes(page)).slice(before).join('\n')).toMatch(/added a password$/);
  expect((await changes(page)).length).toBe(before + 1);

  // Both secrets are on the app now, and both sign in: the instance keeps working while it moves to the new one.
  const listed = page.getByRole('group', { name: 'Old client secrets to remove' });
  await expect(listed.getByRole('checkbox')).toHaveCount(2);
  await expect(listed.getByRole('checkbox', { name: /^Cortex XSOAR — key ID/ })).toBeChecked();
  await expect(listed.getByRole('checkbox', { name: /^Cortex XSOAR \(rotated \d{4}-\d{2}-\d{2}\) \(the new one: kept\)/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Copy the new client secret' }).click();
  const fresh = await page.evaluate(() => navigator.clipboard.readText());
  expect(fresh).toMatch(/^.{3}8Q~/);
  expect(fresh).not.toBe(old);
  expect(await signsIn(page.request, clientId, old)).toEqual({ status: 200, error: undefined });
  expect(await signsIn(page.request, clientId, fresh)).toEqual({ status: 200, error: undefined });
  await expect(page.getByText('!msgraph-user-test', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Only once the admin says the instance works.
  const remove = page.getByRole('button', { name: 'Remove the old secret' });
  await expect(remove).toBeDisabled();
  await page.getByRole('checkbox', { name: 'The instance works with the new credential' }).check();
  await runSignedIn(page, 'Remove the old secret');
  const progress = page.getByRole('list', { name: 'Rotation progress' });
  await expect(progress.getByRole('listitem').filter({ hasText: /Remove the app's other client secrets.*: removed$/ })).toBeVisible();
  await expect(progress.getByRole('listitem').filter({ hasText: /Add a client secret named.*: already there$/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Rotated' })).toContainText(
    /Removed: Cortex XSOAR \(key ID [0-9a-f-]{36}, ends /,
  );
  const removed = (await changes(page)).slice(before + 1);
  expect(removed).toEqual([expect.stringMatching(/removePassword: removed the password [0-9a-f-]{36}$/)]);

  // The product, with the sheet's values as it reads them: the new secret signs in and lists users; the old is refused.
  await page.getByRole('button', { name: 'Back to App details' }).click();
  await expect(page.getByLabel('Client secret (optional here)')).toHaveValue(fresh);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await page.getByRole('checkbox', { name: 'Include the secret in copy all and export' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const params = JSON.parse(await downloadedText(download)) as Params;
  const read = productReads(params, flowReads(PRODUCT_READS['microsoft-graph-user']!, 'client-credentials')!);
  expect(read).toMatchObject({ clientId, secret: fresh });
  const token = await productAsksToken(page.request, read, GRAPH_SCOPE);
  expect(token.status(), await token.text()).toBe(200);
  expect(await productListsUsers(page.request, clientId, fresh)).toMatchObject({ token: 200, roles: ['User.ReadWrite.All'], graph: 200 });
  expect(await signsIn(page.request, clientId, old)).toEqual({ status: 401, error: 'AADSTS7000215' });
});

test.describe('in Cloud Shell', () => {
  const shell = cloudShellFor(ADMIN);

  test('the script adds the new secret and stops; --finish removes the old one; a second --finish changes nothing', async ({ page }) => {
    test.setTimeout(240_000);
    await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
    await page.getByLabel('App display name').fill('Rotation - Cloud Shell');
    const registered = await shell().bash(await page.getByRole('textbox', { name: 'App registration script' }).inputValue());
    expect(registered.code, registered.stderr).toBe(0);
    const line = registered.stdout.trim().split('\n').at(-1) ?? '';
    const { clientId, clientSecret: old } = JSON.parse(line) as { clientId: string; clientSecret: string };
    await page.getByLabel('Script result').fill(line);
    await page.getByRole('button', { name: 'Fill App details' }).click();
    await page.getByRole('link', { name: 'Rotate the credential' }).click();
    await expect(page.getByLabel('Application (client) ID')).toHaveValue(clientId);
    const script = await page.getByRole('textbox', { name: 'Rotation script' }).inputValue();
    expect(script).toContain(`Find the app registration with client ID ${clientId}`);

    // Without --finish: the new secret is added, what remains is said, and nothing is removed.
    const before = (await changes(page)).length;
    const added = await shell().bash(script);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toMatch(
      /• Still to do: Remove the app's other client secrets named "Cortex XSOAR…", keeping the new one\n {2}would remove: Cortex XSOAR \(key ID [0-9a-f-]{36}, ends /,
    );
    expect(added.stderr).toContain(
      'Before finishing, put the new client secret (clientSecret in the line below) in the instance of Microsoft Graph User and run !msgraph-user-test: it must work.',
    );
    expect(added.stderr).toMatch(/Then finish with: bash \S+register\.sh --finish/);
    expect((await changes(page)).slice(before)).toEqual([expect.stringMatching(/addPassword: added a password$/)]);
    const result = JSON.parse(added.stdout.trim()) as { clientSecret: string; credentials: string };
    expect(result.clientSecret).toMatch(/^.{3}8Q~/);
    expect(JSON.parse(result.credentials)).toHaveLength(2);
    expect(await signsIn(page.request, clientId, old)).toEqual({ status: 200, error: undefined });
    expect(await signsIn(page.request, clientId, result.clientSecret)).toEqual({ status: 200, error: undefined });

    // The line fills App details with the new secret and lists the app's secrets.
    await page.getByLabel('Script result').fill(added.stdout);
    await page.getByRole('button', { name: 'Fill App details' }).click();
    await expect(page.getByRole('group', { name: 'Old client secrets to remove' }).getByRole('checkbox')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Test the new client secret' })).toBeVisible();

    // With --finish (the file the shell ran, again): the old one goes, the new one stays.
    const finished = await shell().exec('bash', ['register.sh', '--finish']);
    expect(finished.stderr).toMatch(/• Add a client secret named "Cortex XSOAR \(rotated [\d-]+\)".*\n {2}already there\n/);
    expect(finished.stderr).toMatch(/• Remove the app's other client secrets.*\n {2}removed\n/);
    expect((await changes(page)).slice(before + 1)).toEqual([expect.stringMatching(/removePassword: removed the password [0-9a-f-]{36}$/)]);
    expect(JSON.parse(finished.stdout.trim())).toMatchObject({ clientId, clientSecret: null });
    expect(await signsIn(page.request, clientId, old)).toEqual({ status: 401, error: 'AADSTS7000215' });
    expect(await productListsUsers(page.request, clientId, result.clientSecret)).toMatchObject({ token: 200, graph: 200 });

    // Again: the new secret is found by its name, the old one is already gone, nothing changes.
    const unchanged = (await changes(page)).length;
    const again = await shell().exec('bash', ['register.sh', '--finish']);
    expect(again.stderr).toMatch(/• Remove the app's other client secrets.*\n {2}already gone\n/);
    expect((await changes(page)).length).toBe(unchanged);
  });
});

/** The certificate's values on the sheet, as the admin copies them into the instance. */
async function sheetCertificate(page: Page) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  return {
    thumbprint: await page.getByLabel('Certificate Thumbprint creds_certificate', { exact: true }).inputValue(),
    oneLineKey: await page.getByLabel('Private Key creds_certificate', { exact: true }).inputValue(),
  };
}

test('a certificate: the new one is uploaded beside the old, which still signs in; the finish leaves only the new one, which signs in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAppDetails(page, 'microsoft-graph-user', 'client-credentials');
  await generateCertificate(page);
  await page.getByRole('link', { name: 'Register the app' }).click();
  await page.getByLabel('App display name').fill('Rotation - certificate');
  await runSignedIn(page, RUN_BUTTON);
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toContainText(/certificate [0-9A-F]{40}/);
  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  const old = await sheetCertificate(page);
  expect(await certificateSignsIn(page.request, clientId, old)).toEqual({ status: 200, error: undefined });

  // A new certificate on App details, then the rotation of the same app.
  await page.getByRole('link', { name: '4. App details' }).click();
  await page.getByRole('button', { name: 'Use another certificate' }).click();
  await generateCertificate(page);
  await page.getByRole('link', { name: 'Rotate the credential' }).click();
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(clientId);
  await page.getByRole('radio', { name: /^Certificate/ }).check();
  const before = (await changes(page)).length;
  await runSignedIn(page, 'Add the new certificate');
  await expect(page.getByRole('status').filter({ hasText: /^Done up to the finish\./ })).toBeVisible();
  expect((await changes(page)).slice(before)).toEqual([expect.stringMatching(/updated keyCredentials/)]);
  const listed = page.getByRole('group', { name: 'Old certificates to remove' });
  await expect(listed.getByRole('checkbox')).toHaveCount(2);
  await expect(listed.getByRole('checkbox', { name: /^CN=Cortex XSOAR — key ID/ })).toBeChecked();
  await expect(listed).not.toContainText('hint');
  await expect(page.getByText(/^New certificate thumbprint [0-9A-F]{40}/)).toBeVisible();
  // The upload sent the old certificate back as it was: the instance, still on it, keeps signing in.
  expect(await certificateSignsIn(page.request, clientId, old)).toEqual({ status: 200, error: undefined });
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'The instance works with the new credential' }).check();
  await runSignedIn(page, 'Remove the old certificate');
  await expect(page.getByRole('status').filter({ hasText: 'Rotated' })).toContainText(
    /Removed: CN=Cortex XSOAR \(key ID [0-9a-f-]{36}, ends \d{4}-\d{2}-\d{2}\)\./,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Rotated' })).toContainText(
    /certificates now: CN=Cortex XSOAR \(rotated [\d-]+\) \(key ID /,
  );
  expect((await changes(page)).slice(before + 1)).toEqual([expect.stringMatching(/updated keyCredentials/)]);
  // The list read before the removal is gone with it: the notice says what is left.
  await expect(listed).toHaveCount(0);

  // The sheet now carries the new certificate: it signs in, the old one is refused as Entra refuses a removed key.
  await page.getByRole('button', { name: 'Back to App details' }).click();
  const fresh = await sheetCertificate(page);
  expect(fresh.thumbprint).not.toBe(old.thumbprint);
  expect(await certificateSignsIn(page.request, clientId, fresh)).toEqual({ status: 200, error: undefined });
  expect(await certificateSignsIn(page.request, clientId, old)).toEqual({ status: 401, error: 'AADSTS700027' });
});
