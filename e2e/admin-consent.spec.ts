import type { Page } from '@playwright/test';
import { deepLink, expect, expectNoAxeViolations, OAUTH_ORIGIN, test, TEST_CLIENT, WIZARD_URL } from './fixtures';
import { MICROSOFT_LOGIN } from '../testing/local-apis.mjs';

const TENANT = 'contoso.onmicrosoft.com';

/** Graph User with client credentials in the worldwide cloud (its login host answered by the local server), up to the admin-consent link. */
async function openAdminConsentStep(page: Page) {
  await page.goto(
    deepLink({
      integration: 'microsoft-graph-user',
      flow: 'client-credentials',
      cloud: 'global',
      tenant: TENANT,
      client: TEST_CLIENT.client_id,
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Admin consent URL', { exact: true })).toHaveValue(
    new RegExp(
      `^${MICROSOFT_LOGIN}/${TENANT}/v2\\.0/adminconsent\\?client_id=${TEST_CLIENT.client_id}&scope=https://graph\\.microsoft\\.com/\\.default&redirect_uri=${WIZARD_URL}&state=[A-Za-z0-9_-]{22}$`,
    ),
  );
  await expectNoAxeViolations(page);
}

test('admin consent: the tenant admin accepts in a popup and the sheet says consent was granted', async ({ page }) => {
  await openAdminConsentStep(page);
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('link', { name: 'Open admin consent page' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: /accept for your organization/ })).toBeVisible();
  await expect(popup.getByText(`https://graph.microsoft.com/.default for every user of ${TENANT}`)).toBeVisible();
  await popup.getByRole('button', { name: 'Accept' }).click();
  await popup.waitForEvent('close');

  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await expect(page.getByText('Admin consent granted')).toBeVisible();
  await expect(page.getByLabel('Token / Tenant ID creds_tenant_id', { exact: true })).toHaveValue(TENANT);
  expect(page.url()).not.toMatch(/admin_consent|state=/);
});

test('admin consent: a declined consent comes back as access_denied with what to do', async ({ page }) => {
  await openAdminConsentStep(page);
  await page.getByRole('button', { name: 'Sign in in this window instead' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('access_denied');
  await expect(alert).toContainText('AADSTS65004');
  await expect(alert).toContainText('declined to consent');
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  expect(page.url()).not.toContain('error=');
  await expectNoAxeViolations(page);
});

test('admin consent: the local server refuses a redirect URI the app does not have, on its own page', async ({ page }) => {
  const response = await page.goto(
    `${OAUTH_ORIGIN}/${TENANT}/v2.0/adminconsent?client_id=${TEST_CLIENT.client_id}&scope=https://graph.microsoft.com/.default&redirect_uri=https://elsewhere.example/&state=s`,
  );
  expect(response?.status()).toBe(400);
  await expect(page.getByText(/AADSTS50011/)).toBeVisible();
});
