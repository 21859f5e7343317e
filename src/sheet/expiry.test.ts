import { describe, expect, it } from 'vitest';
import type { CredentialExpiry } from '../state/session';
import { credentialEnd, lifetimeWords } from './expiry';

const secret: CredentialExpiry = {
  kind: 'secret',
  endDateTime: '2026-08-28T10:20:30Z',
  lifetime: 'P180D',
  lifetimeFrom: 'tenant-policy',
  appName: 'Cortex XSOAR - Microsoft Graph User',
};
const certificate = { thumbprint: 'AB'.repeat(20), notAfter: new Date('2027-03-01T00:00:00Z') };

describe('credentialEnd', () => {
  it('a registered secret: its end date, and the policy that set its lifetime', () => {
    expect(credentialEnd('secret', secret, undefined)).toEqual({
      kind: 'secret',
      endDateTime: '2026-08-28T10:20:30Z',
      appName: secret.appName,
      notes: [expect.stringMatching(/^Your tenant's app management policy limits client secrets to 180 days, .*certificate/)],
    });
    expect(credentialEnd('secret', { ...secret, lifetimeFrom: 'app-policy' }, undefined)?.notes[0]).toMatch(
      /^The app's own app management policy/,
    );
    expect(credentialEnd('secret', { ...secret, lifetimeFrom: 'unreadable', lifetime: 'P730D' }, undefined)?.notes[0]).toMatch(
      /could not read .*Policy\.Read\.All.*24 months/,
    );
    expect(credentialEnd('secret', { ...secret, lifetimeFrom: 'none', lifetime: 'P730D' }, undefined)?.notes[0]).toMatch(
      /No app management policy/,
    );
  });

  it('a secret typed in, or a certificate’s registration, tells nothing about a secret', () => {
    expect(credentialEnd('secret', undefined, undefined)).toBeUndefined();
    expect(credentialEnd('secret', { ...secret, kind: 'certificate' }, undefined)).toBeUndefined();
    expect(credentialEnd('none', secret, certificate)).toBeUndefined();
  });

  it('a certificate: its own end, or Entra’s sooner one when the policy cut it, said so', () => {
    expect(credentialEnd('certificate', undefined, certificate)).toEqual({
      kind: 'certificate',
      endDateTime: '2027-03-01T00:00:00.000Z',
      notes: [],
    });
    const cut: CredentialExpiry = {
      kind: 'certificate',
      endDateTime: '2026-05-30T10:20:30Z',
      lifetime: 'P90D',
      lifetimeFrom: 'tenant-policy',
      appName: 'App',
      thumbprint: certificate.thumbprint,
    };
    expect(credentialEnd('certificate', cut, certificate)).toEqual({
      kind: 'certificate',
      endDateTime: '2026-05-30T10:20:30Z',
      appName: 'App',
      notes: [
        "The certificate is valid until 2027-03-01, but your tenant's app management policy limits certificates to 90 days: Entra accepts it until 2026-05-30. Make and upload a new certificate before then.",
      ],
    });
    // Registered with its own end, or for another certificate: the certificate's end.
    expect(credentialEnd('certificate', { ...cut, endDateTime: '2027-03-01T00:00:00Z' }, certificate)?.notes).toEqual([]);
    expect(credentialEnd('certificate', { ...cut, thumbprint: 'CD'.repeat(20) }, certificate)?.endDateTime).toBe(
      '2027-03-01T00:00:00.000Z',
    );
  });

  it('says a policy’s limit in days where it can', () => {
    expect(lifetimeWords('P180D')).toBe('180 days');
    expect(lifetimeWords('P6M')).toBe('P6M');
  });
});
