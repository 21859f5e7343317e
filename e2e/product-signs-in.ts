import type { APIRequestContext } from '@playwright/test';
import { LOCAL_GRAPH, LOCAL_TENANT_ID } from './local-apis.mjs';
import { OAUTH_ORIGIN } from './fixtures';

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
