import type { Locator, Page } from '@playwright/test';
import { CLOUDS } from '../src/catalog/clouds';
import { everyVersion } from '../src/catalog/integrations';
import { cloudReach } from '../src/catalog/reach';
import { sheetRows } from '../src/sheet/parameters';
import { expect, expectNoAxeViolations, test, TEST_CLIENT, WIZARD_URL } from './fixtures';

/** Presses Tab until `target` has focus, checking on the way that every focused control shows a visible outline. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, 'focused control has a visible outline').not.toBe('none');
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every step has zero axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${WIZARD_URL}i/azure-kubernetes-services/auth-code/`);
    await expect(page.getByRole('heading', { name: 'What the instance will hold' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(WIZARD_URL);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Azure Kubernetes Services/ }).click();
    await page.getByLabel(/authorization code/).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel(/US Government DoD/).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click(); // shows the inline errors
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Register the app' }).click();
    await expect(page.getByRole('textbox', { name: 'App registration script' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goBack();
    await page.getByLabel('Directory (tenant) ID').fill('contoso.onmicrosoft.com');
    await page.getByLabel('Application (client) ID').fill(TEST_CLIENT.client_id);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByLabel('Authorize URL', { exact: true })).toHaveValue(
      /^https:\/\/login\.microsoftonline\.us\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/authorize\?response_type=code&scope=offline_access%20https:\/\/management\.usgovcloudapi\.net\/\.default&/,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /go to the sheet/ }).click();
    await page.getByLabel('Default Subscription ID subscription_id', { exact: true }).fill('not-a-guid');
    await expect(page.getByText('This should be a GUID')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the whole authorization-code journey works with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIZARD_URL).origin });
  await page.goto(WIZARD_URL);

  await tabTo(page, page.getByRole('link', { name: /Microsoft Graph User/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How should the product sign in?' })).toBeFocused();

  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('ArrowDown'); // client credentials → authorization code
  await expect(page.getByLabel(/authorization code/)).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeFocused();

  // Graph User reaches the national clouds its Azure Cloud setting lists, and no custom login host.
  await expect(page.getByLabel(/Custom endpoints/)).toHaveCount(0);
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/Worldwide/)).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'App details' })).toBeFocused();

  await tabTo(page, page.getByLabel('Directory (tenant) ID'));
  await page.keyboard.type('contoso.onmicrosoft.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEST_CLIENT.client_id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEST_CLIENT.client_secret);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Authorize' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Copy Authorize URL' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/oauth2/v2.0/authorize?response_type=code');

  const popupOpened = page.waitForEvent('popup');
  await tabTo(page, page.getByRole('link', { name: 'Open sign-in page' }));
  await page.keyboard.press('Enter');
  const popup = await popupOpened;
  // The local server's own pages, by keyboard too.
  await popup.getByPlaceholder('Enter any login').focus();
  await popup.keyboard.type('keyboard@contoso.test');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('password');
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Continue' }).focus();
  await popup.keyboard.press('Enter');
  await popup.waitForEvent('close');

  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Copy Authorization code (for Self Deployed - Authorization Code Flow)' }));
  await page.keyboard.press('Enter');
  const code = await page
    .getByLabel('Authorization code (for Self Deployed - Authorization Code Flow) creds_auth_code', { exact: true })
    .inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await tabTo(page, page.getByRole('button', { name: 'Reveal Key / Client Secret' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Key / Client Secret creds_enc_key', { exact: true })).toHaveAttribute('type', 'text');
});

test('a deep link into the sheet of every integration and flow renders its rows, without errors', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(WIZARD_URL);
  for (const integration of everyVersion()) {
    const cloud = CLOUDS[cloudReach(integration).clouds.includes('gcc-high') ? 'gcc-high' : 'global'];
    const version = integration.version ? `&version=${integration.version.id}` : '';
    for (const { id: flow } of integration.flows) {
      const expected = sheetRows({
        integration,
        flow,
        cloud,
        clientId: '',
        tenantId: '',
        clientSecret: '',
        redirectUri: '',
        authCode: '',
        values: {},
      });
      // Only the hash changes: the single-page app routes without a reload, as a link from the help section would.
      await page.goto(`${WIZARD_URL}#/sheet?integration=${integration.id}${version}&flow=${flow}&cloud=${cloud.id}`);
      await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
      const rows = page.getByRole('list', { name: 'Instance parameters' }).getByRole('listitem');
      await expect(rows, `${integration.id} ${flow}`).toHaveCount(expected.length);
      await expect(rows.first()).toContainText(expected[0].name);
      await expect(rows.last()).toContainText(expected.at(-1)!.name);
      // The catalog's notes for the admin (e.g. "Commands can override it") are shown with their field.
      for (const [index, row] of expected.entries()) if (row.note) await expect(rows.nth(index)).toContainText(row.note);
    }
  }
});
