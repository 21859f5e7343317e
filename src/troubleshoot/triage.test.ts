import { describe, expect, it } from 'vitest';
import { findIntegration } from '../catalog/integrations';
import { FAILED_AT, triage } from './triage';

const graphUser = findIntegration('microsoft-graph-user')!;
const nsg = findIntegration('azure-network-security-groups')!;

describe('triage', () => {
  it('names two or three causes for every place and flow, each with a check', () => {
    for (const failedAt of FAILED_AT)
      for (const flow of ['xsoar-app', 'auth-code', 'client-credentials', 'device-code', 'managed-identity', undefined] as const) {
        const causes = triage({ failedAt, flow, integration: graphUser });
        expect(causes.length, `${failedAt} ${flow}`).toBeGreaterThanOrEqual(2);
        expect(causes.length).toBeLessThanOrEqual(3);
        for (const cause of causes) expect(cause.check.length).toBeGreaterThan(20);
      }
  });

  it('suspects the code first for an authorization-code test, the secret for client credentials, the public client for device code', () => {
    expect(triage({ failedAt: 'test', flow: 'auth-code' })[0]?.cause).toMatch(/code has expired or was already used/);
    expect(triage({ failedAt: 'test', flow: 'client-credentials' })[0]?.cause).toMatch(/client secret is wrong or has expired/);
    expect(
      triage({ failedAt: 'test', flow: 'device-code' })
        .map((cause) => cause.cause)
        .join(' '),
    ).toMatch(/public client flows/);
  });

  it('puts rights first after a passing test: permissions for Graph, roles for Azure resources; a 404 first suspects a name', () => {
    expect(triage({ failedAt: 'command', flow: 'client-credentials', integration: graphUser })[0]?.actions.register).toEqual([
      'permissions',
      'consent',
    ]);
    expect(triage({ failedAt: 'command', flow: 'client-credentials', integration: nsg })[0]?.cause).toMatch(/no Azure role/);
    expect(triage({ failedAt: 'command', integration: graphUser, status: 404 })[0]?.cause).toMatch(/does not exist/);
    expect(triage({ failedAt: 'fetch', integration: graphUser, status: 429 })[0]?.cause).toMatch(/throttling/);
  });
});
