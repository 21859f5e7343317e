import { deepLink, expect, expectNoAxeViolations, expectNothingStored, test, WIZARD_URL } from './fixtures';

// As the product prints it: MicrosoftApiModule's token error, description without its AADSTS prefix, reset hint.
const PRINTED = `Error in Microsoft authorization. Status: 400, body: invalid_grant. 
The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.
You can run the ***msgraph-user-auth-reset*** command to reset the authentication process.`;

test('troubleshooter: ?troubleshoot opens it for the integration; a pasted product error gets its code, reset command and a way back', async ({
  page,
  requestOrigins,
}) => {
  await page.goto(`${WIZARD_URL}?troubleshoot&integration=microsoft-graph-user`);
  await expect(page.getByRole('heading', { name: 'Troubleshoot an error' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByLabel('Integration')).toHaveValue('microsoft-graph-user');
  await page.getByLabel('Error text').fill(PRINTED);

  const found = page.getByRole('list', { name: 'What the error means' });
  await expect(found.getByRole('heading', { name: /AADSTS70008/ })).toBeVisible();
  await expect(found.getByText('The authorization code or refresh token has expired.')).toBeVisible();
  await expect(found.getByRole('button', { name: 'Copy command !msgraph-user-auth-reset' })).toBeVisible();
  await expect(found.getByRole('link', { name: 'Microsoft’s page for AADSTS70008' })).toHaveAttribute(
    'href',
    'https://login.microsoftonline.com/error?code=70008',
  );
  await expectNoAxeViolations(page);

  await found.getByRole('link', { name: 'Get a new code or credential with the wizard' }).click();
  await expect(page.getByRole('heading', { name: 'How should the product sign in?' })).toBeVisible();
  await expectNothingStored(page, ['refresh token has expired']);
  expect([...requestOrigins]).toEqual([new URL(WIZARD_URL).origin]);
});

test('troubleshooter: linked from the sheet with the wizard’s choices; unknown text says so', async ({ page }) => {
  await page.goto(
    deepLink({
      integration: 'azure-network-security-groups',
      flow: 'client-credentials',
      cloud: 'global',
      tenant: 'contoso.onmicrosoft.com',
      client: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
    }),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  await page.getByRole('link', { name: 'paste it into the troubleshooter' }).click();
  await expect(page.getByLabel('Integration')).toHaveValue('azure-network-security-groups');
  await page.getByLabel('Error text').fill('Something went wrong.');
  await expect(page.getByText('No message the wizard knows in this text')).toBeVisible();
  // A short triage instead of a dead end: where it failed, with the flow the wizard already knows.
  await page.getByLabel('Where did it fail?').selectOption('command');
  const causes = page.getByRole('region', { name: 'Likely causes' });
  await expect(
    causes.getByText('The app, identity or signed-in user has no Azure role on the resource the command reaches.'),
  ).toBeVisible();
  await expect(causes.locator('ol > li')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await page
    .getByLabel('Error text')
    .fill(
      `{"error":{"code":"AuthorizationFailed","message":"The client '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' with object id '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' does not have authorization to perform action 'Microsoft.Network/networkSecurityGroups/read' over scope '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/soc' or the scope is invalid."}}`,
    );
  await expect(page.getByText(/Assign .* at \/subscriptions\/11111111-2222-3333-4444-555555555555\/resourceGroups\/soc/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('troubleshooter: consent asked again opens the Authorize step with prompt=consent on the authorize URL', async ({ page }) => {
  await page.goto(
    `${WIZARD_URL}#/troubleshoot?integration=microsoft-graph-security&flow=auth-code&cloud=global&tenant=contoso.onmicrosoft.com&client=0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e`,
  );
  await page
    .getByLabel('Error text')
    .fill(
      `{"error":{"code":"Forbidden","message":"Missing scope permissions on the request. API requires one of 'SecurityAlert.Read.All, SecurityAlert.ReadWrite.All'. Scopes on the request 'User.Read'"}}`,
    );
  const found = page.getByRole('list', { name: 'What the error means' });
  await found.getByRole('link', { name: 'Sign in again, asking for consent (prompt=consent)' }).first().click();
  await expect(page.getByRole('checkbox', { name: /Ask for consent again/ })).toBeChecked();
  await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveValue(/&prompt=consent$/);
  // Unticked, the URL is the integration's documented one again.
  await page.getByRole('checkbox', { name: /Ask for consent again/ }).uncheck();
  await expect(page.getByLabel('Authorize URL', { exact: true })).not.toHaveValue(/prompt=/);
  await expectNoAxeViolations(page);
});

test('a choice kept in the address is on screen as soon as it is made: the select never springs back', async ({ page }) => {
  await page.goto(`${WIZARD_URL}?troubleshoot&integration=microsoft-graph-user`);
  const integration = page.getByLabel('Integration');
  await expect(integration).toHaveValue('microsoft-graph-user');
  // Read in the same task as the change event, before any later render: what the admin sees when the next key comes.
  const shown = await integration.evaluate((select: HTMLSelectElement) => {
    select.value = 'azure-sentinel';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return select.value;
  });
  expect(shown).toBe('azure-sentinel');
  await expect(page.getByLabel('How it signs in')).toBeVisible();
  expect(new URL(page.url()).hash).toContain('integration=azure-sentinel');
});
