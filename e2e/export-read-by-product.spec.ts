// Azure Storage through the wizard's own pages: the sheet's Export JSON, read the way AzureStorage.py's main() reads
// it (testing/product-reads.ts), signs in at the local Entra ID. Before its parameters were typed by the definition,
// the export held plain strings where main() calls .get('password'), and the product failed with
// "'str' object has no attribute 'get'".
import type { APIRequestContext, Page } from '@playwright/test';
import { productReads, selectsFlow, type Params } from '../testing/product-params';
import { flowReads, PRODUCT_READS } from '../testing/product-reads';
import { productAsksToken } from './as-the-product';
import { deepLink, downloadedText, expect, OAUTH_ORIGIN, signInInPopup, test, TEST_CLIENT, WIZARD_URL } from './fixtures';
import { RESOURCE_GROUP, SUBSCRIPTION_ID } from '../testing/graph-server/resource-manager.mjs';

const TENANT = 'contoso.onmicrosoft.com';
const STORAGE = PRODUCT_READS['azure-storage']!;
/** What AzureStorage.py asks for with either flow. */
const MANAGEMENT_SCOPE = 'https://management.azure.com/.default';

async function exportFromSheet(page: Page): Promise<Params> {
  await page.getByLabel('Default Subscription ID subscription_id', { exact: true }).fill(SUBSCRIPTION_ID);
  await page.getByLabel('Default Resource Group Name resource_group_name', { exact: true }).fill(RESOURCE_GROUP);
  await page.getByRole('checkbox', { name: 'Include the secret in copy all and export' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return JSON.parse(await downloadedText(download)) as Params;
}

/** A confidential app at the local Entra ID that may use client credentials (RFC 7591, as the portal's registration). */
async function registerConfidentialApp(request: APIRequestContext) {
  const answer = await request.post(`${OAUTH_ORIGIN}/reg`, {
    data: {
      client_name: 'Cortex XSOAR Azure Storage',
      redirect_uris: [WIZARD_URL],
      grant_types: ['client_credentials'],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
    },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  const { client_id: clientId, client_secret: clientSecret } = await answer.json();
  return { clientId: String(clientId), clientSecret: String(clientSecret) };
}

test('Azure Storage, client credentials: the export, read as AzureStorage.py reads it, signs in', async ({ page, request }) => {
  const app = await registerConfidentialApp(request);
  await page.goto(
    deepLink({ integration: 'azure-storage', flow: 'client-credentials', cloud: 'global', tenant: TENANT, client: app.clientId }),
  );
  await page.getByLabel('Client secret (optional here)').fill(app.clientSecret);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to the sheet' }).click();
  const params = await exportFromSheet(page);
  expect(params.credentials).toEqual({ identifier: '', password: app.clientSecret });

  const flow = flowReads(STORAGE, 'client-credentials')!;
  expect(selectsFlow(params, flow)).toEqual([]);
  const read = productReads(params, flow);
  const token = await productAsksToken(request, read, { scope: MANAGEMENT_SCOPE });
  expect(token.status(), await token.text()).toBe(200);
});

test('Azure Storage, authorization code: the captured code, exported and read as AzureStorage.py reads it, is redeemed', async ({
  page,
  request,
}) => {
  await page.goto(
    deepLink({ integration: 'azure-storage', flow: 'auth-code', cloud: 'global', tenant: TENANT, client: TEST_CLIENT.client_id }),
  );
  await page.getByLabel('Client secret (optional here)').fill(TEST_CLIENT.client_secret);
  await page.getByRole('button', { name: 'Continue' }).click();
  await signInInPopup(page);
  await expect(page.getByText('Authorization code captured')).toBeVisible();
  const params = await exportFromSheet(page);
  expect(params.auth_code).toEqual({ identifier: '', password: expect.any(String) });

  const flow = flowReads(STORAGE, 'auth-code')!;
  expect(selectsFlow(params, flow)).toEqual([]);
  const read = productReads(params, flow);
  expect(read.redirectUri).toBe(WIZARD_URL);
  const token = await productAsksToken(request, read, { scope: MANAGEMENT_SCOPE });
  expect(token.status(), await token.text()).toBe(200);
});
