import { MICROSOFT_LOGIN } from '../testing/local-apis.mjs';
import { LIMITED_SPA_CLIENT_ID, SPA_CLIENT_ID } from '../testing/oauth-server/server.mjs';
import { deepLink, expect, expectNoAxeViolations, expectNothingStored, signInAtLocalServer, test, WIZARD_URL } from './fixtures';

const checkLink = (client: string) =>
  deepLink({
    integration: 'microsoft-graph-user',
    flow: 'auth-code',
    cloud: 'global',
    tenant: 'contoso.onmicrosoft.com',
    client,
  });

test('PKCE check signs in at the local server and shows every required permission granted', async ({
  page,
  blockedRequests,
  requestOrigins,
}) => {
  await page.goto(checkLink(SPA_CLIENT_ID));
  await page.getByRole('button', { name: 'Continue' }).click();
  const popupOpened = page.waitForEvent('popup');
  const authorizeRequest = page.context().waitForEvent('request', (request) => request.url().includes('/oauth2/v2.0/authorize'));
  await page.getByRole('button', { name: 'Verify sign-in (PKCE)' }).click();
  const popup = await popupOpened;
  // msal-browser's request: authorization code with an S256 challenge, at the cloud's login host only.
  const authorize = new URL((await authorizeRequest).url());
  expect(authorize.origin).toBe(MICROSOFT_LOGIN);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  await signInAtLocalServer(popup, 'checker@contoso.test');
  await popup.waitForEvent('close');

  const table = page.getByRole('table', { name: 'Granted vs. required' });
  await expect(table.getByRole('row', { name: /Directory\.AccessAsUser\.All.*Granted/ })).toBeVisible();
  await expect(page.getByText('checker@contoso.test')).toBeVisible();
  await expect(page.getByText(SPA_CLIENT_ID, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(blockedRequests).toEqual([]);

  // Tokens lived in memory only, and the page talked only to itself and the chosen authority.
  await expectNothingStored(page, []);
  expect([...requestOrigins].sort()).toEqual([MICROSOFT_LOGIN, new URL(WIZARD_URL).origin].sort());
  await page.getByRole('button', { name: 'Sign out / forget tokens' }).click();
  await expect(table).toHaveCount(0);
});

test('PKCE check shows a permission that was not granted, with the consent link to fix it', async ({ page }) => {
  await page.goto(checkLink(LIMITED_SPA_CLIENT_ID));
  await page.getByRole('button', { name: 'Continue' }).click();
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Verify sign-in (PKCE)' }).click();
  const popup = await popupOpened;
  await signInAtLocalServer(popup);
  await popup.waitForEvent('close');

  await expect(page.getByRole('row', { name: /Directory\.AccessAsUser\.All.*Missing/ })).toBeVisible();
  const fix = page.getByRole('link', { name: /Open the admin-consent page/ });
  await expect(fix).toHaveAttribute(
    'href',
    new RegExp(
      `^${MICROSOFT_LOGIN}/contoso\\.onmicrosoft\\.com/v2\\.0/adminconsent\\?client_id=${LIMITED_SPA_CLIENT_ID}&scope=https://graph\\.microsoft\\.com/directory\\.accessasuser\\.all`,
    ),
  );
});

test('PKCE check with the popup blocked says how to allow it, and works once it is allowed', async ({ page }) => {
  // What a popup blocker does: window.open gives no window.
  await page.addInitScript(() => {
    (window as unknown as { allowPopups: () => void }).allowPopups = (
      (open) => () =>
        (window.open = open)
    )(window.open);
    window.open = () => null;
  });
  await page.goto(checkLink(SPA_CLIENT_ID));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Verify sign-in (PKCE)' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The browser blocked the sign-in popup');
  await expect(alert).toContainText('Allow pop-ups for this site');
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.evaluate(() => (window as unknown as { allowPopups: () => void }).allowPopups());
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Verify sign-in (PKCE)' }).click();
  const popup = await popupOpened;
  await signInAtLocalServer(popup, 'unblocked@contoso.test');
  await popup.waitForEvent('close');
  await expect(page.getByRole('table', { name: 'Granted vs. required' })).toBeVisible();
  await expect(page.getByText('unblocked@contoso.test')).toBeVisible();
  await expectNothingStored(page, []);
});
