import {
  deepLink,
  expect,
  expectNoAxeViolations,
  expectNothingStored,
  OAUTH_ORIGIN,
  signInAtLocalServer,
  test,
  TEST_CLIENT,
  WIZARD_URL,
} from './fixtures';
import { MICROSOFT_LOGIN } from '../testing/local-apis.mjs';

const TENANT = 'contoso.onmicrosoft.com';
const journeyLink = deepLink({
  integration: 'microsoft-graph-user',
  flow: 'auth-code',
  cloud: 'global',
});

/**
 * Redeems a code the way the product does: client secret, no PKCE verifier, the same redirect URI, a scope, at the
 * worldwide token endpoint (its local stand-in, which Node reaches at its loopback address).
 */
async function redeem(request: import('@playwright/test').APIRequestContext, code: string) {
  return request.post(`${OAUTH_ORIGIN}/${TENANT}/oauth2/v2.0/token`, {
    form: {
      grant_type: 'authorization_code',
      code,
      client_id: TEST_CLIENT.client_id,
      client_secret: TEST_CLIENT.client_secret,
      redirect_uri: WIZARD_URL,
      scope: 'offline_access directory.accessasuser.all',
    },
  });
}

test('deep link → app details → popup sign-in at the local server → sheet with a code the product can redeem', async ({
  page,
  request,
  blockedRequests,
  requestOrigins,
}) => {
  await page.goto(journeyLink);
  await expect(page.getByRole('heading', { name: 'App details' })).toBeVisible();
  // The deep link's values moved into wizard state and left the address bar.
  expect(new URL(page.url()).search).toBe('');
  await page.getByLabel('Directory (tenant) ID').fill(TENANT);
  await page.getByLabel('Application (client) ID').fill(TEST_CLIENT.client_id);
  await expect(page.getByLabel('Redirect URI')).toHaveValue(WIZARD_URL);
  await page.getByLabel('Client secret (optional here)').fill(TEST_CLIENT.client_secret);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  const authorizeUrl = await page.getByLabel('Authorize URL', { exact: true }).inputValue();
  expect(authorizeUrl).toMatch(
    new RegExp(
      `^${MICROSOFT_LOGIN}/${TENANT}/oauth2/v2\\.0/authorize\\?response_type=code&scope=offline_access%20directory\\.accessasuser\\.all&client_id=${TEST_CLIENT.client_id}&redirect_uri=${WIZARD_URL}&state=[A-Za-z0-9_-]{22}$`,
    ),
  );
  expect(authorizeUrl).not.toContain('code_challenge');
  await expectNoAxeViolations(page);

  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('link', { name: 'Open sign-in page' }).click();
  const popup = await popupOpened;
  await signInAtLocalServer(popup);
  await popup.waitForEvent('close');

  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await expect(page.getByText('Authorization code captured')).toBeVisible();
  await expect(page.getByText(/Expires in about \d:\d\d/)).toBeVisible();
  expect(page.url()).not.toMatch(/[?&](code|state)=/);

  const code = await page
    .getByLabel('Authorization code (for Self Deployed - Authorization Code Flow) creds_auth_code', { exact: true })
    .inputValue();
  expect(code.length).toBeGreaterThan(20);
  expect(code).not.toContain('session_state');
  await expect(page.getByLabel('ID / client ID creds_auth_id', { exact: true })).toHaveValue(TEST_CLIENT.client_id);
  await expect(page.getByLabel('Token / Tenant ID creds_tenant_id', { exact: true })).toHaveValue(TENANT);
  await expect(page.getByLabel('Key / Client Secret creds_enc_key', { exact: true })).toHaveAttribute('type', 'password');
  await expect(page.getByLabel('Key / Client Secret creds_enc_key', { exact: true })).toHaveValue(TEST_CLIENT.client_secret);
  await expect(page.getByText('!msgraph-user-test')).toBeVisible();
  await expectNoAxeViolations(page);

  const token = await redeem(request, code);
  expect(token.status(), await token.text()).toBe(200);
  expect((await token.json()).access_token).toEqual(expect.any(String));
  // Single use, as with Entra: the same code cannot be redeemed twice.
  const again = await redeem(request, code);
  expect(again.status()).toBe(400);
  expect((await again.json()).error).toBe('invalid_grant');
  expect(blockedRequests).toEqual([]);
  // The sign-in is a navigation; the page itself talked to nobody but its own origin.
  expect([...requestOrigins]).toEqual([new URL(WIZARD_URL).origin]);
  await expectNothingStored(page, [TEST_CLIENT.client_secret, code]);
});

test('full-page sign-in: the code is captured, the secret is asked for again, nothing secret is stored', async ({ page, request }) => {
  await page.goto(deepLink({ ...Object.fromEntries(new URL(journeyLink).searchParams), tenant: TENANT, client: TEST_CLIENT.client_id }));
  await page.getByLabel('Client secret (optional here)').fill(TEST_CLIENT.client_secret);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Sign in in this window instead' }).click();
  await signInAtLocalServer(page);

  await expect(page.getByText('Authorization code captured')).toBeVisible();
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
  const secretField = page.getByLabel('Key / Client Secret creds_enc_key', { exact: true });
  await expect(secretField).toHaveValue('');
  await expect(page.getByText('Not stored anywhere: enter it again after a reload or a full-page sign-in.')).toBeVisible();
  const code = await page
    .getByLabel('Authorization code (for Self Deployed - Authorization Code Flow) creds_auth_code', { exact: true })
    .inputValue();
  await expectNothingStored(page, [TEST_CLIENT.client_secret, code]);

  // The non-secret choices survived the trip to the sign-in page and back.
  await expect(page.getByLabel('Token / Tenant ID creds_tenant_id', { exact: true })).toHaveValue(TENANT);
  await secretField.fill(TEST_CLIENT.client_secret);
  expect((await redeem(request, code)).status()).toBe(200);
});
