import type { Page } from '@playwright/test';
import { POLICY_ADMIN, SHARED_ADMIN_EXEMPTION } from '../testing/graph-server/app-policies.mjs';
import { LOCAL_GRAPH } from '../testing/local-apis.mjs';
import { productListsUsers } from './as-the-product';
import { generateCertificate, openRegistration, RUN_BUTTON, signInThrough, standInChanges } from './registration-pages';
import { downloadedText, expect, expectNoAxeViolations, test } from './fixtures';

// The tenant default policy is the stand-in's one for the whole run; the other files' admins carry an attribute it
// exempts (excludeActors), so only this file's admin is held to it. Its tests change it, so they run in order.
test.describe.configure({ mode: 'serial' });

const DAY = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const progress = (page: Page) => page.getByRole('list', { name: 'Registration progress' });

async function setTenantPolicy(page: Page, passwordCredentials: object[]) {
  const exempt = { excludeActors: { customSecurityAttributes: [SHARED_ADMIN_EXEMPTION] } };
  const response = await page.request.put(`${LOCAL_GRAPH}/_stand-in/default-app-management-policy`, {
    ignoreHTTPSErrors: true,
    data: {
      isEnabled: true,
      applicationRestrictions: {
        passwordCredentials: passwordCredentials.map((restriction) => ({ ...restriction, ...exempt })),
        keyCredentials: [],
      },
    },
  });
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ request }) => {
  await request.delete(`${LOCAL_GRAPH}/_stand-in/default-app-management-policy`, { ignoreHTTPSErrors: true });
});

/** Graph User, client credentials, under its own display name; runs the plan from the browser as the policy tests' admin. */
async function registerAs(page: Page, displayName: string) {
  await page.getByLabel('App display name').fill(displayName);
  await signInThrough(page, RUN_BUTTON, POLICY_ADMIN);
}

test('a tenant policy of 180 days: the browser run makes a 180-day secret, and the sheet shows that date and offers a reminder', async ({
  page,
}) => {
  await setTenantPolicy(page, [{ restrictionType: 'passwordLifetime', maxLifetime: 'P180D', restrictForAppsCreatedAfterDateTime: null }]);
  await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
  await expect(page.getByRole('listitem').filter({ hasText: "Read the tenant's default app management policy" })).toBeVisible();
  const before = Date.now();
  await registerAs(page, 'Policy test - 180 days');
  await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toBeVisible();
  const after = Date.now();
  await expect(progress(page).getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(0);
  // Made for exactly as long as the policy allows: 180 days from the run.
  const ends = [...new Set([day(before + 180 * DAY), day(after + 180 * DAY)])];
  const shown = page.getByText(/The client secret ends on \d{4}-\d{2}-\d{2} \(your tenant's app management policy allows 180 days\)/);
  await expect(shown).toBeVisible();
  const endDate = /ends on (\d{4}-\d{2}-\d{2})/.exec((await shown.textContent()) ?? '')?.[1] ?? '';
  expect(ends).toContain(endDate);

  await page.getByRole('button', { name: 'Continue to App details' }).click();
  const clientId = await page.getByLabel('Application (client) ID').inputValue();
  const secret = await page.getByLabel('Client secret (optional here)').inputValue();
  // The 180-day secret works: the product's client-credentials sign-in with it may list users.
  expect(await productListsUsers(page.request, clientId, secret)).toMatchObject({ token: 200, graph: 200 });

  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await expect(page.getByText(`The client secret ends on ${endDate}`)).toBeVisible();
  await expect(page.getByText(/limits client secrets to 180 days/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Remind me').selectOption('30');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download reminder (.ics)' }).click();
  expect((await download).suggestedFilename()).toBe(`microsoft-graph-user-credential-ends-${endDate}.ics`);
  const ics = await downloadedText(download);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toContain(`DTSTART;VALUE=DATE:${day(Date.parse(endDate) - 30 * DAY).replaceAll('-', '')}\r\n`);
  expect(unfolded).toContain('SUMMARY:Rotate the client secret of "Policy test - 180 days" (Microsoft Graph User)');
  expect(unfolded).toContain(`Application (client) ID: ${clientId}`);
  expect(unfolded).toMatch(/Rotate with the wizard: http:\/\/localhost:4173\/wizard\/#\/rotate\?.*integration=microsoft-graph-user/);
  expect(ics).not.toContain(secret);
  await expect(page.getByRole('link', { name: 'Rotate the credential of Microsoft Graph User' })).toHaveAttribute('href', /#\/rotate\?/);
});

test.describe(() => {
  // The browser logs Graph's refusal of the secret.
  test.use({
    expectedConsole: /status of 400 \(Bad Request\) \(https:\/\/graph\.microsoft\.com\/v1\.0\/applications\/[0-9a-f-]+\/addPassword\)/,
  });

  test('a policy forbidding secrets: the plan stops before the secret and steers to a certificate, which then goes up', async ({
    page,
  }) => {
    await setTenantPolicy(page, [{ restrictionType: 'passwordAddition', restrictForAppsCreatedAfterDateTime: null }]);
    await openRegistration(page, 'microsoft-graph-user', 'client-credentials');
    const before = (await standInChanges(page, POLICY_ADMIN)).length;
    await registerAs(page, 'Policy test - no secrets');
    await expect(
      progress(page)
        .getByRole('listitem')
        .filter({ hasText: /Add a client secret .*: failed/ }),
    ).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: "Your tenant's app management policy forbids client secrets for this app" });
    // The policy exempts some admins, which the plan cannot tell: Graph refuses the secret, and the page steers the same way.
    await expect(alert).toContainText(
      "CredentialTypeNotAllowedAsPerAppPolicy (HTTP 400): Credential type not allowed as per assigned policy '",
    );
    await expectNoAxeViolations(page);
    expect((await standInChanges(page, POLICY_ADMIN)).slice(before).join('\n')).not.toMatch(/added a password/);

    await alert.getByRole('button', { name: 'Use a certificate instead' }).click();
    await expect(page.getByRole('radio', { name: /^Certificate/ })).toBeChecked();
    await generateCertificate(page);
    await page.getByRole('link', { name: 'Register the app' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: "Upload the certificate's public part" })).toBeVisible();
    await registerAs(page, 'Policy test - no secrets');
    await expect(page.getByRole('status').filter({ hasText: 'App details filled' })).toContainText('certificate');
    await expect(
      progress(page)
        .getByRole('listitem')
        .filter({ hasText: /Upload the certificate's public part.*: done/ }),
    ).toBeVisible();
    await expect(
      progress(page)
        .getByRole('listitem')
        .filter({ hasText: /Create the app registration.*: already there/ }),
    ).toBeVisible();
    expect((await standInChanges(page, POLICY_ADMIN)).slice(before).join('\n')).toMatch(/updated keyCredentials/);

    await page.getByRole('button', { name: 'Continue to App details' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue to the sheet' }).click();
    const validUntil = /valid until (\d{4}-\d{2}-\d{2})/.exec((await page.getByText(/It is valid until/).textContent()) ?? '')?.[1];
    await expect(page.getByText(`The certificate ends on ${validUntil}`)).toBeVisible();
  });
});
