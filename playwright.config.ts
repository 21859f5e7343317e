import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { hostResolverRules, LOCAL_GRAPH } from './testing/local-apis.mjs';

export const WIZARD_URL = 'http://localhost:4173/wizard/';
/** The local OAuth server, with CORS for the wizard's origin (as Entra for SPA redirect URIs). */
export const OAUTH_ORIGIN = 'https://127.0.0.1:9400';
/** The same server without CORS headers, as Entra's device-code endpoints are for a browser. */
export const NO_CORS_OAUTH_ORIGIN = 'https://127.0.0.1:9401';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: WIZARD_URL,
    trace: 'retain-on-failure',
    // The local OAuth server's certificate is self-signed.
    ignoreHTTPSErrors: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Microsoft's worldwide hosts are answered by the local stand-ins (testing/local-apis.mjs).
      args: [...CHROMIUM_ARGS, hostResolverRules()],
    },
  },
  // Every server is started and stopped by the test run itself; nothing reaches the internet.
  webServer: [
    {
      command: 'node scripts/serve.mjs --dir e2e/.dist --base /wizard/ --port 4173',
      url: WIZARD_URL,
      reuseExistingServer: false,
    },
    ...[
      { origin: OAUTH_ORIGIN, cors: 'http://localhost:4173' },
      { origin: NO_CORS_OAUTH_ORIGIN, cors: '' },
    ].map(({ origin, cors }) => ({
      command: 'node testing/oauth-server/start.mjs',
      url: `${origin}/.well-known/openid-configuration`,
      ignoreHTTPSErrors: true,
      env: { OAUTH_PORT: new URL(origin).port, OAUTH_REDIRECT_URIS: WIZARD_URL, OAUTH_CORS_ORIGINS: cors },
      reuseExistingServer: false,
    })),
    // Microsoft Graph and Azure Resource Manager, trusting the first OAuth server's tokens.
    {
      command: 'node testing/graph-server/start.mjs',
      url: `${LOCAL_GRAPH}/_stand-in/changes`,
      ignoreHTTPSErrors: true,
      env: { OAUTH_ISSUER: OAUTH_ORIGIN },
      reuseExistingServer: false,
    },
  ],
});
