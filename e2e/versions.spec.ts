// An older version of an integration that signs in differently, as its own help section links here: Azure Sentinel
// up to 1.0.13, whose help section (shared/reference/xsoar-docs/azure-sentinel.md) describes the vendor-hosted app and
// the v1 authorization code.
import { deepLink, expect, expectNoAxeViolations, test, WIZARD_URL } from './fixtures';

const TENANT = 'contoso.onmicrosoft.com';
const CLIENT = '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e';
const REDIRECT = 'https://localhost/myapp';
/** The help section's template, as it writes it. */
const DOC_TEMPLATE =
  'https://login.microsoftonline.com/common/oauth2/authorize?response_type=code&resource=https://management.core.windows.net&client_id=CLIENT_ID&redirect_uri=REDIRECT_URI';
const field = (page: import('@playwright/test').Page, label: string) => page.getByLabel(label, { exact: true });

test('a link for Sentinel up to 1.0.13 offers its own flows; the v1 authorize URL is the help section’s, to the byte', async ({ page }) => {
  await page.goto(deepLink({ integration: 'azure-sentinel', version: '1.0' }));
  await expect(page.getByRole('heading', { name: 'How should the product sign in?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Versions up to 1.0.13' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Cortex XSOAR app \(vendor-hosted\)/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Self-deployed app: authorization code/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /client credentials/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The current version is one click away, and its flows replace the old ones.
  await page.getByRole('radio', { name: /^Version 1\.1\.0 or later/ }).check();
  await expect(page.getByRole('radio', { name: /^Self-deployed app: client credentials/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /vendor-hosted/ })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Versions up to 1.0.13' }).check();

  await page.getByRole('radio', { name: /^Self-deployed app: authorization code/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Worldwide only: these versions call management.azure.com at fixed hosts.
  await expect(page.getByRole('radio', { name: /GCC/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /^Worldwide/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Directory (tenant) ID').fill(TENANT);
  await page.getByLabel('Application (client) ID').fill(CLIENT);
  await page.getByLabel('Redirect URI').fill(REDIRECT);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeVisible();
  await expect(field(page, 'Authorize URL')).toHaveValue(DOC_TEMPLATE.replace('CLIENT_ID', CLIENT).replace('REDIRECT_URI', REDIRECT));
  await page.getByText('App registration checklist').click();
  await expect(page.getByText(/Azure Service Management › Delegated permissions: user_impersonation/)).toBeVisible();
});

test('the sheet of Sentinel up to 1.0.13 names ID, Token, Key, Authorization code and Redirect URI as that version does', async ({
  page,
}) => {
  await page.goto(
    `${WIZARD_URL}#/sheet?integration=azure-sentinel&version=1.0&flow=auth-code&cloud=global&tenant=${TENANT}&client=${CLIENT}&redirect=${encodeURIComponent(REDIRECT)}`,
  );
  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await expect(field(page, 'ID (received from the authorization step - see Detailed Instructions (?) section) auth_id')).toHaveValue(
    CLIENT,
  );
  await expect(
    field(page, 'Token (received from the authorization step - see Detailed Instructions (?) section) refresh_token'),
  ).toHaveValue(TENANT);
  await expect(field(page, 'Key (received from the authorization step - see Detailed Instructions (?) section) enc_key')).toHaveAttribute(
    'type',
    'password',
  );
  await expect(field(page, 'Application redirect URI (for self-deployed mode) redirect_uri')).toHaveValue(REDIRECT);
  await expect(
    field(page, 'Authorization code (received from the authorization step - see Detailed Instructions (?) section) auth_code'),
  ).toBeVisible();
  await expect(page.getByText('!azure-sentinel-test')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the vendor-hosted app of Sentinel up to 1.0.13: its authorization page, then ID, Token and Key on the sheet', async ({ page }) => {
  await page.goto(`${WIZARD_URL}#/authorize?integration=azure-sentinel&version=1.0&flow=xsoar-app&cloud=global`);
  await expect(page.getByRole('link', { name: /Open the hosted authorization page/ })).toHaveAttribute(
    'href',
    'https://oproxy.demisto.ninja/ms-azure-sentinel',
  );
  await page.goto(`${WIZARD_URL}#/sheet?integration=azure-sentinel&version=1.0&flow=xsoar-app&cloud=global`);
  for (const name of ['auth_id', 'refresh_token', 'enc_key'])
    await expect(page.getByRole('list', { name: 'Instance parameters' })).toContainText(name);
  await expect(field(page, 'Use a self-deployed Azure application self_deployed')).toHaveValue('false (unchecked)');
});

test('Identity Protection says it is deprecated and links its replacement; its client credentials fill the checkbox, tenant and secret', async ({
  page,
}) => {
  await page.goto(deepLink({ integration: 'azure-ad-identity-protection' }));
  await expect(page.getByText('Deprecated. Use Microsoft Graph Identity and Access instead.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Azure Active Directory Identity And Access' })).toHaveAttribute(
    'href',
    /\/i\/microsoft-graph-identity-access\/$/,
  );
  await expect(page.getByRole('radio', { name: /^Self-deployed app: client credentials/ })).toBeVisible();
  await page.goto(
    `${WIZARD_URL}#/sheet?integration=azure-ad-identity-protection&flow=client-credentials&cloud=global&tenant=${TENANT}&client=${CLIENT}`,
  );
  await expect(field(page, 'Use Client Credentials Authorization Flow client_credentials')).toHaveValue('true (checked)');
  await expect(field(page, 'Tenant ID (required for Client Credentials mode) tenant_id')).toHaveValue(TENANT);
  await expect(field(page, 'Application ID (Client ID for Client credentials mode) app_id')).toHaveValue(CLIENT);
  await expect(page.getByLabel(/Client Secret \(required for Client Credentials mode\) credentials/)).toBeVisible();
  // Device code has no secret: the sheet offers no "Include the secret" checkbox there.
  await page.goto(`${WIZARD_URL}#/sheet?integration=azure-ad-identity-protection&flow=device-code&cloud=global`);
  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Include the/ })).toHaveCount(0);
});

test('the integration page lists the older version’s flows, each linking into the wizard with its version', async ({ page }) => {
  await page.goto(`${WIZARD_URL}i/azure-sentinel/`);
  await expect(page.getByRole('heading', { name: 'Versions up to 1.0.13' })).toBeVisible();
  const older = page.getByRole('link', {
    name: 'Set up with this flow: Self-deployed app: authorization code (versions up to 1.0.13)',
  });
  await expect(older).toHaveAttribute('href', /#\/cloud\?integration=azure-sentinel&version=1\.0&flow=auth-code$/);
  await expectNoAxeViolations(page);
  await older.click();
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeVisible();
});
