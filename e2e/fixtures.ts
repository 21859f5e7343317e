import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Download, type Page } from '@playwright/test';
import { MICROSOFT_LOGIN, STAND_IN_FOR } from '../testing/local-apis.mjs';
import { TEST_CLIENT } from '../testing/oauth-server/server.mjs';
import { NO_CORS_OAUTH_ORIGIN, OAUTH_ORIGIN, WIZARD_URL } from '../playwright.config';

export { expect, NO_CORS_OAUTH_ORIGIN, OAUTH_ORIGIN, TEST_CLIENT, WIZARD_URL };

/** Loopback, and Microsoft's hosts that the browser resolves to the local stand-ins (playwright.config.ts). */
const LOOPBACK = new RegExp(
  `^(https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?/|https://(${Object.keys(STAND_IN_FOR)
    .map((host) => host.replaceAll('.', '\\.'))
    .join('|')})/|data:|blob:|about:)`,
);

/**
 * Every test runs with the network cut to loopback (Microsoft's hosts resolve to stand-ins there): nothing may reach
 * the internet. `blockedRequests` lists what the wizard's own pages tried to fetch elsewhere (the local OAuth
 * server's pages, at its own address or Microsoft's, link a web font; those don't count).
 */
export const test = base.extend<{
  blockedRequests: string[];
  wizardConsole: void;
  requestOrigins: Set<string>;
  /** Console messages a test provokes on purpose (e.g. a request the page's CSP refuses), which do not fail it. */
  expectedConsole: RegExp | undefined;
}>({
  expectedConsole: [undefined, { option: true }],
  /** Every origin the wizard's own pages sent a request to (pages of the OAuth server do not count). */
  requestOrigins: async ({ context }, use) => {
    const origins = new Set<string>();
    context.on('request', (request) => {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // A popup's first navigation has no frame yet: it is not a request of a wizard page.
      }
      if (frameUrl.startsWith(WIZARD_URL) && /^https?:/.test(request.url())) origins.add(new URL(request.url()).origin);
    });
    await use(origins);
  },
  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      await context.route(
        (url) => !LOOPBACK.test(url.href),
        (route) => {
          let frameUrl = '';
          try {
            frameUrl = route.request().frame().url();
          } catch {
            // A popup's first navigation has no frame yet.
          }
          const serverPage = [OAUTH_ORIGIN, NO_CORS_OAUTH_ORIGIN, MICROSOFT_LOGIN].some((origin) => frameUrl.startsWith(origin));
          if (!serverPage) blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(blocked);
    },
    { auto: true },
  ],
  // The build enforces its Content-Security-Policy (meta tag and header). Any console error or warning on the
  // wizard's pages (a CSP violation, a failed load such as a missing favicon, a framework warning) or an uncaught
  // error fails the test, unless the test provokes it on purpose (`expectedConsole`).
  wizardConsole: [
    async ({ context, expectedConsole }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (!['error', 'warning'].includes(message.type())) return;
          if (message.location().url.startsWith(WIZARD_URL) || page.url().startsWith(WIZARD_URL))
            problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
        });
        page.on('pageerror', (error) => {
          if (page.url().startsWith(WIZARD_URL)) problems.push(`uncaught: ${error.message}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems.filter((problem) => !expectedConsole?.test(problem))).toEqual([]);
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

/** Presses the Authorize step's "Open sign-in page" and signs in in the popup, which closes once the code is back. */
export async function signInInPopup(page: Page, user?: string) {
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('link', { name: 'Open sign-in page' }).click();
  const popup = await popupOpened;
  await signInAtLocalServer(popup, user);
  await popup.waitForEvent('close');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Nothing secret lingers: no value of `secrets` in localStorage, sessionStorage, IndexedDB, cookies or the
 * address bar, and no token-like entry at all.
 */
export async function expectNothingStored(page: Page, secrets: string[]) {
  const stored = await page.evaluate(async () => {
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return {
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      indexedDb: JSON.stringify(databases.map((database) => database.name)),
      cookies: document.cookie,
      url: location.href,
    };
  });
  expect(stored.indexedDb).toBe('[]');
  expect(stored.cookies).toBe('');
  for (const [place, content] of Object.entries(stored)) {
    for (const secret of secrets) expect(content, `${place} holds a secret`).not.toContain(secret);
    expect(content, `${place} holds a token`).not.toMatch(/access_?token|id_?token|refresh_?token|"secret"/i);
  }
}

/** A download's content as text. */
export async function downloadedText(download: Download | Promise<Download>): Promise<string> {
  const stream = await (await download).createReadStream();
  return Buffer.concat(await stream.toArray()).toString('utf8');
}
