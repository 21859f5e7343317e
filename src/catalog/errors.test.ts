import { describe, expect, it } from 'vitest';
import { AADSTS_ERRORS, PROTOCOL_ERRORS, type ErrorEntry } from './errors';
import { REGISTRATION_CHANGES, type Source } from './fix';

/** Microsoft's own pages and repositories; a protocol error may also cite its specification. */
const MICROSOFT_GITHUB = /^https:\/\/github\.com\/(?:Azure|AzureAD|microsoft|microsoftgraph|MicrosoftDocs|OfficeDev)\//;
function isMicrosoftSource(source: Source): boolean {
  if ('repo' in source) return /^[0-9a-f]{40}$/.test(source.commit) && source.path.length > 0;
  return new URL(source.url).hostname === 'learn.microsoft.com' || MICROSOFT_GITHUB.test(source.url);
}
const SPECIFICATIONS = new Set(['www.rfc-editor.org', 'openid.net']);

const entries = (table: Record<string, ErrorEntry>) => Object.entries(table);

describe('AADSTS_ERRORS', () => {
  it('covers at least 150 codes, each keyed by its number, with a meaning and a concrete fix', () => {
    expect(entries(AADSTS_ERRORS).length).toBeGreaterThanOrEqual(150);
    for (const [code, entry] of entries(AADSTS_ERRORS)) {
      expect(code).toMatch(/^\d{5,7}$/);
      expect(entry.meaning.length, code).toBeGreaterThan(15);
      expect(entry.fix.length, code).toBeGreaterThan(15);
    }
  });

  it('cites a Microsoft page or repository for every code, mostly the error-code reference', () => {
    const reference = entries(AADSTS_ERRORS).filter(
      ([, entry]) =>
        'url' in entry.source && entry.source.url === 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
    );
    for (const [code, entry] of entries(AADSTS_ERRORS)) expect(isMicrosoftSource(entry.source), code).toBe(true);
    expect(reference.length).toBeGreaterThan(entries(AADSTS_ERRORS).length * 0.8);
  });

  it('knows the codes of conditional access, tenants and clouds, deleted apps, credentials, device code, consent, redirects and scopes', () => {
    const expected = [
      ...['53000', '53001', '53002', '53003', '50076', '50079', '50074', '700003'],
      ...['500011', '90002', '900382', '900439', '90072', '50128', '50194'],
      ...['700016', '7000112', '7000215', '7000222', '700027', '700024', '50012', '500212'],
      ...['70016', '70019', '70018', '65001', '65004', '90094', '90008'],
      ...['50011', '500113', '7000218', '70011', '650053', '650057'],
    ];
    expect(expected.filter((code) => !AADSTS_ERRORS[code])).toEqual([]);
  });

  it('names fixes in the portal’s words, with › between blades', () => {
    for (const [code, entry] of entries(AADSTS_ERRORS)) expect(entry.fix, code).not.toMatch(/ > /);
    expect(AADSTS_ERRORS['7000218']?.fix).toContain('Allow public client flows');
    expect(AADSTS_ERRORS['50105']?.fix).toContain('Users and groups');
  });

  it('asks for a token reset exactly where the product keeps tokens that the error invalidates', () => {
    const reset = entries(AADSTS_ERRORS)
      .filter(([, entry]) => entry.actions?.reset)
      .map(([code]) => code);
    // The product's TOKEN_EXPIRED_ERROR_CODES, which make it clear its stored tokens.
    expect(reset).toEqual(expect.arrayContaining(['50173', '700082', '70008', '54005', '7000222']));
    expect(AADSTS_ERRORS['50126']?.actions?.reset).toBeUndefined();
  });

  it('presets the registration changes that fix a code, and only known ones', () => {
    for (const [code, entry] of entries(AADSTS_ERRORS))
      for (const change of entry.actions?.register ?? []) expect(REGISTRATION_CHANGES, code).toContain(change);
    for (const code of ['50011', '500113', '900971', '70004', '9002326'])
      expect(AADSTS_ERRORS[code]?.actions?.register).toContain('redirect-uri');
    expect(AADSTS_ERRORS['7000218']?.actions?.register).toEqual(['public-client']);
    expect(AADSTS_ERRORS['7000222']?.actions?.register).toEqual(['secret']);
    expect(AADSTS_ERRORS['700027']?.actions?.register).toEqual(['certificate']);
    expect(AADSTS_ERRORS['65001']?.actions).toMatchObject({ register: ['consent'], authorize: 'consent' });
  });
});

describe('PROTOCOL_ERRORS', () => {
  it('cites Microsoft or the specification that defines each error', () => {
    for (const [error, entry] of entries(PROTOCOL_ERRORS)) {
      const fromSpecification = 'url' in entry.source && SPECIFICATIONS.has(new URL(entry.source.url).hostname);
      expect(isMicrosoftSource(entry.source) || fromSpecification, error).toBe(true);
    }
  });

  it('covers the errors of the authorization, token and device endpoints', () => {
    for (const error of [
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ])
      expect(PROTOCOL_ERRORS[error], error).toBeDefined();
  });
});
