import { chromium } from '@playwright/test';
const [,, url, out, scheme = 'light', actions = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: scheme });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
for (const step of actions.split(';').filter(Boolean)) {
  const [kind, ...rest] = step.split(':'); const arg = rest.join(':');
  if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
  if (kind === 'radio') await page.getByRole('radio', { name: arg }).check();
  if (kind === 'wait') await page.waitForTimeout(Number(arg));
  if (kind === 'fill') { const [label, value] = arg.split('='); await page.getByLabel(label, { exact: true }).fill(value); }
  if (kind === 'text') await page.getByText(arg).first().waitFor();
  if (kind === 'summary') await page.getByText(arg).first().click();
  if (kind === 'see') await page.getByRole('button', { name: arg }).first().waitFor();
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
