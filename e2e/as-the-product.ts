// What the product does with the sheet's values, so that the tests redeem them as it would: restore the key's line
// breaks (CommonServerPython's replace_spaces_in_credential), sign a client assertion as MicrosoftApiModule does with
// msal's JwtAssertionCreator(private_key, 'RS256', thumbprint), and sign in with client credentials to call Graph.
import { createPrivateKey, createPublicKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { LOCAL_GRAPH, LOCAL_TENANT_ID } from '../testing/local-apis.mjs';
import { OAUTH_ORIGIN } from '../playwright.config';
import { productRestoresKey } from '../testing/product-params';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export { productRestoresKey };

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

/**
 * The product's client-credentials token request for Microsoft Graph with a certificate, from the sheet's values as it
 * reads them: the one-line private key restored, and an assertion for the thumbprint, at the tenant's v2 token endpoint.
 */
export function productAsksTokenWithCertificate(
  request: APIRequestContext,
  { clientId, tenantId, thumbprint, oneLineKey }: { clientId: string; tenantId: string; thumbprint: string; oneLineKey: string },
) {
  const tokenUrl = `${OAUTH_ORIGIN}/${tenantId}/oauth2/v2.0/token`;
  const assertion = clientAssertion({ clientId, tokenUrl, thumbprint, privateKeyPem: productRestoresKey(oneLineKey) });
  return redeemWithAssertion(
    request,
    tokenUrl,
    { grant_type: 'client_credentials', client_id: clientId, scope: `${LOCAL_GRAPH}/.default` },
    assertion,
  );
}

/**
 * Uses a registration as the product would with client credentials: a token for Microsoft Graph from the identity
 * provider with the client ID and secret, then a Graph request that needs the granted application permission.
 * Resolves with both answers' statuses and the token's roles.
 */
export async function productListsUsers(request: APIRequestContext, clientId: string, clientSecret: string) {
  const token = await request.post(`${OAUTH_ORIGIN}/${LOCAL_TENANT_ID}/oauth2/v2.0/token`, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: `${LOCAL_GRAPH}/.default` },
  });
  const body = await token.json();
  if (!token.ok()) return { token: token.status(), error: body as unknown, graph: 0, roles: [] as string[] };
  const roles = (JSON.parse(Buffer.from(String(body.access_token).split('.')[1] ?? '', 'base64url').toString('utf8')).roles ??
    []) as string[];
  const users = await request.get(`${LOCAL_GRAPH}/v1.0/users`, { headers: { Authorization: `Bearer ${body.access_token}` } });
  return {
    token: token.status(),
    graph: users.status(),
    roles,
    users: (await users.json()) as { value?: { userPrincipalName: string }[] },
  };
}

/** What the product asks a token for: a v2 scope, or a v1 resource (the older `/oauth2/token` endpoint). */
export type TokenTarget = { scope: string } | { resource: string };

/**
 * The product's token request with the values it read from its instance (`productReads`): the client credentials, or
 * the authorization code with its redirect URI, at the tenant's v2 or v1 token endpoint of the local Entra ID.
 */
export function productAsksToken(
  request: APIRequestContext,
  read: Partial<Record<'clientId' | 'tenantId' | 'secret' | 'authCode' | 'redirectUri', unknown>>,
  target: TokenTarget,
  tenant = String(read.tenantId),
) {
  const v1 = 'resource' in target;
  const grant: Record<string, string> =
    read.authCode === undefined
      ? { grant_type: 'client_credentials' }
      : { grant_type: 'authorization_code', code: String(read.authCode), redirect_uri: String(read.redirectUri) };
  return request.post(`${OAUTH_ORIGIN}/${tenant}/oauth2/${v1 ? '' : 'v2.0/'}token`, {
    form: { ...grant, client_id: String(read.clientId), client_secret: String(read.secret), ...target },
  });
}
