import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openssl, selfSigned } from '../testing/openssl';
import { clientAssertion, pastedIntoOneLine, productRestoresKey, redeemWithAssertion, registerAppWithCertificate } from './as-the-product';
import { generateCertificate } from './registration-pages';
import {
  deepLink,
  downloadedText,
  expect,
  expectNoAxeViolations,
  expectNothingStored,
  OAUTH_ORIGIN,
  signInInPopup,
  test,
  WIZARD_URL,
} from './fixtures';

const TENANT = 'contoso.onmicrosoft.com';
const TOKEN_URL = `${OAUTH_ORIGIN}/${TENANT}/oauth2/v2.0/token`;
const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default';

const linkFor = (flow: string) => deepLink({ integration: 'microsoft-graph-user', flow, cloud: 'global', tenant: TENANT });
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

/** On App details: Certificate › Generate; returns the downloaded certificate (.crt). */
async function generateAndDownload(page: Page, fileName = 'xsoar-microsoft-graph-user.crt'): Promise<string> {
  await generateCertificate(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download certificate (.crt)' }).click();
  expect((await download).suggestedFilename()).toBe(fileName);
  return downloadedText(download);
}

async function sheetCertificate(page: Page) {
  const thumbprint = await field(page, 'Certificate Thumbprint creds_certificate').inputValue();
  const keyField = field(page, 'Private Key creds_certificate');
  await expect(keyField).toHaveAttribute('type', 'password');
  return { thumbprint, oneLineKey: await keyField.inputValue() };
}

test('certificate, client credentials: generated in the page, uploaded, and the sheet’s thumbprint and key sign an assertion the server accepts', async ({
  page,
  request,
  context,
  requestOrigins,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIZARD_URL).origin });
  await page.goto(linkFor('client-credentials'));
  const certificatePem = await generateAndDownload(page);
  const certificate = new X509Certificate(certificatePem);
  expect(certificate.subject).toBe('CN=Cortex XSOAR - Microsoft Graph User');
  const portalThumbprint = certificate.fingerprint.replaceAll(':', '');
  await expect(page.getByText(portalThumbprint)).toBeVisible();
  await expect(page.getByText('The private key exists only in this page')).toBeVisible();
  await expectNoAxeViolations(page);

  // The key is nowhere else yet: leaving the page asks first.
  const dialog = page.waitForEvent('dialog');
  void page.evaluate(() => location.reload()).catch(() => undefined);
  expect((await dialog).type()).toBe('beforeunload');
  await (await dialog).dismiss();
  await expect(page.getByText(portalThumbprint)).toBeVisible();

  const clientId = await registerAppWithCertificate(request, OAUTH_ORIGIN, certificatePem, WIZARD_URL);
  await page.getByLabel('Application (client) ID').fill(clientId);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('App registration checklist').click();
  await expect(
    page.getByText(
      `Certificates & secrets › Certificates › Upload certificate: the certificate (.crt) from App details; the portal then lists its thumbprint ${portalThumbprint}`,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();

  await expect(page.getByRole('heading', { name: 'Instance parameters' })).toBeVisible();
  await expect(page.getByLabel('Key / Client Secret creds_enc_key', { exact: true })).toHaveCount(0);
  const { thumbprint, oneLineKey } = await sheetCertificate(page);
  expect(thumbprint).toBe(portalThumbprint);
  expect(oneLineKey).toMatch(/^-----BEGIN PRIVATE KEY----- \S+( \S+)* -----END PRIVATE KEY-----$/);
  await page.getByRole('button', { name: 'Copy Private Key' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oneLineKey);
  await expectNoAxeViolations(page);

  // As the product: the key pasted into its one-line field, restored, signs the assertion for client credentials.
  const privateKeyPem = productRestoresKey(pastedIntoOneLine(oneLineKey));
  const form = { grant_type: 'client_credentials', client_id: clientId, scope: GRAPH_DEFAULT };
  const token = await redeemWithAssertion(
    request,
    TOKEN_URL,
    form,
    clientAssertion({ clientId, tokenUrl: TOKEN_URL, thumbprint, privateKeyPem }),
  );
  expect(token.status(), await token.text()).toBe(200);
  expect((await token.json()).access_token).toEqual(expect.any(String));

  // Signed by another key, or naming another certificate, or for another audience: refused as Entra refuses them.
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const refusals = [
    [
      clientAssertion({ clientId, tokenUrl: TOKEN_URL, thumbprint, privateKeyPem: otherKey }),
      /AADSTS700027: Client assertion contains an invalid signature/,
    ],
    [
      clientAssertion({ clientId, tokenUrl: TOKEN_URL, thumbprint: 'AB'.repeat(20), privateKeyPem }),
      /AADSTS700027: The certificate with identifier .* is not registered/,
    ],
    [clientAssertion({ clientId, tokenUrl: `${OAUTH_ORIGIN}/common/oauth2/v2.0/token`, thumbprint, privateKeyPem }), /AADSTS700023/],
  ] as const;
  for (const [assertion, message] of refusals) {
    const refused = await redeemWithAssertion(request, TOKEN_URL, form, assertion);
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(message) });
  }

  // Copied: leaving no longer asks. Nothing of the key was stored, and the page talked only to its own origin.
  await expectNothingStored(page, [oneLineKey.split(' ')[5] ?? oneLineKey]);
  expect([...requestOrigins]).toEqual([new URL(WIZARD_URL).origin]);
  let asked = false;
  page.on('dialog', (next) => {
    asked = true;
    void next.dismiss();
  });
  await page.goto('about:blank');
  expect(asked).toBe(false);
});

test('certificate, authorization code: the captured code is redeemed with the certificate’s assertion', async ({ page, request }) => {
  await page.goto(linkFor('auth-code'));
  const certificatePem = await generateAndDownload(page);
  await page.getByRole('button', { name: 'Download private key (.pem)' }).click();
  const clientId = await registerAppWithCertificate(request, OAUTH_ORIGIN, certificatePem, WIZARD_URL);
  await page.getByLabel('Application (client) ID').fill(clientId);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText("the product redeems it with the app's certificate")).toBeVisible();

  await signInInPopup(page);

  await expect(page.getByText('Authorization code captured')).toBeVisible();
  // For a code that expires before the instance is saved: the product's own command that prints a new sign-in URL.
  await expect(page.getByRole('button', { name: 'Copy command !msgraph-user-generate-login-url' })).toBeVisible();
  const code = await field(page, 'Authorization code (for Self Deployed - Authorization Code Flow) creds_auth_code').inputValue();
  const { thumbprint, oneLineKey } = await sheetCertificate(page);
  const privateKeyPem = productRestoresKey(pastedIntoOneLine(oneLineKey));
  const token = await redeemWithAssertion(
    request,
    TOKEN_URL,
    { grant_type: 'authorization_code', code, client_id: clientId, redirect_uri: WIZARD_URL },
    clientAssertion({ clientId, tokenUrl: TOKEN_URL, thumbprint, privateKeyPem }),
  );
  expect(token.status(), await token.text()).toBe(200);
  expect((await token.json()).access_token).toEqual(expect.any(String));
});

test('certificate, long-text private_key (Graph Groups): the copied key keeps its line breaks and signs as it is', async ({
  page,
  request,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIZARD_URL).origin });
  await page.goto(
    deepLink({
      integration: 'microsoft-graph-groups',
      flow: 'client-credentials',
      cloud: 'global',
      tenant: TENANT,
    }),
  );
  const certificatePem = await generateAndDownload(page, 'xsoar-microsoft-graph-groups.crt');
  const clientId = await registerAppWithCertificate(request, OAUTH_ORIGIN, certificatePem, WIZARD_URL);
  await page.getByLabel('Application (client) ID').fill(clientId);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();

  const thumbprint = await field(page, 'Certificate Thumbprint credentials_certificate_thumbprint').inputValue();
  expect(thumbprint).toBe(new X509Certificate(certificatePem).fingerprint.replaceAll(':', ''));
  await page.getByRole('button', { name: 'Copy Private Key' }).click();
  // The product reads this long-text field as it is (no space restoring): the copy must be the PEM with its lines.
  const privateKeyPem = await page.evaluate(() => navigator.clipboard.readText());
  expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/);
  const token = await redeemWithAssertion(
    request,
    TOKEN_URL,
    { grant_type: 'client_credentials', client_id: clientId, scope: GRAPH_DEFAULT },
    clientAssertion({ clientId, tokenUrl: TOKEN_URL, thumbprint, privateKeyPem }),
  );
  expect(token.status(), await token.text()).toBe(200);
});

test('certificate, bring your own: an OpenSSL pair is checked and used; a mismatched pair and a .pfx are explained', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'wizard-e2e-certificate-'));
  selfSigned(dir, { key: 'key.pem', cert: 'cert.pem', subject: '/CN=MyXSOARApp' });
  openssl(dir, 'rsa', '-in', 'key.pem', '-traditional', '-out', 'key-pkcs1.pem');
  selfSigned(dir, { key: 'other-key.pem', cert: 'other-cert.pem', subject: '/CN=Other' });
  openssl(dir, 'pkcs12', '-export', '-in', 'cert.pem', '-inkey', 'key.pem', '-out', 'bundle.pfx', '-passout', 'pass:secret');
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');

  await page.goto(linkFor('client-credentials'));
  await page.getByLabel('Application (client) ID').fill('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e');
  await page.getByRole('radio', { name: /^Certificate/ }).check();
  await page.getByRole('radio', { name: 'Bring your own' }).check();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Certificate' }).fill(read('cert.pem'));
  await page.getByRole('textbox', { name: 'Private key' }).fill(read('other-key.pem'));
  await page.getByRole('button', { name: 'Check certificate and key' }).click();
  await expect(page.getByRole('alert')).toContainText('This private key does not belong to the certificate');

  await page.getByLabel('Certificate: choose a file').setInputFiles(join(dir, 'bundle.pfx'));
  await page.getByRole('button', { name: 'Check certificate and key' }).click();
  await expect(page.getByRole('alert')).toContainText('openssl pkcs12 -in cert.pfx -clcerts -nokeys -out cert.pem');

  await page.getByRole('textbox', { name: 'Certificate' }).fill(read('cert.pem'));
  await page.getByRole('textbox', { name: 'Private key' }).fill(read('key-pkcs1.pem'));
  await page.getByRole('button', { name: 'Check certificate and key' }).click();
  const thumbprint = new X509Certificate(read('cert.pem')).fingerprint.replaceAll(':', '');
  await expect(page.getByText(thumbprint)).toBeVisible();
  await expect(page.getByText('CN=MyXSOARApp')).toBeVisible();
  // Brought along, so nothing to lose: no key download, no warning.
  await expect(page.getByRole('button', { name: 'Download private key (.pem)' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  const sheet = await sheetCertificate(page);
  expect(sheet.thumbprint).toBe(thumbprint);
  expect(productRestoresKey(pastedIntoOneLine(sheet.oneLineKey)).trim()).toBe(read('key-pkcs1.pem').trim());
});
