import { withoutTrailingSlash } from './url';
/**
 * Device authorization grant (RFC 8628) against the Microsoft identity platform's v2 endpoints.
 * Plain functions over `fetch`; the polling schedule is data (see `nextInterval`), driven by the caller.
 */

import { OAuthError } from './oauth-error';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface DeviceCodeEndpoints {
  deviceAuthorization: string;
  token: string;
}

/** `{base}/{tenant}/oauth2/v2.0/devicecode` and `/token`; `base` is the login host or a CORS relay in front of it. */
export function deviceCodeEndpoints(base: string, tenant: string): DeviceCodeEndpoints {
  const root = `${withoutTrailingSlash(base)}/${encodeURIComponent(tenant)}/oauth2/v2.0`;
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

type Body = Record<string, unknown>;

/** A JSON answer: its status and top-level object. */
interface Answer {
  status: number;
  body: Body;
}

/**
 * Posts a form and reads a JSON object back. Refuses, with the library's code: no readable response (OAUTH_NETWORK,
 * a CORS refusal included), a body that is not JSON (OAUTH_RESPONSE_IS_NOT_JSON), JSON that is not an object
 * (OAUTH_INVALID_RESPONSE).
 */
async function postForm(fetchFn: typeof fetch, url: string, form: Record<string, string>, endpoint: string): Promise<Answer> {
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'POST', body: new URLSearchParams(form), credentials: 'omit', cache: 'no-store' });
  } catch (cause) {
    throw new OAuthError('OAUTH_NETWORK', `The ${endpoint} gave no readable response (network failure or CORS refusal).`, { cause });
  }
  const { status } = response;
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new OAuthError('OAUTH_RESPONSE_IS_NOT_JSON', `The ${endpoint} answered ${status} without a JSON body.`, { status, cause });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new OAuthError('OAUTH_INVALID_RESPONSE', `The ${endpoint} answered ${status} with JSON that is not an object.`, { status });
  }
  return { status, body: body as Body };
}

/**
 * The server's OAuth error (RFC 6749 §5.2), when the body has one: its `error`, `error_description` and the status.
 * An `error` (or `error_description`) that is not a string is no OAuth error: it throws OAUTH_INVALID_RESPONSE.
 */
function bodyError({ status, body }: Answer, endpoint: string): OAuthError | undefined {
  if (body.error === undefined) return undefined;
  if (typeof body.error !== 'string' || !body.error) throw invalid(endpoint, status, 'error', 'a non-empty string');
  if (body.error_description !== undefined && typeof body.error_description !== 'string')
    throw invalid(endpoint, status, 'error_description', 'a string');
  const description = body.error_description as string | undefined;
  return new OAuthError('OAUTH_RESPONSE_BODY_ERROR', description || body.error, { status, error: body.error, description });
}

function invalid(endpoint: string, status: number, field: string, expected: string, present = true): OAuthError {
  const problem = present ? `"${field}" that is not ${expected}` : `no "${field}"`;
  return new OAuthError('OAUTH_INVALID_RESPONSE', `The ${endpoint} answered ${status} with ${problem}.`, { status, field });
}

function notConform(endpoint: string, status: number): OAuthError {
  return new OAuthError('OAUTH_RESPONSE_IS_NOT_CONFORM', `The ${endpoint} answered ${status} without an OAuth error.`, { status });
}

/** Checks for required and optional fields of an answer; each refusal names the field. */
function fields(answer: Answer, endpoint: string) {
  const { status, body } = answer;
  const required = <T>(field: string, expected: string, accept: (value: unknown) => value is T): T => {
    const value = body[field];
    if (value === undefined) throw invalid(endpoint, status, field, expected, false);
    if (!accept(value)) throw invalid(endpoint, status, field, expected);
    return value;
  };
  const optional = <T>(field: string, expected: string, accept: (value: unknown) => value is T): T | undefined =>
    body[field] === undefined ? undefined : required(field, expected, accept);
  return { required, optional };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isPositiveNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
/** The verification URI is shown as a link: an https URL (http only on loopback), never javascript: or data:. */
const isWebUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
};

/** RFC 8628 §3.2: the interval when the server gives none. */
const DEFAULT_INTERVAL = 5;

const DEVICE_ENDPOINT = 'device authorization endpoint';
const TOKEN_ENDPOINT = 'token endpoint';

/**
 * Starts a device authorization (RFC 8628 §3.1–3.2). Throws an OAuthError: the server's refusal
 * (OAUTH_RESPONSE_BODY_ERROR, with its `error`, `error_description` and status), or an answer the library refuses,
 * e.g. OAUTH_INVALID_RESPONSE naming a required field that is missing or of the wrong type. Nothing is defaulted but
 * `interval`, which the RFC makes optional.
 */
export async function requestDeviceCode(
  fetchFn: typeof fetch,
  endpoints: DeviceCodeEndpoints,
  request: { clientId: string; scope: string },
  now = Date.now(),
): Promise<DeviceAuthorization> {
  const answer = await postForm(
    fetchFn,
    endpoints.deviceAuthorization,
    { client_id: request.clientId, scope: request.scope },
    DEVICE_ENDPOINT,
  );
  const refusal = bodyError(answer, DEVICE_ENDPOINT);
  if (refusal) throw refusal;
  if (answer.status !== 200) throw notConform(DEVICE_ENDPOINT, answer.status);
  const { required, optional } = fields(answer, DEVICE_ENDPOINT);
  const deviceCode = required('device_code', 'a non-empty string', isText);
  const userCode = required('user_code', 'a non-empty string', isText);
  const verificationUri = required('verification_uri', 'an https URL', isWebUrl);
  const expiresIn = required('expires_in', 'a positive number of seconds', isPositiveNumber);
  const interval = optional('interval', 'a positive number of seconds', isPositiveNumber) ?? DEFAULT_INTERVAL;
  const message = optional('message', 'a string', isString);
  return { deviceCode, userCode, verificationUri, expiresAt: now + expiresIn * 1000, interval, message: message || undefined };
}

export type PollOutcome =
  | { kind: 'pending' }
  | { kind: 'slow-down' }
  | { kind: 'success'; tokens: TokenSet }
  /** The server ended the grant (expired_token, access_denied, invalid_grant…): an OAUTH_RESPONSE_BODY_ERROR. */
  | { kind: 'failed'; error: OAuthError };

/**
 * One poll of the token endpoint (RFC 8628 §3.4–3.5). The server's answers are outcomes, its refusals included;
 * anything else throws an OAuthError: OAUTH_NETWORK when no readable answer came back (retry with backoff), or a
 * code for an answer the library refuses (not JSON, a token response without access_token…).
 */
export async function pollDeviceToken(
  fetchFn: typeof fetch,
  endpoints: DeviceCodeEndpoints,
  request: { clientId: string; deviceCode: string },
): Promise<PollOutcome> {
  const answer = await postForm(
    fetchFn,
    endpoints.token,
    { grant_type: DEVICE_CODE_GRANT, client_id: request.clientId, device_code: request.deviceCode },
    TOKEN_ENDPOINT,
  );
  const refusal = bodyError(answer, TOKEN_ENDPOINT);
  if (refusal?.error === 'authorization_pending') return { kind: 'pending' };
  if (refusal?.error === 'slow_down') return { kind: 'slow-down' };
  if (refusal) return { kind: 'failed', error: refusal };
  if (answer.status !== 200) throw notConform(TOKEN_ENDPOINT, answer.status);
  const { required, optional } = fields(answer, TOKEN_ENDPOINT);
  const accessToken = required('access_token', 'a non-empty string', isText);
  const scope = optional('scope', 'a string', isString) ?? '';
  const idToken = optional('id_token', 'a non-empty string', isText);
  const refreshToken = optional('refresh_token', 'a non-empty string', isText);
  return { kind: 'success', tokens: { accessToken, scope, idToken, refreshToken } };
}

/** RFC 8628 §3.5: on slow_down the interval grows by 5 seconds for this and every later poll. */
export function nextInterval(interval: number, outcome: PollOutcome): number {
  return outcome.kind === 'slow-down' ? interval + 5 : interval;
}

/** Backoff after a network failure (OAUTH_NETWORK) while polling: 2, 4, 8, 16, 30, 30… seconds. */
export function transportRetryDelay(attempt: number): number {
  return Math.min(30_000, 2000 * 2 ** attempt);
}
