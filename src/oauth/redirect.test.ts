import { describe, expect, it } from 'vitest';
import { acceptRedirect } from './accept-redirect';
import { extractCode, parseRedirect, withoutRedirectParams } from './redirect';
import { newState } from './state';

describe('parseRedirect', () => {
  it('keeps only the bare code, never session_state', () => {
    expect(parseRedirect('?code=0.AAA-bbb&state=s1&session_state=abc-def')).toEqual({ kind: 'code', code: '0.AAA-bbb', state: 's1' });
  });
  it('reads an error with its description', () => {
    expect(parseRedirect('?error=access_denied&error_description=AADSTS65004%3A+User+declined&state=s')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'AADSTS65004: User declined',
      state: 's',
    });
  });
  it('reads an admin-consent answer', () => {
    expect(parseRedirect('?admin_consent=True&tenant=t1&state=s')).toEqual({ kind: 'admin-consent', tenant: 't1', state: 's' });
  });
  it('ignores an ordinary page load', () => {
    expect(parseRedirect('')).toBeUndefined();
    expect(parseRedirect('?integration=azure-sentinel')).toBeUndefined();
  });
  it('strips every sign-in parameter and keeps the rest', () => {
    expect(withoutRedirectParams('?code=c&state=s&session_state=x&lang=en')).toBe('?lang=en');
    expect(withoutRedirectParams('?error=e&error_description=d&state=s')).toBe('');
  });
});

describe('extractCode', () => {
  it('takes the code out of a pasted redirect address', () => {
    expect(extractCode(' https://localhost/myapp?code=AUTH_CODE&session_state=SESSION_STATE ')).toBe('AUTH_CODE');
    expect(extractCode('code=AUTH_CODE&session_state=SESSION_STATE')).toBe('AUTH_CODE');
  });
  it('keeps a bare code as it is', () => {
    expect(extractCode('0.AVYA-xyz_123')).toBe('0.AVYA-xyz_123');
  });
});

describe('acceptRedirect', () => {
  const code = { kind: 'code', code: 'c', state: 'expected' } as const;
  it('accepts the code for the state it issued', () => {
    expect(acceptRedirect(code, 'expected')).toEqual({ ok: true, result: code });
  });
  it('refuses a state mismatch, a missing state and an unexpected response', () => {
    expect(acceptRedirect(code, 'other')).toMatchObject({ ok: false, reason: 'state-mismatch' });
    expect(acceptRedirect({ ...code, state: null }, 'expected')).toMatchObject({ ok: false, reason: 'missing-state' });
    expect(acceptRedirect(code, undefined)).toMatchObject({ ok: false, reason: 'no-pending-sign-in' });
  });
  it('passes the provider error on only when the state matches', () => {
    const error = { kind: 'error', error: 'access_denied', description: 'no', state: 'expected' } as const;
    expect(acceptRedirect(error, 'expected')).toEqual({ ok: false, reason: 'provider-error', error: 'access_denied', description: 'no' });
    expect(acceptRedirect(error, 'other')).toMatchObject({ reason: 'state-mismatch' });
  });
});

describe('newState', () => {
  it('is URL-safe, 128 bits, and fresh every time', () => {
    const states = new Set(Array.from({ length: 1000 }, newState));
    expect(states.size).toBe(1000);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
