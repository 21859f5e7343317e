import { deepLink, downloadedText, expect, expectNoAxeViolations, test, TEST_CLIENT, WIZARD_URL } from './fixtures';

const TENANT = 'contoso.onmicrosoft.us';
const field = (page: import('@playwright/test').Page, label: string) => page.getByLabel(label, { exact: true });

test('the picker finds an integration by what an admin types, by keyboard', async ({ page }) => {
  await page.goto(WIZARD_URL);
  await page.getByLabel('Search integrations').fill('defender');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ integrations match/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Microsoft Defender for Endpoint/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Azure Key Vault/ })).toHaveCount(0);
  await page.getByLabel('Search integrations').fill('kql');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Azure Log Analytics/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How should the product sign in?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Defender for Endpoint (client credentials, GCC High): admin-consent link for the Defender API and the sheet', async ({ page }) => {
  await page.goto(
    deepLink({
      integration: 'microsoft-defender-endpoint',
      flow: 'client-credentials',
      cloud: 'gcc-high',
      tenant: TENANT,
      client: TEST_CLIENT.client_id,
    }),
  );
  await page.getByLabel('Client secret (optional here)').fill('defender-secret');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Admin consent URL', { exact: true })).toHaveValue(
    new RegExp(
      `^https://login\\.microsoftonline\\.us/${TENANT.replace(/\./g, '\\.')}/v2\\.0/adminconsent\\?client_id=${TEST_CLIENT.client_id}&scope=https://api-gov\\.securitycenter\\.microsoft\\.us/\\.default&`,
    ),
  );
  await page.getByText('App registration checklist').click();
  await expect(page.getByRole('link', { name: 'Open Certificates & secrets' })).toHaveAttribute(
    'href',
    `https://portal.azure.us/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${TEST_CLIENT.client_id}`,
  );
  await expect(
    page.getByText(
      /APIs my organization uses › WindowsDefenderATP › Application permissions: AdvancedQuery\.Read\.All, .*Machine\.Isolate/,
    ),
  ).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await expect(page.getByRole('status').filter({ hasText: /^1 of 4 done$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();

  await expect(field(page, 'Endpoint Type endpoint_type')).toHaveValue('US GCC-High');
  await expect(field(page, 'ID _auth_id')).toHaveValue(TEST_CLIENT.client_id);
  await expect(field(page, 'Token _tenant_id')).toHaveValue(TENANT);
  await expect(field(page, 'Key credentials')).toHaveValue('defender-secret');
  await expect(field(page, 'Authentication Type auth_type')).toHaveValue('Client Credentials');
  await expect(page.getByText('!microsoft-atp-test')).toBeVisible();
  await expect(page.getByText('!microsoft-atp-auth-reset')).toBeVisible();
});

test('Log Analytics (client credentials, Worldwide): a two-part credentials field and workspace values', async ({ page }) => {
  await page.goto(
    deepLink({
      integration: 'azure-log-analytics',
      flow: 'client-credentials',
      cloud: 'global',
      tenant: TENANT,
      client: TEST_CLIENT.client_id,
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await expect(field(page, 'ID / Client ID credentials')).toHaveValue(TEST_CLIENT.client_id);
  await expect(field(page, 'Key / Client Secret credentials')).toHaveValue('');
  await expect(field(page, 'Server URL server_url')).toHaveValue('https://management.azure.com');
  await field(page, 'Default Workspace ID (the UUID of the workspace, e.g. 123e4567-e89b-12d3-a456-426614174000) workspaceID').fill(
    '123e4567-e89b-12d3-a456-426614174000',
  );
  await field(page, 'Default Workspace Name workspaceName').fill('soc-workspace');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(await downloadedText(download));
  expect(exported).toMatchObject({
    credentials: { identifier: TEST_CLIENT.client_id },
    // A credentials field, as the code reads it: params.get('credentials_refresh_token', {}).get('password').
    credentials_refresh_token: { identifier: '', password: TENANT },
    workspaceID: '123e4567-e89b-12d3-a456-426614174000',
    workspaceName: 'soc-workspace',
    client_credentials: true,
  });
  expect(exported.credentials.password).toBeUndefined();
  await expect(page.getByText('!azure-log-analytics-test')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy command !azure-log-analytics-auth-reset' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Key Vault (managed identity, China): a role for the identity, the Azure VM condition and the cloud option', async ({ page }) => {
  await page.goto(deepLink({ integration: 'azure-key-vault', flow: 'managed-identity', cloud: 'china' }));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('App registration checklist').click();
  // An Azure resource: the identity gets a role on it, not API permissions.
  await expect(page.getByText(/Add role assignment › .* › Members: Managed identity/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await expect(page.getByText('Managed identities work only on an Azure VM')).toBeVisible();
  await expect(field(page, 'Azure Cloud azure_cloud')).toHaveValue('China');
  await expect(field(page, 'Use Azure Managed Identities use_managed_identities')).toHaveValue('true (checked)');
  await expect(page.getByLabel('Client ID client_id', { exact: true })).toHaveCount(0);
  // A managed identity has no stored tokens to reset.
  await expect(page.getByText('!azure-key-vault-auth-reset')).toHaveCount(0);
});

test('Microsoft Teams (client credentials): the bot comes first, the tenant comes from Teams', async ({ page }) => {
  await page.goto(
    deepLink({
      integration: 'microsoft-teams',
      flow: 'client-credentials',
      cloud: 'global',
      tenant: TENANT,
      client: TEST_CLIENT.client_id,
    }),
  );
  await page.getByLabel('Client secret (optional here)').fill('bot-password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Admin consent URL', { exact: true })).toHaveValue(/scope=https:\/\/graph\.microsoft\.com\/\.default&/);
  await page.getByText('App registration checklist').click();
  const steps = page.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  await expect(steps.first()).toContainText('Create an Azure Bot');
  await expect(steps.filter({ hasText: /Microsoft Graph › Application permissions: .*Calls\.Initiate\.All/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();

  await expect(field(page, 'Bot ID credentials')).toHaveValue(TEST_CLIENT.client_id);
  await expect(field(page, 'Bot Password credentials')).toHaveValue('bot-password');
  await expect(field(page, 'Authentication Type auth_type')).toHaveValue('Client Credentials');
  await expect(field(page, 'Long running instance longRunning')).toHaveValue('true (checked)');
  await expect(page.getByLabel(/tenant/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('EWS O365 (client credentials): consent for an API the wizard has no address for is sent to the portal', async ({ page }) => {
  await page.goto(
    deepLink({ integration: 'ews-o365', flow: 'client-credentials', cloud: 'global', tenant: TENANT, client: TEST_CLIENT.client_id }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Grant admin consent in the portal')).toBeVisible();
  await expect(page.getByText('No admin consent needed')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open API permissions/ })).toHaveAttribute(
    'href',
    `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${TEST_CLIENT.client_id}`,
  );
  await page.getByText('App registration checklist').click();
  await expect(
    page.getByText(
      'API permissions › Add a permission › APIs my organization uses › Office 365 Exchange Online › Application permissions: full_access_as_app.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Azure Data Explorer (authorization code): the sign-in asks for the cluster by its address, and the sheet keeps it', async ({
  page,
}) => {
  await page.goto(
    deepLink({
      integration: 'azure-data-explorer',
      flow: 'auth-code',
      cloud: 'global',
      tenant: 'contoso.onmicrosoft.com',
      client: TEST_CLIENT.client_id,
      redirect: 'https://xsoar.example/authcode',
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  // No authorize URL until the cluster is known: its address is the API the code is for.
  await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveCount(0);
  const cluster = page.getByLabel('Cluster URL (e.g. https://help.kusto.windows.net)');
  await cluster.fill('help.kusto.windows.net');
  await expect(page.getByText('Enter the address with https://')).toBeVisible();
  await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveCount(0);
  await cluster.fill('https://help.kusto.windows.net/');
  await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveValue(
    /\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/authorize\?response_type=code&scope=offline_access%20https:\/\/help\.kusto\.windows\.net\/\.default&/,
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'I will paste the code myself: go to the sheet' }).click();

  await expect(field(page, 'Cluster URL (e.g. https://help.kusto.windows.net) cluster_url')).toHaveValue('https://help.kusto.windows.net/');
  await expect(field(page, 'Authentication Type authentication_type')).toHaveValue('Authorization Code');
  await expect(page.getByText('!azure-data-explorer-generate-login-url').first()).toBeVisible();
  await expect(field(page, 'Application redirect URI redirect_uri')).toHaveValue('https://xsoar.example/authcode');
});
