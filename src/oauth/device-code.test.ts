import { describe, expect, it, vi } from 'vitest';
import { deviceCodeEndpoints, nextInterval, pollDeviceToken, requestDeviceCode, transportRetryDelay } from './device-code';
import { OAuthError } from './oauth-error';

const endpoints = deviceCodeEndpoints('https://login.microsoftonline.com/', 'organizations');
const json = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }));
const refused = () =>
  vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
const html = (status: number) => vi.fn(async () => new Response('<html><body>Bad gateway</body></html>', { status }));
/** The OAuthError a promise rejects with; fails the test when it resolves or rejects with anything else. */
async function refusal(promise: Promise<unknown>): Promise<OAuthError> {
  const error: unknown = await promise.then(
    (value) => expect.unreachable(`resolved with ${JSON.stringify(value)}`),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(OAuthError);
  return error as OAuthError;
}
const VALID_DEVICE_ANSWER = {
  device_code: 'DC',
  user_code: 'ABCD-EFGH',
  verification_uri: 'https://microsoft.com/devicelogin',
  expires_in: 900,
  interval: 5,
  message: 'To sign in…',
};
const start = (fetchFn: typeof fetch) => requestDeviceCode(fetchFn, endpoints, { clientId: 'c', scope: 's' }, 1000);

describe('deviceCodeEndpoints', () => {
  it("uses the cloud's v2 device and token endpoints", () => {
    expect(endpoints).toEqual({
      deviceAuthorization: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode',
      token: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
    });
  });
});

describe('requestDeviceCode', () => {
  it('posts client_id and scope, and reads the answer', async () => {
    const fetchFn = json(200, {
      device_code: 'DC',
      user_code: 'ABCD-EFGH',
      verification_uri: 'https://microsoft.com/devicelogin',
      expires_in: 900,
      interval: 5,
      message: 'To sign in…',
    });
    const result = await requestDeviceCode(
      fetchFn,
      endpoints,
      { clientId: 'cid', scope: 'https://graph.microsoft.com/.default offline_access' },
      1000,
    );
    expect(result).toEqual({
      deviceCode: 'DC',
      userCode: 'ABCD-EFGH',
      verificationUri: 'https://microsoft.com/devicelogin',
      expiresAt: 901_000,
      interval: 5,
      message: 'To sign in…',
    });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(endpoints.deviceAuthorization);
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({
      client_id: 'cid',
      scope: 'https://graph.microsoft.com/.default offline_access',
    });
    expect(init.credentials).toBe('omit');
  });
  it('refuses a server error with the library code, keeping the server error, its description and the status', async () => {
    const error = await refusal(start(json(400, { error: 'invalid_client', error_description: 'AADSTS7000218: …' })));
    expect(error).toMatchObject({
      code: 'OAUTH_RESPONSE_BODY_ERROR',
      error: 'invalid_client',
      description: 'AADSTS7000218: …',
      status: 400,
      message: 'AADSTS7000218: …',
    });
  });
  it('refuses a refused request (network or CORS) with OAUTH_NETWORK, and no status or server error', async () => {
    const error = await refusal(start(refused()));
    expect(error).toMatchObject({ code: 'OAUTH_NETWORK', status: undefined, error: undefined });
    expect(error.cause).toBeInstanceOf(TypeError);
  });
  it('refuses an answer that is not JSON with OAUTH_RESPONSE_IS_NOT_JSON and the status', async () => {
    const error = await refusal(start(html(502)));
    expect(error).toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_JSON', status: 502, error: undefined });
    expect(error.message).toContain('502');
  });
  it('refuses JSON that is not an object', async () => {
    for (const body of [null, ['device_code'], 'DC', 42])
      expect(await refusal(start(json(200, body)))).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', status: 200, field: undefined });
  });
  it('refuses a non-200 answer without an OAuth error', async () => {
    expect(await refusal(start(json(500, { oops: true })))).toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_CONFORM', status: 500 });
    // Even with every field of a grant: only 200 carries one.
    expect(await refusal(start(json(201, VALID_DEVICE_ANSWER)))).toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_CONFORM', status: 201 });
  });
  it.each(['device_code', 'user_code', 'verification_uri', 'expires_in'])('refuses an answer without %s, naming it', async (field) => {
    const body: Record<string, unknown> = { ...VALID_DEVICE_ANSWER };
    delete body[field];
    const error = await refusal(start(json(200, body)));
    expect(error).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', field, status: 200, error: undefined });
    expect(error.message).toContain(`"${field}"`);
  });
  it.each([
    ['device_code', 42],
    ['device_code', ''],
    ['user_code', { code: 'ABCD' }],
    ['verification_uri', 7],
    ['verification_uri', 'not a url'],
    ['verification_uri', 'javascript:alert(1)'],
    ['verification_uri', 'http://microsoft.com/devicelogin'],
    ['expires_in', '900'],
    ['expires_in', 0],
    ['expires_in', null],
    ['interval', '5'],
    ['interval', -1],
    ['message', 12],
  ])('refuses %s = %j, naming it', async (field, value) => {
    const error = await refusal(start(json(200, { ...VALID_DEVICE_ANSWER, [field]: value })));
    expect(error).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', field });
  });
  it('does not take the v1 verification_url for the verification_uri', async () => {
    const { verification_uri, ...rest } = VALID_DEVICE_ANSWER;
    const error = await refusal(start(json(200, { ...rest, verification_url: verification_uri })));
    expect(error).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', field: 'verification_uri' });
  });
  it('defaults only the optional interval, to 5 seconds (RFC 8628 §3.2), and the optional message', async () => {
    const { device_code, user_code, verification_uri } = VALID_DEVICE_ANSWER;
    expect(await start(json(200, { device_code, user_code, verification_uri, expires_in: 600 }))).toEqual({
      deviceCode: 'DC',
      userCode: 'ABCD-EFGH',
      verificationUri: 'https://microsoft.com/devicelogin',
      expiresAt: 601_000,
      interval: 5,
      message: undefined,
    });
    expect((await start(json(200, { ...VALID_DEVICE_ANSWER, interval: 2 }))).interval).toBe(2);
  });
  it('accepts an http verification page on loopback only (a local test server)', async () => {
    const local = await start(json(200, { ...VALID_DEVICE_ANSWER, verification_uri: 'http://127.0.0.1:9400/device' }));
    expect(local.verificationUri).toBe('http://127.0.0.1:9400/device');
  });
});

describe('pollDeviceToken', () => {
  const poll = (status: number, body: unknown) => pollDeviceToken(json(status, body), endpoints, { clientId: 'c', deviceCode: 'DC' });
  it('reads every RFC 8628 answer', async () => {
    expect(await poll(400, { error: 'authorization_pending' })).toEqual({ kind: 'pending' });
    expect(await poll(400, { error: 'slow_down' })).toEqual({ kind: 'slow-down' });
    expect(await poll(400, { error: 'expired_token', error_description: 'AADSTS70019' })).toEqual({
      kind: 'failed',
      error: expect.objectContaining({
        code: 'OAUTH_RESPONSE_BODY_ERROR',
        error: 'expired_token',
        description: 'AADSTS70019',
        status: 400,
      }),
    });
    expect(await poll(400, { error: 'authorization_declined' })).toMatchObject({
      kind: 'failed',
      error: { code: 'OAUTH_RESPONSE_BODY_ERROR', error: 'authorization_declined', description: undefined, status: 400 },
    });
    expect(await poll(200, { access_token: 'AT', scope: 'User.Read', refresh_token: 'RT' })).toEqual({
      kind: 'success',
      tokens: { accessToken: 'AT', scope: 'User.Read', refreshToken: 'RT', idToken: undefined },
    });
  });
  it('keeps the server error, its description and the status of a refused grant', async () => {
    const outcome = await poll(400, { error: 'invalid_grant', error_description: 'AADSTS70000: The provided value…' });
    if (outcome.kind !== 'failed') return expect.unreachable(`outcome ${outcome.kind}`);
    expect(outcome.error).toBeInstanceOf(OAuthError);
    expect(outcome.error).toMatchObject({
      code: 'OAUTH_RESPONSE_BODY_ERROR',
      error: 'invalid_grant',
      description: 'AADSTS70000: The provided value…',
      status: 400,
    });
    expect(await poll(401, { error: 'invalid_client' })).toMatchObject({
      kind: 'failed',
      error: { code: 'OAUTH_RESPONSE_BODY_ERROR', error: 'invalid_client', status: 401 },
    });
  });
  it('throws OAUTH_NETWORK when no readable answer came back, for the caller to retry', async () => {
    const error = await refusal(pollDeviceToken(refused(), endpoints, { clientId: 'c', deviceCode: 'DC' }));
    expect(error.code).toBe('OAUTH_NETWORK');
  });
  it('throws OAUTH_RESPONSE_IS_NOT_JSON with the status for a body that is not JSON', async () => {
    const error = await refusal(pollDeviceToken(html(504), endpoints, { clientId: 'c', deviceCode: 'DC' }));
    expect(error).toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_JSON', status: 504, error: undefined, description: undefined });
  });
  it('refuses a token response without an access_token, or with a field of the wrong type', async () => {
    expect(await refusal(poll(200, { token_type: 'Bearer', scope: 'User.Read' }))).toMatchObject({
      code: 'OAUTH_INVALID_RESPONSE',
      field: 'access_token',
      status: 200,
    });
    expect(await refusal(poll(200, { access_token: 'AT', scope: ['User.Read'] }))).toMatchObject({
      code: 'OAUTH_INVALID_RESPONSE',
      field: 'scope',
    });
    expect(await refusal(poll(400, { error: 42 }))).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', field: 'error', status: 400 });
    expect(await refusal(poll(400, { error: 'invalid_grant', error_description: ['AADSTS70000'] }))).toMatchObject({
      code: 'OAUTH_INVALID_RESPONSE',
      field: 'error_description',
    });
    expect(await refusal(poll(502, { message: 'Bad gateway' }))).toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_CONFORM', status: 502 });
  });
  it('sends the device-code grant and never a client secret', async () => {
    const fetchFn = json(400, { error: 'authorization_pending' });
    await pollDeviceToken(fetchFn, endpoints, { clientId: 'c', deviceCode: 'DC' });
    const form = Object.fromEntries((fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1].body as URLSearchParams);
    expect(form).toEqual({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: 'c', device_code: 'DC' });
  });
});

describe('polling schedule', () => {
  it('adds 5 seconds on slow_down and keeps it', () => {
    let interval = 5;
    interval = nextInterval(interval, { kind: 'slow-down' });
    interval = nextInterval(interval, { kind: 'pending' });
    interval = nextInterval(interval, { kind: 'slow-down' });
    expect(interval).toBe(15);
  });
  it('backs off exponentially after network failures, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5].map(transportRetryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
