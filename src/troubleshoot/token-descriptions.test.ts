import { describe, expect, it } from 'vitest';
import { AADSTS_ERRORS } from '../catalog/errors';
import { TOKEN_DESCRIPTIONS, TOKEN_DESCRIPTION_TEXTS } from './token-descriptions';

const codesFor = (text: string) => [...new Set(TOKEN_DESCRIPTIONS.filter(([pattern]) => pattern.test(text)).map(([, code]) => code))];

describe('TOKEN_DESCRIPTIONS', () => {
  it('names exactly its own code for every description, also broken over lines', () => {
    for (const { code, text } of TOKEN_DESCRIPTION_TEXTS) {
      expect(codesFor(text), text).toEqual([code]);
      expect(codesFor(text.replaceAll(' ', '\n ')), text).toEqual([code]);
    }
  });

  it('only names codes the catalog explains', () => {
    for (const { code } of TOKEN_DESCRIPTION_TEXTS) expect(AADSTS_ERRORS[code], code).toBeDefined();
  });

  it("accepts the service's wording where Microsoft's reference contracts it", () => {
    expect(
      codesFor('The resource principal named https://api.securitycenter.microsoft.com was not found in the tenant named contoso.'),
    ).toEqual(['500011']);
    expect(codesFor("Application with identifier '0b8f3c1e' was not found in the directory 'contoso'.")).toEqual(['700016']);
    expect(codesFor("The signed in user 'a@contoso.com' is not assigned to a role for the application 'x'.")).toEqual(['50105']);
  });

  it('tells an expired code from an expired refresh token, as the product prints them', () => {
    expect(
      codesFor(
        'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
      ),
    ).toEqual(['70008']);
    expect(
      codesFor('The refresh token has expired due to inactivity. The token was issued on 2026-01-01 and was inactive for 90.00:00:00.'),
    ).toEqual(['700082']);
    expect(
      codesFor("The provided client secret keys for app '0b8f3c1e' are expired. Visit the Azure portal to create new keys for your app."),
    ).toEqual(['7000222']);
  });
});
