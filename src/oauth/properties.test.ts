import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../wizard/deep-link';
import { adminConsentUrl, authorizationUrl } from './authorize-url';
import { extractCode, parseRedirect, withoutRedirectParams } from './redirect';
import { checkAuthority, checkClientId, checkRedirectUri, checkTenant, isGuid } from './validate';

const RUNS = { numRuns: 10_000 };

/** Strings an attacker would try: markup, script URLs, CRLF, look-alike characters, huge values. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/\r\nSet-Cookie: x=1',
    '%0d%0aLocation:%20https://evil.example',
    '０b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e', // fullwidth digit
    '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6е', // Cyrillic е
    '0b8f3c1e‐6a2d‐4c55‐9e7a‐3f1d2b4c5a6e', // Unicode hyphens
    '\u202e0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
    'a'.repeat(20_000),
  ),
);

describe('URL builders', () => {
  const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
  // "." and ".." are dot segments that no URL path can carry; checkTenant refuses them before any URL is built.
  const tenantValue = value.filter((tenant) => tenant !== '.' && tenant !== '..');
  it('round-trip every parameter, whatever it contains', () => {
    expect(checkTenant('.')).toBeDefined();
    expect(checkTenant('..')).toBeDefined();
    fc.assert(
      fc.property(
        tenantValue,
        value,
        value,
        value,
        fc.array(value, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (tenant, clientId, redirectUri, state, scopes, v1) => {
          const target = v1 ? ({ endpoint: 'v1', resource: scopes[0]! } as const) : ({ endpoint: 'v2', scopes } as const);
          const url = new URL(authorizationUrl({ authority: 'https://login.example.com', tenant, clientId, redirectUri, state, target }));
          expect(url.origin).toBe('https://login.example.com');
          expect(decodeURIComponent(url.pathname.split('/')[1]!)).toBe(tenant);
          expect(url.searchParams.get('client_id')).toBe(clientId);
          expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
          expect(url.searchParams.get('state')).toBe(state);
          expect(url.searchParams.get('response_type')).toBe('code');
          if (v1) expect(url.searchParams.get('resource')).toBe(scopes[0]);
          else expect(url.searchParams.get('scope')).toBe(scopes.join(' '));
          expect([...url.searchParams.keys()].sort()).toEqual(
            ['client_id', 'redirect_uri', 'response_type', v1 ? 'resource' : 'scope', 'state'].sort(),
          );
        },
      ),
      RUNS,
    );
  });
  it('keep the admin-consent URL on the authority and round-trip it', () => {
    fc.assert(
      fc.property(tenantValue, value, value, value, (tenant, clientId, state, scope) => {
        const url = new URL(
          adminConsentUrl({
            authority: 'https://login.microsoftonline.us',
            tenant,
            clientId,
            redirectUri: 'https://w.example/',
            state,
            scope,
          }),
        );
        expect(url.origin).toBe('https://login.microsoftonline.us');
        expect(url.pathname.endsWith('/v2.0/adminconsent')).toBe(true);
        expect(url.searchParams.get('scope')).toBe(scope);
        expect(url.searchParams.get('state')).toBe(state);
      }),
      RUNS,
    );
  });
});

describe('redirect parsing', () => {
  it('never throws, and what it keeps is exactly what the query said', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('code', 'state', 'error', 'error_description', 'session_state', 'admin_consent', 'x'), hostile),
        (entries) => {
          const search = `?${new URLSearchParams(entries).toString()}`;
          const result = parseRedirect(search);
          if (entries.error) expect(result).toMatchObject({ kind: 'error', error: entries.error });
          else if (entries.code) expect(result).toEqual({ kind: 'code', code: entries.code, state: entries.state ?? null });
          const rest = new URLSearchParams(withoutRedirectParams(search));
          for (const key of ['code', 'state', 'session_state', 'error', 'error_description']) expect(rest.has(key)).toBe(false);
        },
      ),
      RUNS,
    );
  });
  it('takes the bare code out of any pasted address', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._-]{1,80}$/), hostile, (code, sessionState) => {
        const pasted = `https://localhost/myapp?code=${encodeURIComponent(code)}&session_state=${encodeURIComponent(sessionState)}`;
        expect(extractCode(pasted)).toBe(code);
      }),
      RUNS,
    );
  });
});

describe('input checks', () => {
  it('never throw, and accept only what is well-formed', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const tenant = checkTenant(input);
        const client = checkClientId(input);
        const redirect = checkRedirectUri(input);
        const authority = checkAuthority(input);
        if (client === undefined) expect(isGuid(input.trim())).toBe(true);
        if (tenant === undefined) expect(input.trim()).toMatch(/^(common|organizations|[0-9a-f-]{36}|[a-z0-9.-]+)$/i);
        if (redirect === undefined) expect(new URL(input.trim()).protocol).toMatch(/^https?:$/);
        if (authority === undefined) expect(new URL(input.trim()).protocol).toMatch(/^https?:$/);
        expect(/[<>\r\n]/.test(input.trim()) && tenant === undefined).toBe(false);
      }),
      RUNS,
    );
  });
  it('refuse GUID look-alikes', () => {
    for (const lookalike of [
      '０b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
      '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6е',
      '0b8f3c1e‐6a2d‐4c55‐9e7a‐3f1d2b4c5a6e',
    ]) {
      expect(checkClientId(lookalike)).toBeDefined();
      expect(checkTenant(lookalike)).toBeDefined();
    }
  });
  it('refuse script URLs as redirect URIs and authorities', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript:', 'JAVASCRIPT:', 'data:', 'vbscript:', 'file:'),
        fc.string({ maxLength: 50 }),
        (scheme, rest) => {
          expect(checkRedirectUri(`${scheme}${rest}`)).toBeDefined();
          expect(checkAuthority(`${scheme}${rest}`)).toBeDefined();
        },
      ),
      RUNS,
    );
  });
});

describe('deep links', () => {
  it('never throw, never keep a secret, and keep only known ids and a valid custom authority', () => {
    const key = fc.constantFrom(
      'integration',
      'flow',
      'cloud',
      'authority',
      'tenant',
      'client',
      'redirect',
      'secret',
      'client_secret',
      'code',
      'x',
    );
    fc.assert(
      fc.property(fc.dictionary(key, hostile), (entries) => {
        const link = parseDeepLink(`?${new URLSearchParams(entries).toString()}`);
        if (!link) return;
        expect(
          Object.keys(link.choices).every((name) =>
            ['integration', 'flow', 'cloud', 'authority', 'tenant', 'client', 'redirect', 'values'].includes(name),
          ),
        ).toBe(true);
        expect(link.choices.values).toEqual({});
        for (const secretKey of ['secret', 'client_secret']) {
          if (secretKey in entries) expect(link.problems.some((problem) => problem.includes(`"${secretKey}"`))).toBe(true);
        }
        if (link.choices.integration)
          expect([
            'azure-sentinel',
            'microsoft-graph-user',
            'microsoft-graph-mail',
            'azure-storage',
            'azure-ad-identity-protection',
          ]).toContain(link.choices.integration);
        if (link.choices.authority) {
          expect(link.choices.cloud).toBe('custom');
          expect(checkAuthority(link.choices.authority)).toBeUndefined();
        }
      }),
      RUNS,
    );
  });
});
