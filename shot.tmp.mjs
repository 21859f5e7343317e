import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shots = [
  ['register-user', '#/register?integration=microsoft-graph-user&flow=client-credentials&cloud=global'],
  ['register-storage', '#/register?integration=azure-storage&flow=client-credentials&cloud=global&v.subscription_id=3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
  ['register-mi', '#/register?integration=microsoft-graph-user&flow=managed-identity&cloud=gcc-high'],
  ['app-step', '#/app?integration=microsoft-graph-user&flow=auth-code&cloud=global'],
];
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1000, height: 900 } });
  for (const [name, hash] of shots) {
    await page.goto(`http://localhost:4173/wizard/${hash}`);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `/tmp/shots/${name}-${scheme}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
