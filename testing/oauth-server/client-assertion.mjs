// Entra ID's checks of a certificate client assertion (private_key_jwt), in front of oidc-provider's own: the `x5t`
// header names a certificate registered on the app (AADSTS700027), `iss`/`sub` are the client ID (AADSTS700021),
// and `aud` is the token endpoint the request was sent to (AADSTS700023). oidc-provider then verifies the signature
// against the app's registered keys; a failure there is Entra's "invalid signature" (AADSTS700027 as well).
// Written from Microsoft's "certificate credentials" page and the AADSTS error reference.
import { createHash } from 'node:crypto';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function decodePart(part) {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
}

/** SHA-1 thumbprints (uppercase hex) of the certificates registered in a client's JWKS (`x5c`). */
function registeredThumbprints(client) {
  return new Set(
    (client?.jwks?.keys ?? []).flatMap((key) =>
      (key.x5c ?? []).slice(0, 1).map((der) => createHash('sha1').update(Buffer.from(der, 'base64')).digest('hex').toUpperCase()),
    ),
  );
}

/** Entra's refusal of a client's credential at the token endpoint: invalid_client with its AADSTS code. */
export function refuse(ctx, code, description) {
  ctx.status = 401;
  ctx.body = {
    error: 'invalid_client',
    error_description: `AADSTS${code}: ${description} Trace ID: 00000000-0000-0000-0000-000000000000 Timestamp: ${new Date().toISOString()}`,
    error_codes: [code],
  };
}

/**
 * Checks a token request's client assertion as Entra does before oidc-provider sees it. Returns false when it has
 * answered the request itself. `tokenUrl` is the Entra-shaped URL the request was sent to.
 */
export async function checkClientAssertion(ctx, provider, form, tokenUrl) {
  const assertion = form.get('client_assertion');
  if (!assertion) return true;
  if (form.get('client_assertion_type') !== JWT_BEARER) {
    refuse(ctx, 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    return false;
  }
  let header;
  let payload;
  try {
    const [headerPart, payloadPart] = assertion.split('.');
    header = decodePart(headerPart);
    payload = decodePart(payloadPart);
  } catch {
    refuse(ctx, 50027, 'JWT token is invalid or malformed.');
    return false;
  }
  const clientId = form.get('client_id') ?? payload.iss;
  const client = await provider.Client.find(String(clientId));
  if (!client) return true; // oidc-provider answers invalid_client for an unknown app
  const thumbprint = header.x5t ? Buffer.from(String(header.x5t).replace(/=+$/, ''), 'base64url').toString('hex').toUpperCase() : '';
  if (!registeredThumbprints(client).has(thumbprint)) {
    refuse(
      ctx,
      700027,
      `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'.]`,
    );
    return false;
  }
  if (payload.iss !== clientId || payload.sub !== clientId) {
    refuse(ctx, 700021, "Client assertion application identifier doesn't match 'client_id' parameter.");
    return false;
  }
  if (payload.aud !== tokenUrl) {
    refuse(
      ctx,
      700023,
      `Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials.`,
    );
    return false;
  }
  ctx.state.entraTokenUrl = tokenUrl;
  return true;
}

/** Entra's answer when the registered certificate's key did not make the signature. */
export function explainSignatureFailure(ctx) {
  if (ctx.state.entraTokenUrl && ctx.status === 401 && ctx.body?.error === 'invalid_client')
    refuse(
      ctx,
      700027,
      'Client assertion contains an invalid signature. [Reason - The key used is expired or the signature does not match.]',
    );
}

/** oidc-provider accepts its own token URL as `aud`; Entra accepts only the tenant's token endpoint the request went to. */
export function acceptEntraAudience(provider) {
  const { prototype } = provider.OIDCContext;
  const ownAudiences = prototype.clientJwtAuthExpectedAudience;
  prototype.clientJwtAuthExpectedAudience = function entraAudience() {
    return this.ctx.state.entraTokenUrl ? new Set([this.ctx.state.entraTokenUrl]) : ownAudiences.call(this);
  };
}
