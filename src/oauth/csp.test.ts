import { describe, expect, it } from 'vitest';
import { allowsConnect } from './csp';

const PAGE = 'https://docs.example.com';
const POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self' https://login.microsoftonline.com https://login.microsoftonline.us https://127.0.0.1:9400; form-action 'none'";

describe('allowsConnect', () => {
  it('allows the page itself and the listed login hosts, with their default or given port', () => {
    expect(allowsConnect(POLICY, PAGE, 'https://docs.example.com/x')).toBe(true);
    expect(allowsConnect(POLICY, PAGE, 'https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode')).toBe(true);
    expect(allowsConnect(POLICY, PAGE, 'https://127.0.0.1:9400/t/oauth2/v2.0/token')).toBe(true);
  });

  it('refuses a custom authority or relay the build did not allow, another port, or plain http', () => {
    expect(allowsConnect(POLICY, PAGE, 'https://login.contoso.example/t/oauth2/v2.0/devicecode')).toBe(false);
    expect(allowsConnect(POLICY, PAGE, 'https://127.0.0.1:9401/t/oauth2/v2.0/devicecode')).toBe(false);
    expect(allowsConnect(POLICY, PAGE, 'http://login.microsoftonline.com/x')).toBe(false);
  });

  it('reads default-src when there is no connect-src, and knows wildcards, schemes and none', () => {
    expect(allowsConnect("default-src 'self'", PAGE, 'https://other.example')).toBe(false);
    expect(allowsConnect('connect-src https://*.example.org', PAGE, 'https://relay.example.org/x')).toBe(true);
    expect(allowsConnect('connect-src https://*.example.org', PAGE, 'https://example.org/x')).toBe(false);
    expect(allowsConnect('connect-src https:', PAGE, 'https://anything.example')).toBe(true);
    expect(allowsConnect("connect-src 'none'", PAGE, `${PAGE}/x`)).toBe(false);
    expect(allowsConnect("script-src 'self'", PAGE, 'https://anything.example')).toBe(true);
  });
});
