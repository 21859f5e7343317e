// Only clouds the product can sign in to are offered: custom endpoints where a parameter carries the login host
// (Microsoft Graph API's Azure Cloud "Custom" with its Azure AD endpoint), never where the code always signs in at
// Microsoft's hosts (Graph User).
import { deepLink, expect, expectNoAxeViolations, OAUTH_ORIGIN, signInAtLocalServer, test, TEST_CLIENT, WIZARD_URL } from './fixtures';

const TENANT = 'contoso.onmicrosoft.com';

test('Graph User offers the clouds of its Azure Cloud setting and says why there are no custom endpoints', async ({ page }) => {
  await page.goto(`${WIZARD_URL}#/cloud?integration=microsoft-graph-user&flow=client-credentials`);
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(5);
  await expect(page.getByLabel(/Custom endpoints/)).toHaveCount(0);
  await expect(page.getByTestId('cloud-reach')).toContainText('signs in at the login host of its “Azure Cloud” setting');
  await expect(page.getByTestId('cloud-reach')).toContainText('No custom endpoints');
  await expectNoAxeViolations(page);

  // A link that asks for it anyway is told why, and lands on the cloud step.
  await page.goto(deepLink({ integration: 'microsoft-graph-user', flow: 'client-credentials', cloud: 'custom', authority: OAUTH_ORIGIN }));
  await expect(
    page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'cannot sign in to the "custom" cloud' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeVisible();
});

test('Graph API at a custom login host: signed in there, and the sheet sets Azure Cloud to Custom with that Azure AD endpoint', async ({
  page,
}) => {
  await page.goto(
    deepLink({
      integration: 'microsoft-graph-api',
      flow: 'auth-code',
      cloud: 'custom',
      authority: OAUTH_ORIGIN,
      graph: 'https://graph.microsoft.com',
      tenant: TENANT,
      client: TEST_CLIENT.client_id,
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveValue(
    new RegExp(
      `^${OAUTH_ORIGIN}/${TENANT}/oauth2/v2\\.0/authorize\\?response_type=code&scope=offline_access%20https://graph\\.microsoft\\.com/\\.default&`,
    ),
  );
  await page.getByRole('button', { name: 'Sign in in this window instead' }).click();
  await signInAtLocalServer(page);

  await expect(page.getByText('Authorization code captured')).toBeVisible();
  await expect(page.getByLabel('Azure Cloud azure_cloud', { exact: true })).toHaveValue('Custom');
  await expect(page.getByLabel('Azure AD endpoint azure_ad_endpoint', { exact: true })).toHaveValue(OAUTH_ORIGIN);
});
