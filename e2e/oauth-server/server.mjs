// A real OAuth 2.0 / OpenID Connect server (panva's oidc-provider) standing in for Entra ID on loopback.
// It answers at Entra-shaped paths and translates them to the provider's own routes; login, consent,
// state, code issuance and redemption are all oidc-provider's, so the wizard meets a real protocol peer.
import Provider from 'oidc-provider';

export const TEST_CLIENT = {
  client_id: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
  client_secret: 'local-test-secret-value',
};

const ENTRA_PATH = /^\/([^/]+)\/oauth2\/(v2\.0\/)?(authorize|token)$/;
const ROUTES = { authorize: '/auth', token: '/token' };
const GRAPH = 'https://graph.microsoft.com';

/**
 * @param {{ port: number, redirectUris: string[] }} options
 * @returns {Promise<{ issuer: string, close: () => Promise<void> }>}
 */
export async function startOAuthServer({ port, redirectUris }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        ...TEST_CLIENT,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    cookies: { keys: ['local-oauth-server-cookie-key'] },
    // Entra lets a confidential (Web) client redeem a code without PKCE; so does this stand-in.
    pkce: { required: () => false },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Entra v2 scopes without a resource prefix belong to Microsoft Graph.
        defaultResource: () => GRAPH,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({
          scope: resource === GRAPH ? 'directory.accessasuser.all User.Read User.ReadWrite.All' : 'user_impersonation',
          audience: resource,
          accessTokenFormat: 'jwt',
        }),
      },
    },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: sub, preferred_username: sub }) }),
    ttl: { AuthorizationCode: 600 },
  });
  provider.proxy = false;

  // Translate Entra's tenant-scoped endpoints to the provider's own routes.
  provider.use(async (ctx, next) => {
    const match = ENTRA_PATH.exec(ctx.path);
    if (match) {
      const [, , v2, endpoint] = match;
      ctx.path = ROUTES[/** @type {'authorize' | 'token'} */ (endpoint)];
      // A v1 request names only a resource; Entra grants the app's configured delegated permission on it.
      if (!v2 && endpoint === 'authorize' && !ctx.query.scope) ctx.query = { ...ctx.query, scope: 'user_impersonation' };
    }
    await next();
  });

  const server = provider.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
