import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, WIZARD_URL } from './fixtures';

const GRAPH_USER_PAGE = `${WIZARD_URL}i/microsoft-graph-user/`;

/**
 * Holds the app's entry script back (a module script, so the page parses and paints without it) until `release()`;
 * `hold()` holds it again for the next load.
 */
async function holdAppScript(page: Page) {
  let release: () => void = () => undefined;
  let held = Promise.resolve();
  const hold = () => (held = new Promise<void>((resolve) => (release = resolve)));
  hold();
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release(), hold };
}

test('static pages: the home and each integration page are readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(WIZARD_URL);
  await expect(page.getByRole('heading', { name: 'Which integration are you setting up?' })).toBeVisible();
  // No search field that cannot search: the list below holds every integration.
  await expect(page.getByText(/^\d+ integrations$/)).toBeVisible();
  await expect(page.getByLabel('Search integrations')).toBeHidden();
  // The list is links to the integration pages, so it works without the app.
  await page.getByRole('link', { name: /Microsoft Graph User/ }).click();
  await expect(page).toHaveURL(GRAPH_USER_PAGE);
  await expect(page).toHaveTitle('Entra ID Users (formerly Azure Active Directory Users): set up its Microsoft sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entra ID Users (formerly Azure Active Directory Users)');
  await expect(page.getByRole('heading', { name: 'Self-deployed app: authorization code' })).toBeVisible();
  await expect(
    page.getByText('API permissions › Add a permission › Microsoft Graph › Delegated permissions: Directory.AccessAsUser.All.'),
  ).toBeVisible();
  // The checklist's boxes can be ticked as a reminder; its counter, which would stay at 0, is not shown.
  const authCode = page.getByRole('article', { name: /authorization code/ });
  await authCode.getByRole('checkbox').first().check();
  await expect(authCode.getByText(/of \d+ done/)).toBeHidden();
  await context.close();
});

test('static pages: an integration page paints before its script runs, and the app takes over with the same page', async ({ page }) => {
  // The app's code held back: the static page alone shows.
  const { release } = await holdAppScript(page);
  await page.goto(GRAPH_USER_PAGE, { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Entra ID Users (formerly Azure Active Directory Users)');
  await expect(page.locator('#static-page')).toBeVisible();
  release();

  // Taken over: the static wrapper is gone, the same heading stays, and the checklist reacts.
  await expect(page.locator('#static-page')).toHaveCount(0);
  await expect(heading).toHaveText('Entra ID Users (formerly Azure Active Directory Users)');
  const clientCredentials = page.getByRole('article', { name: /client credentials/ });
  await clientCredentials.getByRole('checkbox').first().check();
  await expect(clientCredentials.getByText('1 of 4 done')).toBeVisible();
  await expectNoAxeViolations(page);

  await clientCredentials.getByRole('link', { name: 'Set up with this flow: Self-deployed app: client credentials' }).click();
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeVisible();
});

test('static pages: a flow page is readable with JavaScript off: its checklist, what the instance will hold, and its clouds', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${GRAPH_USER_PAGE}auth-code/`);
  await expect(page).toHaveTitle(
    'Entra ID Users (formerly Azure Active Directory Users), Self-deployed app: authorization code: set it up',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Entra ID Users (formerly Azure Active Directory Users): Self-deployed app: authorization code',
  );
  await expect(
    page.getByText('API permissions › Add a permission › Microsoft Graph › Delegated permissions: Directory.AccessAsUser.All.'),
  ).toBeVisible();
  const holds = page.getByRole('table');
  await expect(holds.getByRole('row', { name: /creds_auth_code its password The code the admin’s sign-in returns/ })).toBeVisible();
  await expect(holds.getByRole('row', { name: /auth_code/ })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: /Worldwide/ })).toBeVisible();
  // Continue needs the app; the other ways it signs in are one link away.
  await expect(page.getByRole('button', { name: 'Continue' })).toBeHidden();
  await page.getByRole('link', { name: 'Other ways Microsoft Graph User signs in' }).click();
  await expect(page).toHaveURL(GRAPH_USER_PAGE);
  await context.close();
});

test('static pages: a flow page paints before its script runs; the app takes over with it and continues with the cloud chosen', async ({
  page,
}) => {
  const { release } = await holdAppScript(page);
  await page.goto(`${GRAPH_USER_PAGE}client-credentials/`, { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Entra ID Users (formerly Azure Active Directory Users): Self-deployed app: client credentials');
  await expect(page.locator('#static-page')).toBeVisible();
  await page.getByRole('radio', { name: /US Government GCC High/ }).check();
  release();

  await expect(page.locator('#static-page')).toHaveCount(0);
  await expect(heading).toHaveText('Entra ID Users (formerly Azure Active Directory Users): Self-deployed app: client credentials');
  // The cloud picked on the painted page is the app's choice.
  await expect(page.getByRole('radio', { name: /US Government GCC High/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'App details' })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#\/app\?.*flow=client-credentials.*cloud=gcc-high/);
});

test('static pages: a deep link to a step paints its flow page (never blank, never the home list), then opens the step', async ({
  page,
}) => {
  const { release, hold } = await holdAppScript(page);
  await page.goto(`${WIZARD_URL}?integration=microsoft-graph-user&flow=auth-code&cloud=global`, { waitUntil: 'commit' });
  // Moved to the flow's own page, which paints from its HTML while the script is held.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Entra ID Users (formerly Azure Active Directory Users): Self-deployed app: authorization code',
  );
  await expect(page.locator('#static-page')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(new URL(`${GRAPH_USER_PAGE}auth-code/`).pathname);
  release();
  await expect(page.getByRole('heading', { name: 'App details' })).toBeVisible();
  // The redirect URI the wizard offers is its own address, not the flow page's.
  await expect(page.getByLabel('Redirect URI')).toHaveValue(WIZARD_URL);

  // The step's own address (a bookmark), and a help-section link with ?flow= to an integration page, alike.
  hold();
  await page.goto(`${WIZARD_URL}#/cloud?integration=azure-storage&flow=auth-code`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Self-deployed app: authorization code$/);
  await expect(page.locator('#static-page')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which Microsoft cloud?');

  await page.unrouteAll();
  await page.goto(`${GRAPH_USER_PAGE}?flow=auth-code`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Self-deployed app: authorization code$/);
  expect(new URL(page.url()).pathname).toBe(new URL(`${GRAPH_USER_PAGE}auth-code/`).pathname);
  await page.goto(`${GRAPH_USER_PAGE}?flow=auth-code&cloud=global`);
  await expect(page.getByRole('heading', { name: 'App details' })).toBeVisible();
});

test('static pages: a sign-in answer still hides the static page, and the code is on screen at once', async ({ page }) => {
  await page.goto(`${WIZARD_URL}?code=0.AXYZ-not-a-real-code&state=unknown`, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'app');
  await expect(page.locator('#static-page')).toBeHidden();
});

test('static pages: what an admin types, ticks and focuses before the app takes over is kept', async ({ page }) => {
  const { release, hold } = await holdAppScript(page);
  await page.goto(WIZARD_URL, { waitUntil: 'commit' });
  const search = page.getByLabel('Search integrations');
  await expect(page.locator('#static-page')).toBeVisible();
  await search.pressSequentially('defender');
  await search.press('ArrowLeft');
  release();

  await expect(page.locator('#static-page')).toHaveCount(0);
  // The app's search has the text, filters by it, and the caret is where the admin left it.
  await expect(search).toHaveValue('defender');
  await expect(search).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ integrations match$/);
  await expect(page.getByRole('link', { name: /Azure Sentinel/ })).toHaveCount(0);
  expect(await search.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([7, 7]);
  await search.press('Backspace');
  await expect(search).toHaveValue('defendr');

  // An integration page: a ticked checklist item and focus on a link survive the takeover too.
  hold();
  await page.goto(GRAPH_USER_PAGE, { waitUntil: 'commit' });
  const clientCredentials = page.getByRole('article', { name: /client credentials/ });
  await expect(page.locator('#static-page')).toBeVisible();
  await clientCredentials.getByRole('checkbox').nth(1).check();
  const setUp = clientCredentials.getByRole('link', { name: 'Set up with this flow: Self-deployed app: client credentials' });
  await setUp.focus();
  release();

  await expect(page.locator('#static-page')).toHaveCount(0);
  await expect(clientCredentials.getByText('1 of 4 done')).toBeVisible();
  await expect(clientCredentials.getByRole('checkbox').nth(1)).toBeChecked();
  await expect(setUp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Which Microsoft cloud?' })).toBeVisible();
});
