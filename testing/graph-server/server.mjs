// Local stand-ins for Microsoft Graph and Azure Resource Manager on loopback over HTTPS, sharing one directory. Tokens
// come from the local OIDC server (its keys, issuer and audiences); errors carry each API's documented body.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:https';
import { clientOf, createDirectory, GraphError, handleGraph, rolesOf, secretStatus } from './directory.mjs';
import { setDefaultAppManagementPolicy } from './app-policies.mjs';
import { ArmError, createResourceManager, handleResourceManager } from './resource-manager.mjs';
import { tokenChecker } from './tokens.mjs';
import { loopbackCertificate } from '../loopback-https.mjs';
import { MICROSOFT_ARM, MICROSOFT_ARM_V1, MICROSOFT_GRAPH } from '../local-apis.mjs';

/** What a browser may send: Graph and Resource Manager answer CORS requests from any origin. */
function cors(request, response) {
  response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
  response.setHeader('access-control-allow-headers', 'authorization, content-type, x-ms-client-request-id, client-request-id');
  response.setHeader('access-control-allow-methods', 'GET, POST, PATCH, PUT, DELETE');
  response.setHeader('access-control-expose-headers', 'request-id, client-request-id, x-ms-request-id');
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response, status, body) {
  response.statusCode = status;
  if (body === undefined) return response.end();
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/**
 * @param {{ issuer: string, graphPort: number, armPort: number }} options
 */
export async function startApiServers({ issuer, graphPort, armPort }) {
  const directory = createDirectory();
  const resourceManager = createResourceManager();
  const graphOrigin = `https://127.0.0.1:${graphPort}`;
  const armOrigin = `https://127.0.0.1:${armPort}`;
  // Tokens name the API by the address it was asked for: the loopback one, or Microsoft's that resolves here.
  const audiences = (...origins) => origins.flatMap((origin) => [origin, `${origin}/`]);
  const checkGraph = tokenChecker({ issuer, audiences: audiences(graphOrigin, MICROSOFT_GRAPH) });
  const checkArm = tokenChecker({ issuer, audiences: audiences(armOrigin, MICROSOFT_ARM, MICROSOFT_ARM_V1) });

  const graph = async (request, response) => {
    cors(request, response);
    if (request.method === 'OPTIONS') return send(response, 204);
    const url = new URL(request.url ?? '/', graphOrigin);
    const requestId = randomUUID();
    response.setHeader('request-id', requestId);
    const error = (status, code, message, details) =>
      send(response, status, {
        error: {
          code,
          message,
          ...(details ? { details } : {}),
          innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': requestId, 'client-request-id': requestId },
        },
      });
    // Test-only view of what changed, to check that a second run changes nothing.
    // For the local identity provider, which signs in the apps registered here as Entra does with its directory.
    const client = /^\/_stand-in\/clients\/([^/]+)$/.exec(url.pathname);
    if (client) {
      const metadata = clientOf(directory, decodeURIComponent(client[1] ?? ''));
      return metadata ? send(response, 200, metadata) : send(response, 404, { error: 'unknown client' });
    }
    // Whether a client secret (its SHA-256) is one of an app's current ones: the identity provider checks secrets here.
    if (url.pathname === '/_stand-in/secret') {
      const status = secretStatus(directory, url.searchParams.get('appId') ?? '', url.searchParams.get('sha256') ?? '');
      return status ? send(response, 200, { status }) : send(response, 404, { error: 'unknown client' });
    }
    // The service principal of an app: the object ID Entra puts in an app-only token's `oid`.
    if (url.pathname === '/_stand-in/service-principal') {
      const sp = directory.servicePrincipals.find((candidate) => candidate.appId === url.searchParams.get('appId'));
      return sp ? send(response, 200, { id: sp.id }) : send(response, 404, { error: 'no service principal' });
    }
    if (url.pathname === '/_stand-in/roles')
      return send(response, 200, { roles: rolesOf(directory, url.searchParams.get('client') ?? '', url.searchParams.get('api') ?? '') });
    // Test-only: sets the tenant default app management policy (PUT, the policy's changed properties) or restores it (DELETE).
    if (url.pathname === '/_stand-in/default-app-management-policy' && (request.method === 'PUT' || request.method === 'DELETE'))
      return send(response, 200, setDefaultAppManagementPolicy(directory, request.method === 'PUT' ? await readJson(request) : null));
    if (url.pathname === '/_stand-in/changes')
      return send(response, 200, {
        changes: directory.changes.filter(({ user }) => user === url.searchParams.get('user')).map(({ change }) => change),
      });
    const token = await checkGraph(request.headers.authorization);
    if (!token.ok) return error(401, 'InvalidAuthenticationToken', token.message);
    try {
      const result = handleGraph(directory, {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: await readJson(request),
        scopes: token.scopes,
        user: String(token.claims.sub),
      });
      return send(response, result.status, result.body);
    } catch (failure) {
      if (failure instanceof GraphError) return error(failure.status, failure.code, failure.message, failure.details);
      if (failure instanceof SyntaxError) return error(400, 'BadRequest', 'Unable to read JSON request payload.');
      throw failure;
    }
  };

  const arm = async (request, response) => {
    cors(request, response);
    if (request.method === 'OPTIONS') return send(response, 204);
    const url = new URL(request.url ?? '/', armOrigin);
    response.setHeader('x-ms-request-id', randomUUID());
    const token = await checkArm(request.headers.authorization);
    if (!token.ok) {
      response.setHeader(
        'www-authenticate',
        `Bearer authorization_uri="${issuer}", error="invalid_token", error_description="${token.message}"`,
      );
      return send(response, 401, {
        error: { code: 'InvalidAuthenticationToken', message: `The access token is invalid. ${token.message}` },
      });
    }
    // A user's token must carry the delegated user_impersonation; an app's (client credentials, managed identity) is
    // authorized by the role assignments of its service principal alone.
    const app = token.claims.idtyp === 'app';
    if (!app && !token.scopes.has('user_impersonation'))
      return send(response, 403, {
        error: { code: 'AuthorizationFailed', message: 'The access token does not carry user_impersonation.' },
      });
    try {
      const result = handleResourceManager(resourceManager, directory, {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: await readJson(request),
        user: app ? String(token.claims.oid ?? '') : String(token.claims.sub),
        client: app ? String(token.claims.appid ?? '') : String(token.claims.sub),
      });
      return send(response, result.status, result.body);
    } catch (failure) {
      if (failure instanceof ArmError) return send(response, failure.status, { error: { code: failure.code, message: failure.message } });
      if (failure instanceof SyntaxError)
        return send(response, 400, {
          error: { code: 'InvalidRequestContent', message: 'The request content was invalid and could not be deserialized.' },
        });
      throw failure;
    }
  };

  const { cert, key } = await loopbackCertificate();
  const servers = [
    [createServer({ cert, key }, graph), graphPort],
    [createServer({ cert, key }, arm), armPort],
  ];
  await Promise.all(servers.map(([server, port]) => new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)))));
  return {
    graphOrigin,
    armOrigin,
    certificate: cert,
    directory,
    close: () => Promise.all(servers.map(([server]) => new Promise((resolve) => server.close(resolve)))),
  };
}
