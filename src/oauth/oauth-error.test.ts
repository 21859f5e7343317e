import { describe, expect, it } from 'vitest';
import { isOAuthError, OAuthError } from './oauth-error';

describe('OAuthError', () => {
  it("keeps the library's code apart from the server's error, its description and the HTTP status", () => {
    const cause = new Error('body');
    const error = new OAuthError('OAUTH_RESPONSE_BODY_ERROR', 'AADSTS70000: …', {
      status: 400,
      error: 'invalid_grant',
      description: 'AADSTS70000: …',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'OAuthError',
      code: 'OAUTH_RESPONSE_BODY_ERROR',
      error: 'invalid_grant',
      description: 'AADSTS70000: …',
      status: 400,
      field: undefined,
    });
    expect(error.cause).toBe(cause);
  });
  it('is told apart by its code, never by its message', () => {
    const network = new OAuthError('OAUTH_NETWORK', 'OAUTH_RESPONSE_IS_NOT_JSON');
    expect(isOAuthError(network)).toBe(true);
    expect(isOAuthError(network, 'OAUTH_NETWORK')).toBe(true);
    expect(isOAuthError(network, 'OAUTH_RESPONSE_IS_NOT_JSON')).toBe(false);
    expect(isOAuthError(network, 'OAUTH_INVALID_RESPONSE', 'OAUTH_NETWORK')).toBe(true);
    expect(isOAuthError(Object.assign(new Error('x'), { code: 'OAUTH_NETWORK' }), 'OAUTH_NETWORK')).toBe(false);
    expect(isOAuthError(null)).toBe(false);
  });
});
