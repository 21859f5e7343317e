/**
 * The product prints a token error's description without its "AADSTSnnnnn:" prefix (its error parser keeps the text
 * after the first colon). These openings of Microsoft's descriptions name the code again.
 */
export const TOKEN_DESCRIPTIONS: [RegExp, string][] = [
  [/authorization code or refresh token has expired due to inactivity/i, '70008'],
  [/(?<!authorization code or )refresh token has expired due to inactivity/i, '700082'],
  [/grant has expired due to it being revoked|refresh token was issued to a single page app/i, '50173'],
  [/authorization code was already redeemed/i, '54005'],
  [/client secret keys for app .* are expired/i, '7000222'],
  [/invalid client secret provided/i, '7000215'],
  [/must contain the following parameter: 'client_assertion' or 'client_secret'/i, '7000218'],
  [/application with identifier .* was not found in the directory/i, '700016'],
  [/tenant .* not found/i, '90002'],
  [/redirect uri .* does not match the redirect uris configured/i, '50011'],
  [/has not consented to use the application/i, '65001'],
  [
    /client assertion contains an invalid signature|certificate with identifier used to sign the client assertion is not registered/i,
    '700027',
  ],
  [/client assertion is not within its valid time range/i, '700024'],
  [/must use multi-factor authentication/i, '50076'],
  [/blocked by conditional access/i, '53003'],
  [/resource principal named .* was not found in the tenant/i, '500011'],
  [/application .* is disabled/i, '7000112'],
];
