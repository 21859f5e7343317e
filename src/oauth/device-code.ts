/**
 * Device authorization grant (RFC 8628) against the Microsoft identity platform's v2 endpoints.
 * Plain functions over `fetch`; the polling schedule is data (see `nextPollDelay`), driven by the caller.
 */

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface DeviceCodeEndpoints {
  deviceAuthorization: string;
  token: string;
}

/** `{base}/{tenant}/oauth2/v2.0/devicecode` and `/token`; `base` is the login host or a CORS relay in front of it. */
export function deviceCodeEndpoints(base: string, tenant: string): DeviceCodeEndpoints {
  const root = `${base.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0`;
  return { deviceAuthorization: `${root}/devicecode`, token: `${root}/token` };
}

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  expiresAt: number;
  /** Seconds between polls, as the server asks. */
  interval: number;
  message?: string;
}

export interface TokenSet {
  accessToken: string;
  scope: string;
  idToken?: string;
  refreshToken?: string;
}

/** The server answered with an OAuth error. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description || error);
    this.name = 'OAuthError';
  }
}

/**
 * The request never got a readable answer: offline, DNS, TLS — or a CORS refusal, which a page cannot tell
 * apart from a network failure (the browser hides the response).
 */
export class TransportError extends Error {
  constructor(readonly cause: unknown) {
    super('The request got no readable response (network failure or CORS refusal).');
    this.name = 'TransportError';
  }
}

async function postForm(
  fetchFn: typeof fetch,
  url: string,
  form: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'POST', body: new URLSearchParams(form), credentials: 'omit', cache: 'no-store' });
  } catch (cause) {
    throw new TransportError(cause);
  }
  let body: Record<string, unknown>;
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    throw new OAuthError('invalid_response', `The server answered ${response.status} without a JSON body.`);
  }
  return { status: response.status, body };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function requestDeviceCode(
  fetchFn: typeof fetch,
  endpoints: DeviceCodeEndpoints,
  request: { clientId: string; scope: string },
  now = Date.now(),
): Promise<DeviceAuthorization> {
  const { status, body } = await postForm(fetchFn, endpoints.deviceAuthorization, { client_id: request.clientId, scope: request.scope });
  if (status !== 200 || typeof body.device_code !== 'string' || typeof body.user_code !== 'string') {
    throw new OAuthError(
      text(body.error) || 'invalid_response',
      text(body.error_description) || `Unexpected answer (${status}) from the device authorization endpoint.`,
    );
  }
  const expiresIn = Number(body.expires_in) || 900;
  return {
    deviceCode: body.device_code,
    userCode: body.user_code,
    verificationUri: text(body.verification_uri) || text(body.verification_url),
    expiresAt: now + expiresIn * 1000,
    interval: Number(body.interval) || 5,
    message: text(body.message) || undefined,
  };
}

export type PollOutcome =
  | { kind: 'pending' }
  | { kind: 'slow-down' }
  | { kind: 'success'; tokens: TokenSet }
  | { kind: 'failed'; error: string; description: string };

/** One poll of the token endpoint. Throws TransportError when no readable answer came back (retry with backoff). */
export async function pollDeviceToken(
  fetchFn: typeof fetch,
  endpoints: DeviceCodeEndpoints,
  request: { clientId: string; deviceCode: string },
): Promise<PollOutcome> {
  const { status, body } = await postForm(fetchFn, endpoints.token, {
    grant_type: DEVICE_CODE_GRANT,
    client_id: request.clientId,
    device_code: request.deviceCode,
  });
  if (status === 200 && typeof body.access_token === 'string') {
    return {
      kind: 'success',
      tokens: {
        accessToken: body.access_token,
        scope: text(body.scope),
        idToken: text(body.id_token) || undefined,
        refreshToken: text(body.refresh_token) || undefined,
      },
    };
  }
  const error = text(body.error) || 'invalid_response';
  if (error === 'authorization_pending') return { kind: 'pending' };
  if (error === 'slow_down') return { kind: 'slow-down' };
  return { kind: 'failed', error, description: text(body.error_description) };
}

/** RFC 8628 §3.5: on slow_down the interval grows by 5 seconds for this and every later poll. */
export function nextInterval(interval: number, outcome: PollOutcome): number {
  return outcome.kind === 'slow-down' ? interval + 5 : interval;
}

/** Backoff after a network failure while polling: 2, 4, 8, 16, 30, 30… seconds. */
export function transportRetryDelay(attempt: number): number {
  return Math.min(30_000, 2000 * 2 ** attempt);
}
