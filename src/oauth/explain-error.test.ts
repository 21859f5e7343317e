import { describe, expect, it } from 'vitest';
import { AADSTS_ERRORS, PROTOCOL_ERRORS } from '../catalog/errors';
import { aadstsCode, explainError, explainOAuthError } from './explain-error';
import { OAUTH_ERROR_CODES, OAuthError } from './oauth-error';

describe('error catalog', () => {
  it('covers at least 40 AADSTS codes, each with a meaning and a fix', () => {
    const codes = Object.keys(AADSTS_ERRORS);
    expect(codes.length).toBeGreaterThanOrEqual(40);
    for (const code of codes) {
      expect(code).toMatch(/^\d{5,7}$/);
      expect(AADSTS_ERRORS[code]?.meaning.length).toBeGreaterThan(10);
      expect(AADSTS_ERRORS[code]?.fix.length).toBeGreaterThan(10);
    }
  });
  it('covers the device-code protocol errors of RFC 8628', () => {
    for (const error of [
      'authorization_pending',
      'slow_down',
      'expired_token',
      'access_denied',
      'authorization_declined',
      'bad_verification_code',
    ]) {
      expect(PROTOCOL_ERRORS[error]).toBeDefined();
    }
  });
});

describe('explainError', () => {
  it('explains AADSTS50011 with where to add the redirect URI and links the cloud error page', () => {
    const explanation = explainError(
      'invalid_request',
      "AADSTS50011: The redirect URI 'https://x/' specified in the request does not match",
      'https://login.microsoftonline.us',
    );
    expect(explanation).toMatchObject({ code: 'AADSTS50011', known: true, lookup: 'https://login.microsoftonline.us/error?code=50011' });
    expect(explanation.fix).toContain('Authentication');
  });
  it('explains the SPA-only cross-origin redemption in the words admins need', () => {
    expect(
      explainError(
        'invalid_request',
        'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type.',
      ).fix,
    ).toContain('Single-page application');
  });
  it('says to enable public client flows for AADSTS7000218', () => {
    expect(explainError('invalid_client', 'AADSTS7000218: The request body must contain client_assertion or client_secret').fix).toContain(
      'Allow public client flows',
    );
  });
  it('falls back to the protocol error, then to the raw text with a lookup link', () => {
    expect(explainError('access_denied', 'End-User aborted interaction')).toMatchObject({ code: 'access_denied', known: true });
    const unknown = explainError('invalid_request', 'AADSTS1234567: Something new', 'https://login.microsoftonline.com');
    expect(unknown).toMatchObject({
      code: 'AADSTS1234567',
      known: false,
      meaning: 'AADSTS1234567: Something new',
      lookup: 'https://login.microsoftonline.com/error?code=1234567',
    });
  });
  it('finds the code anywhere in a description', () => {
    expect(aadstsCode('Trace ID: x AADSTS65001: consent')).toBe('65001');
    expect(aadstsCode('no code here')).toBeUndefined();
  });
});

describe('explainOAuthError', () => {
  it("explains the server's refusal by its AADSTS number, as explainError does", () => {
    const refusal = new OAuthError('OAUTH_RESPONSE_BODY_ERROR', 'AADSTS7000218: …', {
      status: 401,
      error: 'invalid_client',
      description: 'AADSTS7000218: The request body must contain client_assertion or client_secret',
    });
    const explanation = explainOAuthError(refusal, 'https://login.microsoftonline.com');
    expect(explanation).toMatchObject({
      code: 'AADSTS7000218',
      known: true,
      lookup: 'https://login.microsoftonline.com/error?code=7000218',
    });
    expect(explanation.fix).toContain('Allow public client flows');
  });
  it("explains the library's own refusals by their code, with the message as the meaning and a fix for each code", () => {
    for (const code of OAUTH_ERROR_CODES.filter((code) => code !== 'OAUTH_RESPONSE_BODY_ERROR')) {
      const explanation = explainOAuthError(
        new OAuthError(code, `message of ${code}`, { status: 502 }),
        'https://login.microsoftonline.com',
      );
      expect(explanation).toMatchObject({ code, meaning: `message of ${code}`, known: true });
      expect(explanation.lookup).toBeUndefined();
      expect(explanation.fix.length).toBeGreaterThan(20);
    }
    expect(explainOAuthError(new OAuthError('OAUTH_RESPONSE_IS_NOT_JSON', 'm')).fix).toContain('CORS relay');
  });
});
