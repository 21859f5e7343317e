// A real OAuth 2.0 / OpenID Connect server (panva's oidc-provider) standing in for Entra ID on loopback, over
// HTTPS like Entra (msal-browser refuses plain-http authorities). It answers at Entra-shaped paths and
// translates them to the provider's own routes; login, consent, state, PKCE, device codes, code issuance and
// redemption are all oidc-provider's, so the wizard meets a real protocol peer.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:https';
import Provider, { errors } from 'oidc-provider';
import { acceptEntraAudience, checkClientAssertion, explainSignatureFailure } from './client-assertion.mjs';
import { DirectoryAdapter, rolesFor, servicePrincipalOf } from './directory.mjs';
import { checkClientSecret } from './client-secret.mjs';
import { loopbackCertificate } from '../loopback-https.mjs';
import {
  AZURE_CLI_CLIENT_ID,
  AZURE_CLI_GRAPH_SCOPES,
  LOCAL_GRAPH,
  LOCAL_TENANT_ID,
  MICROSOFT_GRAPH,
  REGISTRAR_CLIENT_ID,
  REGISTRAR_GRAPH_SCOPES,
} from '../local-apis.mjs';

/** A confidential client with a Web redirect URI: what the product redeems codes for. */
export const TEST_CLIENT = {
  client_id: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
  client_secret: 'local-test-secret-value',
};
/** A public client with a single-page-application redirect URI: what the wizard's PKCE check signs in with. */
export const SPA_CLIENT_ID = '5d7e9f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a';
/** The same, but its resource grants no Directory.AccessAsUser.All: a permission that was never consented. */
export const LIMITED_SPA_CLIENT_ID = '6e8f0a2b-3c4d-4e5f-9a0b-1c2d3e4f5a6b';
/** Graph permissions the test apps are configured for: Graph User's, and Identity Protection's for device code. */
const GRAPH_PERMISSIONS = 'directory.accessasuser.all User.Read IdentityRiskEvent.Read.All IdentityRiskyUser.ReadWrite.All';
/** Public clients for device code; the second's codes expire after a few seconds, the third is told to slow down. */
export const DEVICE_CLIENT_ID = '7f9a1b3c-4d5e-4f6a-8b1c-2d3e4f5a6b7c';
export const EXPIRING_DEVICE_CLIENT_ID = '8a0b2c4d-5e6f-4a7b-9c2d-3e4f5a6b7c8d';
export const IMPATIENT_DEVICE_CLIENT_ID = '9b1c3d5e-6f7a-4b8c-8d3e-4f5a6b7c8d9e';

const ENTRA_PATH = /^\/([^/]+)\/oauth2\/(v2\.0\/)?(authorize|token|devicecode)$/;
const ADMIN_CONSENT_PATH = /^\/([^/]+)\/v2\.0\/adminconsent$/;
const ROUTES = { authorize: '/auth', token: '/token', devicecode: '/device/auth' };
const GRAPH = MICROSOFT_GRAPH;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/**
 * Entra names the resource inside the scopes ("https://graph.microsoft.com/User.Read", ".default"; unprefixed
 * scopes are Graph's); oidc-provider takes RFC 8707 `resource` indicators with bare scope names. Scopes of several
 * APIs are consented at once (as Entra does); a token is then asked for one of them.
 */
function toResourceIndicator(scope, explicitResource) {
  const scopes = scope.split(/\s+/).filter(Boolean);
  const apiScopes = scopes.filter((name) => !OIDC_SCOPES.has(name));
  if (!apiScopes.length && !explicitResource) return undefined;
  const resourceOf = (name) => (name.includes('://') ? name.slice(0, name.lastIndexOf('/')).replace(/\/+$/, '') : GRAPH);
  const resources = explicitResource ? [explicitResource.replace(/\/+$/, '')] : [...new Set(apiScopes.map(resourceOf))];
  const names = scopes.map((name) => (OIDC_SCOPES.has(name) ? name : name.slice(name.lastIndexOf('/') + 1)));
  return { resource: resources.length === 1 ? resources[0] : resources, scope: names.join(' ') };
}

/** The delegated permissions each app is configured (and consented) for on each API; ".default" asks for all of it. */
function configuredScopes(resource, clientId) {
  if (resource !== GRAPH && resource !== LOCAL_GRAPH) return 'user_impersonation';
  if (clientId === AZURE_CLI_CLIENT_ID) return AZURE_CLI_GRAPH_SCOPES.join(' ');
  if (clientId === REGISTRAR_CLIENT_ID) return [...REGISTRAR_GRAPH_SCOPES, 'Application.Read.All'].join(' ');
  if (clientId === LIMITED_SPA_CLIENT_ID) return 'User.Read';
  // The stand-in's Graph at its loopback address serves registrations; Graph User's test apps sign in for its own.
  return resource === LOCAL_GRAPH ? [...REGISTRAR_GRAPH_SCOPES, 'Application.Read.All'].join(' ') : GRAPH_PERMISSIONS;
}

/** Advertised polling interval (seconds); short so the tests do not idle. */
const DEVICE_INTERVAL = 1;

/**
 * @param {{ port: number, redirectUris: string[], corsOrigins: string[] }} options
 *   corsOrigins: origins allowed to call the token and device endpoints from a browser (Entra allows none for
 *   device code, and only SPA redirect URIs' origins for the token endpoint).
 */
export async function startOAuthServer({ port, redirectUris, corsOrigins }) {
  const issuer = `https://127.0.0.1:${port}`;
  const spa = (client_id) => ({
    client_id,
    application_type: 'web',
    token_endpoint_auth_method: 'none',
    redirect_uris: redirectUris,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });
  const device = (client_id) => ({
    client_id,
    token_endpoint_auth_method: 'none',
    redirect_uris: [],
    grant_types: [DEVICE_GRANT, 'refresh_token'],
    response_types: [],
  });
  const provider = new Provider(issuer, {
    clients: [
      {
        ...TEST_CLIENT,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
      spa(SPA_CLIENT_ID),
      spa(LIMITED_SPA_CLIENT_ID),
      spa(REGISTRAR_CLIENT_ID),
      device(AZURE_CLI_CLIENT_ID),
      device(DEVICE_CLIENT_ID),
      device(EXPIRING_DEVICE_CLIENT_ID),
      device(IMPATIENT_DEVICE_CLIENT_ID),
    ],
    cookies: { keys: ['local-oauth-server-cookie-key'] },
    // Apps registered in the Graph stand-in sign in here, as Entra's do.
    adapter: DirectoryAdapter,
    // Entra lets a confidential (Web) client redeem a code without PKCE; public clients must use it.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    clientBasedCORS: (_ctx, origin) => corsOrigins.includes(origin),
    features: {
      devInteractions: { enabled: true },
      deviceFlow: { enabled: true },
      clientCredentials: { enabled: true },
      // RFC 7591: tests register an app with its certificate (JWKS with x5c), as an admin uploads one in the portal.
      // Application IDs are GUIDs, as Entra's.
      registration: { enabled: true, idFactory: () => randomUUID() },
      resourceIndicators: {
        enabled: true,
        // Entra v2 scopes without a resource prefix belong to Microsoft Graph.
        defaultResource: () => GRAPH,
        useGrantedResource: () => true,
        // What each app is configured (and consented) for on each resource; ".default" asks for all of it.
        getResourceServerInfo: (_ctx, resource, client) => ({
          scope: `.default ${configuredScopes(resource, client.clientId)}`,
          audience: resource,
          accessTokenFormat: 'jwt',
        }),
      },
    },
    // Entra's access tokens name the tenant and the user (Azure CLI reads `tid` when Cloud Shell signs it in).
    // A ".default" request gets every permission the app is configured for, listed in `scp` as Entra does.
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' && token.kind !== 'ClientCredentials') return undefined;
      const scopes = String(token.scope ?? '').split(' ');
      const audience = token.resourceServer?.audience;
      // App-only tokens carry the application permissions granted to the app (admin consent) in `roles`.
      const roles = token.kind === 'ClientCredentials' && typeof audience === 'string' ? await rolesFor(token.clientId, audience) : [];
      // An app-only token names the app's service principal (`oid`) and says it is an app's (`idtyp`), as Entra's do:
      // Resource Manager authorizes that principal by its role assignments.
      const servicePrincipal = token.kind === 'ClientCredentials' ? await servicePrincipalOf(token.clientId) : undefined;
      return {
        ...(roles.length ? { roles } : {}),
        ...(token.kind === 'ClientCredentials'
          ? { idtyp: 'app', appid: token.clientId, ...(servicePrincipal ? { oid: servicePrincipal } : {}) }
          : {}),
        tid: LOCAL_TENANT_ID,
        ...(token.accountId ? { oid: token.accountId, unique_name: token.accountId } : {}),
        ...(token.accountId && scopes.includes('.default') && typeof audience === 'string'
          ? { scp: configuredScopes(audience, token.clientId) }
          : {}),
      };
    },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: sub, preferred_username: sub, tid: 'local-tenant' }) }),
    claims: { profile: ['name', 'preferred_username', 'tid'] },
    ttl: { AuthorizationCode: 600, DeviceCode: (_ctx, token) => (token.clientId === EXPIRING_DEVICE_CLIENT_ID ? 3 : 600) },
  });

  acceptEntraAudience(provider);
  const lastPoll = new Map();
  provider.use(async (ctx, next) => {
    const entraUrl = `${issuer}${ctx.path}`;
    // Entra's v2 admin consent, which oidc-provider has no counterpart for: its own page, against the registered clients.
    const adminConsent = ADMIN_CONSENT_PATH.exec(ctx.path);
    if (adminConsent && ctx.method === 'GET') return showAdminConsent(ctx, provider, adminConsent[1] ?? '');
    if (ctx.path === '/adminconsent/decision' && ctx.method === 'POST') return decideAdminConsent(ctx);
    // Translate Entra's tenant-scoped endpoints to the provider's own routes.
    const match = ENTRA_PATH.exec(ctx.path);
    if (match) {
      const [, , v2, endpoint] = match;
      ctx.path = ROUTES[/** @type {'authorize' | 'token' | 'devicecode'} */ (endpoint)];
      if (endpoint === 'authorize') {
        // A v1 request names only a resource; Entra grants the app's configured delegated permission on it.
        const scope = !v2 && !ctx.query.scope ? 'user_impersonation' : String(ctx.query.scope ?? '');
        const indicator = toResourceIndicator(scope, ctx.query.resource ? String(ctx.query.resource) : undefined);
        if (indicator) ctx.query = { ...ctx.query, ...indicator };
        // oidc-provider honours offline_access only with prompt=consent (OpenID Connect Core); Entra issues a refresh
        // token without it.
        // Entra's select_account shows its account picker; oidc-provider has no such prompt, and its login page is the
        // nearest thing.
        const prompts = new Set(
          String(ctx.query.prompt ?? '')
            .split(' ')
            .filter(Boolean)
            .map((prompt) => (prompt === 'select_account' ? 'login' : prompt)),
        );
        if (/\boffline_access\b/.test(String(ctx.query.scope ?? '')) && !prompts.has('none')) prompts.add('consent');
        if (prompts.size) ctx.query = { ...ctx.query, prompt: [...prompts].join(' ') };
      }
      if (endpoint === 'devicecode' && ctx.method === 'POST') {
        const form = await readForm(ctx);
        const indicator = toResourceIndicator(form.get('scope') ?? '');
        if (indicator) ctx.request.body = { ...ctx.request.body, ...indicator };
      }
    }
    // RFC 8628 §3.5: a client polling faster than allowed is told to slow down. The impatient client is
    // advertised a 1 s interval but held to 3 s, as a busy server may do.
    if (ctx.path === '/token' && ctx.method === 'POST') {
      const body = await readForm(ctx);
      if (!(await checkClientAssertion(ctx, provider, body, entraUrl))) return;
      if (!(await checkClientSecret(ctx, provider, body))) return;
      // A token is for one API: the one its scopes name, as Entra reads them.
      if (['authorization_code', 'refresh_token'].includes(body.get('grant_type') ?? '') && !body.get('resource')) {
        const indicator = toResourceIndicator(body.get('scope') ?? '');
        if (indicator && typeof indicator.resource === 'string') ctx.request.body = { ...ctx.request.body, ...indicator };
      }
      if (body.get('grant_type') === 'client_credentials') {
        const indicator = toResourceIndicator(body.get('scope') ?? '', body.get('resource') ?? undefined);
        if (indicator) ctx.request.body = { ...ctx.request.body, ...indicator };
      }
      if (body.get('grant_type') === DEVICE_GRANT) {
        const code = body.get('device_code') ?? '';
        const minimum = body.get('client_id') === IMPATIENT_DEVICE_CLIENT_ID ? 3000 : DEVICE_INTERVAL * 1000 - 200;
        const previous = lastPoll.get(code);
        lastPoll.set(code, Date.now());
        if (previous && Date.now() - previous < minimum) {
          ctx.status = 400;
          ctx.body = { error: 'slow_down', error_description: new errors.SlowDown().error_description };
          applyCors(ctx, corsOrigins);
          return;
        }
      }
    }
    await next();
    if (ctx.path === '/token') explainSignatureFailure(ctx);
    if (ctx.path === '/device/auth' && ctx.body && typeof ctx.body === 'object') ctx.body = { ...ctx.body, interval: DEVICE_INTERVAL };
  });

  const { cert, key } = await loopbackCertificate();
  const server = createServer({ cert, key }, provider.callback());
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Admin consent checks what Entra checks before showing its page: a known app, a redirect URI registered for it (else
 * an error page, never a redirect), and a `{resource}/.default` scope (else the error goes back to the app).
 */
async function showAdminConsent(ctx, provider, tenant) {
  const {
    client_id: clientId = '',
    redirect_uri: redirectUri = '',
    scope = '',
    state = '',
  } = /** @type {Record<string, string>} */ (ctx.query);
  const client = await provider.Client.find(String(clientId));
  if (!client) return errorPage(ctx, `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.`);
  if (!client.redirectUris?.includes(String(redirectUri)))
    return errorPage(
      ctx,
      `AADSTS50011: The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application.`,
    );
  if (!String(scope).endsWith('/.default'))
    return redirectTo(ctx, String(redirectUri), {
      error: 'invalid_request',
      error_description: 'AADSTS70011: The provided request must include a scope of the form {resource}/.default.',
      state: String(state),
    });
  const hidden = Object.entries({ tenant, redirect_uri: redirectUri, scope, state })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(String(value))}">`)
    .join('');
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><title>Permissions requested</title></head><body><main>
<h1>Permissions requested: accept for your organization</h1>
<p>${escapeHtml(client.clientId)} asks for ${escapeHtml(String(scope))} for every user of ${escapeHtml(tenant)}.</p>
<form method="post" action="/adminconsent/decision">${hidden}
<button type="submit" name="decision" value="accept">Accept</button>
<button type="submit" name="decision" value="cancel">Cancel</button></form></main></body></html>`;
}

async function decideAdminConsent(ctx) {
  const form = await readForm(ctx);
  const back = { state: form.get('state') ?? '' };
  if (form.get('decision') === 'accept')
    return redirectTo(ctx, form.get('redirect_uri') ?? '', {
      admin_consent: 'True',
      tenant: form.get('tenant') ?? '',
      scope: form.get('scope') ?? '',
      ...back,
    });
  return redirectTo(ctx, form.get('redirect_uri') ?? '', {
    error: 'access_denied',
    error_subcode: 'cancel',
    error_description: 'AADSTS65004: User declined to consent to access the app.',
    ...back,
  });
}

function redirectTo(ctx, redirectUri, params) {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  ctx.redirect(url.href);
}

function errorPage(ctx, message) {
  ctx.status = 400;
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><title>Sign in error</title></head><body><main><h1>Sorry, but we're having trouble signing you in.</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Reads the form body; oidc-provider then takes the parsed `ctx.request.body` (it supports an upstream parser,
 * and says so once on the console).
 */
async function readForm(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  ctx.request.body = Object.fromEntries(form);
  return form;
}

function applyCors(ctx, corsOrigins) {
  const origin = ctx.get('origin');
  if (corsOrigins.includes(origin)) ctx.set('access-control-allow-origin', origin);
}
