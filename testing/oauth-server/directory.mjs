// The local OIDC server's storage. Entra signs in the apps of its own directory; the local server does the same with
// the apps registered in the Graph stand-in (testing/graph-server): an app ID it does not know is looked up there, and an
// app-only token carries the application permissions granted there in `roles`.
import { createHash } from 'node:crypto';
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';
import { LOCAL_GRAPH, MICROSOFT_GRAPH } from '../local-apis.mjs';
import { getJson } from '../loopback-https.mjs';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const DEFENDER_APP_ID = 'fc780465-2017-40d4-a0c5-307022471b92';

/** A question to the Graph stand-in; when it is not running, the directory is empty. @param {string} path */
const standIn = (path) => getJson(`${LOCAL_GRAPH}${path}`);

/** The provider's storage, with clients it does not hold looked up in the directory. */
export class DirectoryAdapter extends MemoryAdapter {
  /** @param {string} name */
  constructor(name) {
    super(name);
    this.model = name;
  }

  /**
   * Entra answers an expired device code with expired_token; oidc-provider does so only while it still holds the code,
   * so codes are kept a minute past their expiry rather than dropped at the very moment they expire.
   * @param {string} id @param {object} payload @param {number} expiresIn
   */
  async upsert(id, payload, expiresIn) {
    return super.upsert(id, payload, this.model === 'DeviceCode' && typeof expiresIn === 'number' ? expiresIn + 60 : expiresIn);
  }

  /** @param {string} id */
  async find(id) {
    const found = await super.find(id);
    if (found || this.model !== 'Client') return found;
    return standIn(`/_stand-in/clients/${encodeURIComponent(id)}`);
  }
}

/** The object ID of an app's service principal in the directory, which Entra names in its app-only tokens (`oid`). */
export async function servicePrincipalOf(clientId) {
  const answer = await standIn(`/_stand-in/service-principal?appId=${encodeURIComponent(clientId)}`);
  return answer?.id;
}

/** The application permissions an app holds on the API a token is for (Microsoft Graph's stand-in only). */
/** The APIs whose application permissions app-only tokens carry, by audience: Microsoft Graph and Defender for Endpoint's. */
const API_OF_AUDIENCE = {
  [LOCAL_GRAPH]: GRAPH_APP_ID,
  [MICROSOFT_GRAPH]: GRAPH_APP_ID,
  'https://api.securitycenter.microsoft.com': DEFENDER_APP_ID,
  'https://api-gcc.securitycenter.microsoft.us': DEFENDER_APP_ID,
  'https://api-gov.securitycenter.microsoft.us': DEFENDER_APP_ID,
};

export async function rolesFor(clientId, audience) {
  const api = API_OF_AUDIENCE[audience];
  if (!api) return [];
  const answer = await standIn(`/_stand-in/roles?client=${encodeURIComponent(clientId)}&api=${api}`);
  return answer?.roles ?? [];
}

/**
 * How the directory takes a client secret for an app registered there (`valid`, `expired`, `wrong`), or undefined for
 * a client it does not hold. Only the secret's SHA-256 leaves this process.
 * @param {string} clientId @param {string} secret
 */
export async function secretStatusOf(clientId, secret) {
  const sha256 = createHash('sha256').update(secret).digest('hex');
  const answer = await standIn(`/_stand-in/secret?appId=${encodeURIComponent(clientId)}&sha256=${sha256}`);
  return answer?.status;
}
