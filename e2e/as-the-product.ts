// What the product does with the sheet's certificate values, so that the tests redeem them as it would: restore the
// key's line breaks (CommonServerPython's replace_spaces_in_credential) and sign a client assertion as
// MicrosoftApiModule does with msal's JwtAssertionCreator(private_key, 'RS256', thumbprint).
import { createPrivateKey, createPublicKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The product's replace_spaces_in_credential: spaces inside a PEM block become line breaks again. */
export function productRestoresKey(value: string): string {
  return value.replace(
    /(\s*)(-----BEGIN(.*?)-----)(.*?)(-----END(.*?)-----)(\s*)/gs,
    (_m, lseps: string, begin: string, _l: string, body: string, end: string, _e: string, tseps: string) =>
      lseps.replaceAll(' ', '\n') + begin + body.replaceAll(' ', '\n') + end + tseps.replaceAll(' ', '\n'),
  );
}

/** What survives a value pasted into a one-line input: the browser strips line breaks. */
export const pastedIntoOneLine = (value: string) => value.replace(/[\r\n]/g, '');

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** msal's assertion: RS256, `x5t` = the SHA-1 thumbprint's bytes, base64url with padding (Python's urlsafe_b64encode). */
export function clientAssertion({
  clientId,
  tokenUrl,
  thumbprint,
  privateKeyPem,
}: {
  clientId: string;
  tokenUrl: string;
  thumbprint: string;
  privateKeyPem: string;
}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = {
    typ: 'JWT',
    alg: 'RS256',
    x5t: Buffer.from(thumbprint, 'hex').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  };
  const payload = { aud: tokenUrl, iss: clientId, sub: clientId, exp: now + 600, iat: now, jti: randomUUID() };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(createPrivateKey(privateKeyPem));
  return `${signingInput}.${base64url(signature)}`;
}

/** Registers an app that signs in with this certificate (RFC 7591 at the local server), as uploading it in the portal does. */
export async function registerAppWithCertificate(request: APIRequestContext, origin: string, certificatePem: string, redirectUri: string) {
  const certificate = new X509Certificate(certificatePem);
  const jwk = { ...createPublicKey(certificatePem).export({ format: 'jwk' }), use: 'sig', x5c: [certificate.raw.toString('base64')] };
  const response = await request.post(`${origin}/reg`, {
    data: {
      client_name: 'Cortex XSOAR certificate test',
      redirect_uris: [redirectUri],
      grant_types: ['client_credentials', 'authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      jwks: { keys: [jwk] },
    },
  });
  if (!response.ok()) throw new Error(`registration failed: ${response.status()} ${await response.text()}`);
  return (await response.json()).client_id as string;
}

/** The product's token request with a client assertion instead of a secret. */
export function redeemWithAssertion(request: APIRequestContext, tokenUrl: string, form: Record<string, string>, assertion: string) {
  return request.post(tokenUrl, { form: { ...form, client_assertion_type: JWT_BEARER, client_assertion: assertion } });
}
