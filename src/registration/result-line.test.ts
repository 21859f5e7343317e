import { describe, expect, it } from 'vitest';
import { parseResultLine, secretShownBefore } from './result-line';

const TENANT = '72f988bf-0000-4000-8000-00000000c0de';
const CLIENT = '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e';
const line = (fields: Record<string, unknown>) => JSON.stringify({ integration: 'microsoft-graph-user', tenantId: TENANT, ...fields });

describe('parseResultLine', () => {
  it('reads the last JSON line, alone or under the progress the script printed', () => {
    const output = `• Read the tenant ID\n  found\n• Add a client secret named "Cortex XSOAR"\n  done\n${line({ clientId: CLIENT, clientSecret: 'abc8Q~x' })}\n`;
    expect(parseResultLine(output, 'microsoft-graph-user')).toEqual({
      ok: true,
      result: { integration: 'microsoft-graph-user', tenantId: TENANT, clientId: CLIENT, clientSecret: 'abc8Q~x' },
    });
  });

  it('takes a managed identity’s object ID instead of a client ID', () => {
    const parsed = parseResultLine(line({ managedIdentityObjectId: CLIENT }), 'microsoft-graph-user');
    expect(parsed.ok && parsed.result.managedIdentityObjectId).toBe(CLIENT);
  });

  it('carries the credential’s end date and where its lifetime comes from; an unknown origin is left out', () => {
    const fields = {
      clientId: CLIENT,
      credentialEndDateTime: '2026-06-01T10:00:00Z',
      credentialLifetime: 'P180D',
      lifetimeFrom: 'tenant-policy',
    };
    const parsed = parseResultLine(line(fields), 'microsoft-graph-user');
    expect(parsed.ok && parsed.result).toMatchObject(fields);
    const odd = parseResultLine(line({ ...fields, lifetimeFrom: 'somewhere' }), 'microsoft-graph-user');
    expect(odd.ok && odd.result.lifetimeFrom).toBeUndefined();
    const bad = parseResultLine(line({ ...fields, credentialEndDateTime: 'soon' }), 'microsoft-graph-user');
    expect(bad.ok ? undefined : bad.problem).toMatch(/end date in the line is not a date/);
  });

  it('says what is wrong with a line it cannot use', () => {
    const problem = (text: string, integration = 'microsoft-graph-user') => {
      const parsed = parseResultLine(text, integration);
      return parsed.ok ? undefined : parsed.problem;
    };
    expect(problem('')).toMatch(/Paste the last line/);
    expect(problem('{"integration":"microsoft-graph-user","tenantId"')).toMatch(/not complete JSON/);
    expect(problem(line({ clientId: CLIENT }), 'azure-storage')).toMatch(/script for microsoft-graph-user, not for this one/);
    expect(problem(line({ tenantId: null, clientId: CLIENT }))).toMatch(/no tenant ID/);
    expect(problem(line({}))).toMatch(/no client ID/);
    expect(problem(line({ clientId: 'not-a-guid' }))).toMatch(/not a GUID/);
  });
});

describe('secretShownBefore', () => {
  it('is true when a secret was due and the run found one it cannot show again', () => {
    expect(secretShownBefore({ integration: 'x', tenantId: TENANT, clientId: CLIENT }, 'secret')).toBe(true);
    expect(secretShownBefore({ integration: 'x', tenantId: TENANT, clientId: CLIENT, clientSecret: 's' }, 'secret')).toBe(false);
    expect(secretShownBefore({ integration: 'x', tenantId: TENANT, clientId: CLIENT }, 'certificate')).toBe(false);
    expect(secretShownBefore({ integration: 'x', tenantId: TENANT, clientId: CLIENT }, 'none')).toBe(false);
  });
});
