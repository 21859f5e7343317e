import { deepLink, expect, expectNoAxeViolations, test, TEST_CLIENT, WIZARD_URL } from './fixtures';
import { MICROSOFT_LOGIN } from '../testing/local-apis.mjs';

const toAuthorize = deepLink({
  integration: 'microsoft-management-activity',
  flow: 'auth-code',
  cloud: 'global',
  tenant: 'common',
  client: TEST_CLIENT.client_id,
});

test('an error= redirect from the server is shown with its meaning and fix', async ({ page }) => {
  await page.goto(toAuthorize);
  await page.getByRole('button', { name: 'Continue' }).click();
  // The Office 365 Management Activity API signs in with v1 and a resource.
  const authorizeUrl = await page.getByLabel('Authorize URL', { exact: true }).inputValue();
  expect(authorizeUrl).toContain(
    `${MICROSOFT_LOGIN}/common/oauth2/authorize?response_type=code&resource=https://manage.office.com&client_id=`,
  );
  await page.getByRole('button', { name: 'Sign in in this window instead' }).click();
  await page.getByRole('link', { name: '[ Cancel ]' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sign-in failed: access_denied');
  await expect(alert).toContainText('End-User aborted interaction');
  await expect(alert).toContainText('accept the permissions');
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  expect(page.url()).not.toContain('error=');
  await expectNoAxeViolations(page);
});

test('a response whose state does not match is refused', async ({ page }) => {
  await page.goto(toAuthorize);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  await page.goto(`${new URL(page.url()).origin}/wizard/?code=forged-code&state=not-the-issued-state`);

  await expect(page.getByRole('alert')).toContainText('does not match the one this wizard issued');
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  expect(page.url()).not.toContain('forged-code');
  await expect(page.getByText('forged-code')).toHaveCount(0);
});

test('a sign-in response the wizard did not start is refused', async ({ page }) => {
  await page.goto('?code=stray&state=whatever');
  await expect(page.getByRole('alert')).toContainText('did not start');
  await expect(page.getByRole('heading', { name: 'Which integration are you setting up?' })).toBeVisible();
});

test('malformed app details get clear inline errors', async ({ page }) => {
  await page.goto(
    deepLink({
      integration: 'microsoft-graph-user',
      flow: 'auth-code',
      cloud: 'global',
      tenant: 'not a tenant',
      client: 'my-app',
      redirect: 'http://wizard.example.com/',
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Directory (tenant) ID')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use the tenant ID (a GUID), a verified domain')).toBeVisible();
  await expect(page.getByText('The Application (client) ID is a GUID')).toBeVisible();
  await expect(page.getByText('Microsoft accepts http:// redirect URIs only for localhost')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'App details' })).toBeVisible();
  // Focus moves to the first field that needs fixing.
  await expect(page.getByLabel('Directory (tenant) ID')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a deep link with unknown values explains each one and never takes a secret', async ({ page }) => {
  await page.goto(deepLink({ integration: 'azure-sentinel', flow: 'device-code', cloud: 'moon', client_secret: 'hunter2' }));
  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: 'does not support the "device-code" flow' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'unknown cloud "moon"' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'Secrets are never accepted from a URL' })).toBeVisible();
  expect(page.url()).not.toContain('hunter2');
  await expect(page.getByRole('heading', { name: 'How should the product sign in?' })).toBeVisible();
});

test.describe('Trusted Types', () => {
  // The refusal below is reported on the console as a CSP violation: expected here.
  test.use({ expectedConsole: /TrustedHTML|trusted-types|Trusted Type/i });

  test('the page refuses a plain string in an HTML sink, and no script may make a policy to get around it', async ({ page }) => {
    await page.goto(WIZARD_URL);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const attempts = await page.evaluate(() => {
      const attempt = (run: () => unknown) => {
        try {
          run();
          return 'accepted';
        } catch (error) {
          return String(error);
        }
      };
      return {
        sink: attempt(() => document.body.insertAdjacentHTML('beforeend', '<b>injected</b>')),
        policy: attempt(() =>
          (window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes.createPolicy(
            'escape-hatch',
            {},
          ),
        ),
      };
    });
    expect(attempts.sink).toMatch(/TrustedHTML/);
    expect(attempts.policy).toMatch(/escape-hatch|policy/i);
    await expect(page.getByText('injected')).toHaveCount(0);
  });
});
