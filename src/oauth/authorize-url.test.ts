import { describe, expect, it } from 'vitest';
import { adminConsentUrl, authorizationUrl } from './authorize-url';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = '99999999-8888-7777-6666-555555555555';
const REDIRECT_URI = 'https://localhost/myapp';

function withoutState(url: string, state: string): string {
  return url.replace(`&state=${state}`, '');
}

describe('authorizationUrl', () => {
  it("builds Azure Sentinel's v1 URL exactly as its help page shows, plus state", () => {
    const url = authorizationUrl({
      authority: 'https://login.microsoftonline.com',
      tenant: 'common',
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      state: 'abc',
      target: { endpoint: 'v1', resource: 'https://management.core.windows.net' },
    });
    const documented =
      'https://login.microsoftonline.com/common/oauth2/authorize?response_type=code&resource=https://management.core.windows.net&client_id=CLIENT_ID&redirect_uri=REDIRECT_URI'
        .replace('CLIENT_ID', CLIENT_ID)
        .replace('REDIRECT_URI', REDIRECT_URI);
    expect(withoutState(url, 'abc')).toBe(documented);
    expect(new URL(url).searchParams.get('state')).toBe('abc');
  });

  it("builds Microsoft Graph User's v2 URL exactly as its help page shows, plus state", () => {
    const url = authorizationUrl({
      authority: 'https://login.microsoftonline.com',
      tenant: TENANT_ID,
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      state: 'xyz',
      target: { endpoint: 'v2', scopes: ['offline_access', 'directory.accessasuser.all'] },
    });
    const documented =
      'https://login.microsoftonline.com/TENANT_ID/oauth2/v2.0/authorize?response_type=code&scope=offline_access%20directory.accessasuser.all&client_id=CLIENT_ID&redirect_uri=REDIRECT_URI'
        .replace('TENANT_ID', TENANT_ID)
        .replace('CLIENT_ID', CLIENT_ID)
        .replace('REDIRECT_URI', REDIRECT_URI);
    expect(withoutState(url, 'xyz')).toBe(documented);
  });

  it('asks for consent again only when told to, after everything else', () => {
    const request = {
      authority: 'https://login.microsoftonline.com',
      tenant: TENANT_ID,
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      target: { endpoint: 'v2' as const, scopes: ['offline_access'] },
    };
    expect(new URL(authorizationUrl(request)).searchParams.has('prompt')).toBe(false);
    const url = authorizationUrl({ ...request, prompt: 'consent' });
    expect(url.endsWith('&prompt=consent')).toBe(true);
    expect(url.replace('&prompt=consent', '')).toBe(authorizationUrl(request));
  });

  it('never asks for PKCE, so the product can redeem the code without a verifier', () => {
    const url = new URL(
      authorizationUrl({
        authority: 'https://login.microsoftonline.us',
        tenant: 'contoso.onmicrosoft.com',
        clientId: CLIENT_ID,
        redirectUri: REDIRECT_URI,
        state: 's',
        target: { endpoint: 'v2', scopes: ['offline_access'] },
      }),
    );
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(url.searchParams.has('code_challenge_method')).toBe(false);
    expect(url.origin).toBe('https://login.microsoftonline.us');
  });

  it('encodes values that would otherwise break the query, and round-trips them', () => {
    const redirect = 'https://wizard.example.com/setup/?a=1&b=two words#x';
    const url = authorizationUrl({
      authority: 'https://login.example.com/',
      tenant: 'organizations',
      clientId: CLIENT_ID,
      redirectUri: redirect,
      state: 'a+b/c=',
      target: { endpoint: 'v2', scopes: ['https://graph.microsoft.us/.default'] },
    });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/organizations/oauth2/v2.0/authorize');
    expect(parsed.searchParams.get('redirect_uri')).toBe(redirect);
    expect(parsed.searchParams.get('state')).toBe('a+b/c=');
    expect(parsed.searchParams.get('scope')).toBe('https://graph.microsoft.us/.default');
  });
});

describe('adminConsentUrl', () => {
  it('builds the v2 admin-consent URL with a .default scope', () => {
    const url = adminConsentUrl({
      authority: 'https://login.microsoftonline.com',
      tenant: TENANT_ID,
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      state: 'st',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(url).toBe(
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0/adminconsent?client_id=${CLIENT_ID}&scope=https://graph.microsoft.com/.default&redirect_uri=${REDIRECT_URI}&state=st`,
    );
  });
});
