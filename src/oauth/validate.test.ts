import { describe, expect, it } from 'vitest';
import { checkAuthority, checkClientId, checkRedirectUri, checkTenant } from './validate';

describe('checkTenant', () => {
  it.each(['common', 'organizations', 'contoso.onmicrosoft.com', 'contoso.com', '72f988bf-86f1-41af-91ab-2d7cd011db47'])(
    'accepts %s',
    (tenant) => {
      expect(checkTenant(tenant)).toBeUndefined();
    },
  );
  it('explains a malformed GUID', () => {
    expect(checkTenant('72f988bf-86f1-41af-91ab-2d7cd011db4')).toMatch(/looks like a GUID but is not one/);
  });
  it('refuses consumers with a reason', () => {
    expect(checkTenant('consumers')).toMatch(/personal Microsoft accounts/);
  });
  it.each(['', '   ', 'not a tenant', 'contoso', 'https://login.microsoftonline.com/contoso'])('refuses %j', (tenant) => {
    expect(checkTenant(tenant)).toBeDefined();
  });
});

describe('checkClientId', () => {
  it('accepts a GUID in any case', () => {
    expect(checkClientId('4FFEF4A4-601F-4393-A789-432F3F3B8470')).toBeUndefined();
  });
  it.each(['', 'my-app', '4ffef4a4601f4393a789432f3f3b8470', '{4ffef4a4-601f-4393-a789-432f3f3b8470}'])('refuses %j', (id) => {
    expect(checkClientId(id)).toMatch(/Application \(client\) ID/);
  });
});

describe('checkRedirectUri', () => {
  it.each(['https://wizard.example.com/', 'http://localhost:4173/wizard/', 'http://127.0.0.1/cb', 'https://localhost/myapp'])(
    'accepts %s',
    (uri) => {
      expect(checkRedirectUri(uri)).toBeUndefined();
    },
  );
  it('refuses plain http on a public host', () => {
    expect(checkRedirectUri('http://wizard.example.com/')).toMatch(/only for localhost/);
  });
  it('refuses a fragment', () => {
    expect(checkRedirectUri('https://wizard.example.com/#/sheet')).toMatch(/fragment/);
  });
  it('refuses a relative or non-web URI', () => {
    expect(checkRedirectUri('/wizard/')).toMatch(/absolute URL/);
    expect(checkRedirectUri('ftp://example.com/')).toMatch(/https/);
  });
});

describe('checkAuthority', () => {
  it('accepts an origin', () => {
    expect(checkAuthority('https://login.microsoftonline.com')).toBeUndefined();
    expect(checkAuthority('http://127.0.0.1:9400/')).toBeUndefined();
  });
  it('refuses a path or plain http on a public host', () => {
    expect(checkAuthority('https://login.microsoftonline.com/common')).toMatch(/origin only/);
    expect(checkAuthority('http://login.example.com')).toMatch(/https/);
    expect(checkAuthority('login.example.com')).toMatch(/absolute URL/);
  });
});
