import { defineConfig } from '@playwright/test';

export const WIZARD_URL = 'http://localhost:4173/wizard/';
export const OAUTH_ORIGIN = 'http://127.0.0.1:9400';

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Both servers are started and stopped by the test run itself; nothing reaches the internet.
  webServer: [
    {
      command: 'node scripts/serve.mjs --dir e2e/.dist --base /wizard/ --port 4173',
      url: WIZARD_URL,
      reuseExistingServer: false,
    },
    {
      command: 'node e2e/oauth-server/start.mjs',
      url: `${OAUTH_ORIGIN}/.well-known/openid-configuration`,
      env: { OAUTH_PORT: '9400', OAUTH_REDIRECT_URIS: WIZARD_URL },
      reuseExistingServer: false,
    },
  ],
});
