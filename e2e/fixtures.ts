import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { TEST_CLIENT } from './oauth-server/server.mjs';
import { NO_CORS_OAUTH_ORIGIN, OAUTH_ORIGIN, WIZARD_URL } from '../playwright.config';

export { expect, NO_CORS_OAUTH_ORIGIN, OAUTH_ORIGIN, TEST_CLIENT, WIZARD_URL };

const LOOPBACK = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/;

/**
 * Every test runs with the network cut to loopback: nothing may reach the internet. `blockedRequests` lists what
 * the wizard's own pages tried to fetch elsewhere (the local OAuth server's pages link a web font; those don't count).
 */
export const test = base.extend<{ blockedRequests: string[] }>({
  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      await context.route(
        (url) => !LOOPBACK.test(url.href),
        (route) => {
          const frameUrl = route.request().frame()?.url() ?? '';
          if (!frameUrl.startsWith(OAUTH_ORIGIN) && !frameUrl.startsWith(NO_CORS_OAUTH_ORIGIN)) blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(blocked);
    },
    { auto: true },
  ],
});

export function deepLink(params: Record<string, string>): string {
  return `${WIZARD_URL}?${new URLSearchParams(params).toString()}`;
}

/** Signs in and consents on the local OAuth server's own pages. */
export async function signInAtLocalServer(page: Page, user = 'admin@contoso.test') {
  await page.getByPlaceholder('Enter any login').fill(user);
  await page.getByPlaceholder('and password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
