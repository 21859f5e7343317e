import { describe, expect, it } from 'vitest';
import { INTEGRATIONS } from '../../catalog/integrations';
import { diagnose } from '../diagnose';
import { COLLABORATION_AZURE_MESSAGES } from './collaboration-azure';
import { PRODUCT_MESSAGES } from './index';
import { MODULE_MESSAGES, words } from './module';
import type { ProductMessage } from './types';
import { filled, UNRELATED_TEXTS, unknownCodes } from '../../../testing/pasted-text';
import { expectRecognized, matchingCodes } from '../../../testing/product-message-checks';

// Values as the product formats them into its messages.
const FILL: Record<string, string> = {
  status: '400',
  body: 'invalid_request',
  error: 'an unexpected error',
  message: 'Bad Request',
  permissions: 'SecurityAlert.Read.All, SecurityAlert.ReadWrite.All',
  scopes: 'User.Read',
  prefix: 'msgraph-mail',
  time: '2026-11-26 10:00:00',
  key: 'subscription_id',
  fields: 'client_id,redirect_uri',
  url: 'https://microsoft.com/devicelogin',
  code: 'ABCD1234',
  command: '!msgraph-mail-auth-complete',
};
// Where the value decides which of several entries explains it.
const SAMPLES: Record<string, string> = {
  'Managed identity: not on an Azure VM':
    "Error in Microsoft authorization with Azure Managed Identities: HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /metadata/identity/oauth2/token?api-version=2018-02-01",
  'Managed identity: no token':
    'Error in Microsoft authorization with Azure Managed Identities: Multiple user assigned identities exist, please specify the clientId / resourceId of the identity in the token request',
};
// The same cause in other integrations' or versions' words.
const VARIANTS: Record<string, string[]> = {
  'Key or certificate missing': [
    'Key or Certificate Thumbprint and Private Key must be providedFor further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication',
    'Either Key or (Certificate Thumbprint and Private Key) must be provided. For further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication',
    'Client Secret or Certificate Thumbprint and Private Key must be provided. For further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication',
    'When Tenant ID is provided, either Client Secret or Certificate Thumbprint and Private Key must be provided.',
  ],
  'Service not in this national cloud': ["The suffix '{}' for this cloud is not set but is used."],
  'Managed identity: not on an Azure VM': [
    "Error in Microsoft authorization with Azure Managed Identities: HTTPConnectionPool(host='169.254.169.254', port=80): Read timed out. (read timeout=None)",
  ],
};
const UNRELATED = UNRELATED_TEXTS;

const fill = (text: string) => filled(text, FILL, () => 'value');
const sample = (entry: ProductMessage) => SAMPLES[entry.code] ?? fill(entry.text);

const OWN = [...MODULE_MESSAGES, ...COLLABORATION_AZURE_MESSAGES];
const matching = (text: string) => matchingCodes(OWN, text);

describe('words', () => {
  it('lets lines wrap between words and quotes or backticks go missing', () => {
    const pattern = new RegExp(words("run `!azure-storage-auth-start` with the 'Authorization code'"), 'i');
    expect(pattern.test("run `!azure-storage-auth-start` with the 'Authorization code'")).toBe(true);
    expect(pattern.test('run !azure-storage-auth-start\nwith   the “Authorization code”')).toBe(true);
    expect(pattern.test('run !azure-storage-auth-start without the Authorization code')).toBe(false);
  });
});

describe('the shared Microsoft module’s messages', () => {
  it('has its samples and variants under codes that exist', () => {
    const codes = MODULE_MESSAGES.map((entry) => entry.code);
    expect(unknownCodes(SAMPLES, codes)).toEqual([]);
    expect(unknownCodes(VARIANTS, codes)).toEqual([]);
  });

  it('have codes unique across every product message', () => {
    const codes = PRODUCT_MESSAGES.map((entry) => entry.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it.each(MODULE_MESSAGES.map((entry) => [entry.code, entry] as const))('%s names catalog integrations or the module', (_, entry) => {
    const known = new Set(INTEGRATIONS.map((integration) => integration.id));
    if (entry.integrations !== 'module') for (const id of entry.integrations) expect(known, id).toContain(id);
  });

  it.each(MODULE_MESSAGES.map((entry) => [entry.code, entry] as const))(
    '%s: its text, wrapped, prefixed or cut, is recognized',
    (_, entry) => {
      for (const text of [sample(entry), ...(VARIANTS[entry.code] ?? [])]) expectRecognized(entry, text, OWN);
    },
  );

  it('recognizes nothing in unrelated text', () => {
    for (const text of UNRELATED) expect(matching(text), text).toEqual([]);
  });

  it('leaves a token error it can name to its AADSTS diagnosis, and explains the reset hint when it comes alone', () => {
    const expired = `Error in Microsoft authorization. Status: 400, body: invalid_grant. \nThe provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.\nYou can run the ***msgraph-mail-auth-reset*** command to reset the authentication process.`;
    expect(matching(expired)).toEqual([]);
    expect(diagnose(expired).map((found) => found.code)).toEqual(['AADSTS70008']);
    expect(matching('You can run the ***msgraph-mail-auth-reset*** command to reset the authentication process.')).toEqual([
      'Expired or revoked token: reset',
    ]);
    expect(matching('Error in Microsoft authorization. Status: 401, body: AADSTS7000215: Invalid client secret provided.')).toEqual([]);
  });

  it('tells the vendor’s sign-in service from Microsoft’s token endpoint, and a missing Key from a missing private key', () => {
    expect(matching('Error in Microsoft authorization. Status: 403, body: Forbidden Server message: Forbidden')).toEqual([
      'Vendor sign-in service refused',
    ]);
    expect(matching('Error in Microsoft authorization. Status: 400, body: invalid_request')).toEqual(['Token request refused']);
    expect(matching('Private Key must be provided.')).toEqual([]);
    expect(matching('Failed to execute test-module command.\nError:\nKey must be provided.')).toEqual(['Key missing']);
  });
});
