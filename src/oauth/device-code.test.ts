import { describe, expect, it, vi } from 'vitest';
import {
  deviceCodeEndpoints,
  nextInterval,
  OAuthError,
  pollDeviceToken,
  requestDeviceCode,
  TransportError,
  transportRetryDelay,
} from './device-code';

const endpoints = deviceCodeEndpoints('https://login.microsoftonline.com/', 'organizations');
const json = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

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
  it('turns an error answer into an OAuthError with the server text', async () => {
    await expect(
      requestDeviceCode(json(400, { error: 'invalid_client', error_description: 'AADSTS7000218: …' }), endpoints, {
        clientId: 'c',
        scope: 's',
      }),
    ).rejects.toMatchObject({ error: 'invalid_client', description: 'AADSTS7000218: …' });
  });
  it('turns a refused request (network or CORS) into a TransportError', async () => {
    const refused = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(requestDeviceCode(refused, endpoints, { clientId: 'c', scope: 's' })).rejects.toBeInstanceOf(TransportError);
  });
  it('refuses an answer that is not JSON', async () => {
    const html = vi.fn(async () => new Response('<html>', { status: 502 }));
    await expect(requestDeviceCode(html, endpoints, { clientId: 'c', scope: 's' })).rejects.toBeInstanceOf(OAuthError);
  });
});

describe('pollDeviceToken', () => {
  const poll = (status: number, body: unknown) => pollDeviceToken(json(status, body), endpoints, { clientId: 'c', deviceCode: 'DC' });
  it('reads every RFC 8628 answer', async () => {
    expect(await poll(400, { error: 'authorization_pending' })).toEqual({ kind: 'pending' });
    expect(await poll(400, { error: 'slow_down' })).toEqual({ kind: 'slow-down' });
    expect(await poll(400, { error: 'expired_token', error_description: 'AADSTS70019' })).toEqual({
      kind: 'failed',
      error: 'expired_token',
      description: 'AADSTS70019',
    });
    expect(await poll(400, { error: 'authorization_declined' })).toMatchObject({ kind: 'failed', error: 'authorization_declined' });
    expect(await poll(200, { access_token: 'AT', scope: 'User.Read', refresh_token: 'RT' })).toEqual({
      kind: 'success',
      tokens: { accessToken: 'AT', scope: 'User.Read', refreshToken: 'RT', idToken: undefined },
    });
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
