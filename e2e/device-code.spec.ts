import type { BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { hostResolverRules } from '../testing/local-apis.mjs';
import { DEVICE_CLIENT_ID, EXPIRING_DEVICE_CLIENT_ID, IMPATIENT_DEVICE_CLIENT_ID } from '../testing/oauth-server/server.mjs';
import {
  deepLink,
  expect,
  expectNoAxeViolations,
  expectNothingStored,
  NO_CORS_OAUTH_ORIGIN,
  OAUTH_ORIGIN,
  signInAtLocalServer,
  test,
  WIZARD_URL,
} from './fixtures';

// As at Microsoft, the worldwide login host's device-code endpoints send no CORS headers: here the browser resolves
// it to the OIDC server's twin without them. The browser check works through a CORS relay in front of the login host,
// here the CORS-enabled server.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, hostResolverRules({ 'login.microsoftonline.com': new URL(NO_CORS_OAUTH_ORIGIN).host })],
  },
});

// What this file provokes on purpose shows in the console: the token endpoint answers 400 while the user has not
// entered the code (RFC 8628's authorization_pending, slow_down, expired_token), the login host without CORS is
// refused by the browser, and the offline test cuts a poll (the one in flight when the page goes offline, and one it
// drops on the wire).
test.use({
  expectedConsole:
    /status of 400 \(Bad Request\) \(https:\/\/127\.0\.0\.1:9400\/organizations\/oauth2\/v2\.0\/token\)|blocked by CORS policy|net::ERR_FAILED \(https:\/\/login\.microsoftonline\.com\/|net::(ERR_CONNECTION_RESET|ERR_INTERNET_DISCONNECTED) \(https:\/\/127\.0\.0\.1:9400\/organizations\/oauth2\/v2\.0\/token\)/,
});

/** Identity Protection's device-code step in the worldwide cloud; started at once through `relay` (the CORS-enabled server) unless it is empty. */
async function openDeviceStep(page: Page, client: string, relay = OAUTH_ORIGIN) {
  await page.goto(deepLink({ integration: 'azure-ad-identity-protection', flow: 'device-code', cloud: 'global', client }));
  await page.getByRole('button', { name: 'Continue' }).click();
  if (relay) {
    await page.getByLabel('CORS relay URL (optional)').fill(relay);
    await page.getByLabel('CORS relay URL (optional)').blur();
  }
  await page.getByRole('button', { name: 'Start device sign-in' }).click();
}

/** The admin's second window: the verification page of the local server, the user code, sign-in and consent. */
async function enterUserCode(context: BrowserContext, page: Page) {
  const userCode = (await page.getByLabel('User code', { exact: true }).textContent()) ?? '';
  const verificationUri = await page.getByRole('link', { name: /\/device/ }).getAttribute('href');
  const device = await context.newPage();
  await device.goto(verificationUri!);
  await device.locator('input[name="user_code"]').fill(userCode);
  await device.getByRole('button', { name: 'Continue' }).click();
  await device.getByRole('button', { name: 'Continue' }).click();
  await signInAtLocalServer(device, 'device-admin@contoso.test');
  await expect(device.getByRole('heading', { name: 'Sign-in Success' })).toBeVisible();
  await device.close();
}

test('device code: the user code is entered in a second page and the polling completes with a granted check', async ({
  page,
  context,
  blockedRequests,
  requestOrigins,
}) => {
  await openDeviceStep(page, DEVICE_CLIENT_ID);
  // The vendor's phishing note comes with the flow.
  await expect(page.getByText('Security note from the vendor: prefer client credentials or authorization code')).toBeVisible();
  await expect(page.getByLabel('User code', { exact: true })).toHaveText(/^[A-Z0-9-]{6,}$/);
  await expect(page.getByRole('img', { name: /QR code of https:\/\/127\.0\.0\.1:9400\/device/ })).toBeVisible();
  await expect(page.getByText(/Code expires in \d+:\d\d/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for you to enter the code' })).toBeVisible();
  await expectNoAxeViolations(page);

  await enterUserCode(context, page);
  await expect(page.getByText('Device sign-in worked')).toBeVisible();
  await expect(page.getByText('device-admin@contoso.test')).toBeVisible();
  const grants = page.getByRole('table', { name: 'Granted vs. required' });
  await expect(grants.getByRole('row', { name: /IdentityRiskEvent\.Read\.All.*Granted/ })).toBeVisible();
  await expect(grants.getByRole('row', { name: /IdentityRiskyUser\.ReadWrite\.All.*Granted/ })).toBeVisible();
  expect(blockedRequests).toEqual([]);
  await expectNothingStored(page, []);
  expect([...requestOrigins].sort()).toEqual([OAUTH_ORIGIN, new URL(WIZARD_URL).origin].sort());
});

test('device code: slow_down adds 5 seconds to the interval and the sign-in still completes', async ({ page, context }) => {
  await openDeviceStep(page, IMPATIENT_DEVICE_CLIENT_ID);
  await expect(page.getByRole('status').filter({ hasText: 'asked to slow down: now checking every 6 seconds' })).toBeVisible({
    timeout: 10_000,
  });
  await enterUserCode(context, page);
  await expect(page.getByText('Device sign-in worked')).toBeVisible({ timeout: 15_000 });
});

test('device code: an expired code stops the polling with an explanation', async ({ page }) => {
  await openDeviceStep(page, EXPIRING_DEVICE_CLIENT_ID);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('expired_token', { timeout: 10_000 });
  await expect(alert).toContainText('Start the device sign-in again');
});

test('device code: going offline pauses the polling, a failed poll is retried with backoff, and the code is kept', async ({
  page,
  context,
}) => {
  await openDeviceStep(page, DEVICE_CLIENT_ID);
  const userCode = await page.getByLabel('User code', { exact: true }).textContent();
  // Everything the step loads (the QR code's library) is in before the network goes.
  await expect(page.getByRole('img', { name: /QR code of/ })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'you are offline, polling is paused and the code is kept' })).toBeVisible({
    timeout: 10_000,
  });

  // Online again, but the next poll dies on the wire: retried after a backoff, not given up. Whether a poll had
  // already failed while offline (then paused) is up to timing, so this retry may count as the first or second.
  let dropped = 0;
  await page.route('**/oauth2/v2.0/token', (route) => (dropped++ < 1 ? route.abort('connectionreset') : route.continue()));
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: /Connection lost: retrying \(attempt [12] of 6\)/ })).toBeVisible({
    timeout: 10_000,
  });
  expect(dropped).toBeGreaterThan(0);
  await expect(page.getByLabel('User code', { exact: true })).toHaveText(userCode!);
  await enterUserCode(context, page);
  await expect(page.getByText('Device sign-in worked')).toBeVisible({ timeout: 20_000 });
});

test('device code: a CORS refusal is explained with the product commands to run instead', async ({ page }) => {
  await openDeviceStep(page, DEVICE_CLIENT_ID, '');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The browser refused the device-code request');
  await expect(alert).toContainText('do not send the CORS headers');
  await expect(alert.getByText('!azure-ad-auth-start')).toBeVisible();
  await expect(alert.getByText('!azure-ad-auth-complete')).toBeVisible();
  await expect(page.getByLabel('CORS relay URL (optional)')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('device code: a CORS relay in front of the login host makes the browser check work', async ({ page, context }) => {
  // The login host sends no CORS headers; the relay (here the CORS-enabled twin of the local server) does.
  await openDeviceStep(page, DEVICE_CLIENT_ID, '');
  await expect(page.getByRole('alert')).toContainText('The browser refused the device-code request');
  await page.getByLabel('CORS relay URL (optional)').fill(`${OAUTH_ORIGIN}/`);
  await page.getByLabel('CORS relay URL (optional)').blur();
  await page
    .getByRole('button', { name: 'Start again' })
    .or(page.getByRole('button', { name: 'Start device sign-in' }))
    .click();
  await expect(page.getByLabel('User code', { exact: true })).toBeVisible();
  await enterUserCode(context, page);
  await expect(page.getByText('Device sign-in worked')).toBeVisible();
});

test.describe('a login host the page may not reach', () => {
  // Built with connect-src for 9400 to 9403 only: the browser refuses a relay at 9409 before sending anything, and says so.
  const blockedAuthority = 'https://127.0.0.1:9409';
  test.use({ expectedConsole: /127\.0\.0\.1:9409/ });

  test('device code: a request the Content-Security-Policy blocks is explained as that, with the rebuild to allow it', async ({ page }) => {
    await openDeviceStep(page, DEVICE_CLIENT_ID, blockedAuthority);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("This page's Content-Security-Policy blocked the request");
    await expect(alert).toContainText(`WIZARD_CONNECT_SRC="${blockedAuthority}"`);
    await expect(alert).not.toContainText('CORS headers');
    await expectNoAxeViolations(page);
  });
});
