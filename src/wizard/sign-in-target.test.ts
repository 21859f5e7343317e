import { describe, expect, it } from 'vitest';
import { CLOUDS, resolveCloud } from '../catalog/clouds';
import { adminConsentScope, checkAddress, needsResource, signInTarget, signInValueNames } from './sign-in-target';

describe('signInTarget', () => {
  it("uses the cloud's classic management resource for v1", () => {
    expect(signInTarget({ endpoint: 'v1', resource: 'managementV1Resource' }, CLOUDS.dod)).toEqual({
      endpoint: 'v1',
      resource: 'https://management.core.usgovcloudapi.net',
    });
  });
  it('fills host placeholders in v2 scopes', () => {
    expect(signInTarget({ endpoint: 'v2', scopes: ['{resourceManager}/user_impersonation', 'offline_access'] }, CLOUDS.china)).toEqual({
      endpoint: 'v2',
      scopes: ['https://management.chinacloudapi.cn/user_impersonation', 'offline_access'],
    });
  });
  it('needs the admin to give a resource a custom cloud does not define', () => {
    const custom = resolveCloud('custom', 'http://127.0.0.1:9400')!;
    expect(signInTarget({ endpoint: 'v1', resource: 'managementV1Resource' }, custom)).toBeUndefined();
    expect(signInTarget({ endpoint: 'v1', resource: 'managementV1Resource' }, custom, { resource: 'https://management.local' })).toEqual({
      endpoint: 'v1',
      resource: 'https://management.local',
    });
    expect(signInTarget({ endpoint: 'v2', scopes: ['offline_access', 'directory.accessasuser.all'] }, custom)).toEqual({
      endpoint: 'v2',
      scopes: ['offline_access', 'directory.accessasuser.all'],
    });
  });
  it('fills an address only the admin knows from the parameter the scope names, and waits for it', () => {
    const cluster = {
      endpoint: 'v2' as const,
      scopes: ['{value:cluster_url}/.default', 'offline_access'],
      api: 'Azure Data Explorer' as const,
    };
    expect(signInTarget(cluster, CLOUDS.global)).toBeUndefined();
    expect(signInTarget(cluster, CLOUDS.global, { values: { cluster_url: '  ' } })).toBeUndefined();
    expect(signInTarget(cluster, CLOUDS.global, { values: { cluster_url: ' https://help.kusto.windows.net/ ' } })).toEqual({
      endpoint: 'v2',
      scopes: ['https://help.kusto.windows.net/.default', 'offline_access'],
    });
    // The product refuses a cluster URL without https://; so does the sign-in.
    expect(signInTarget(cluster, CLOUDS.global, { values: { cluster_url: 'help.kusto.windows.net' } })).toBeUndefined();
    expect(checkAddress('help.kusto.windows.net')).toMatch(/https:\/\//);
    expect(checkAddress('https://help.kusto.windows.net/')).toBeUndefined();
    expect(signInValueNames(cluster)).toEqual(['cluster_url']);
    // The cluster's address is not a cloud host: even a custom cloud needs no resource for it.
    expect(needsResource(cluster, resolveCloud('custom', 'https://login.example.com')!)).toBe(false);
    expect(needsResource({ endpoint: 'v2', scopes: ['{graph}/.default'] }, resolveCloud('custom', 'https://login.example.com')!)).toBe(
      true,
    );
  });
  it('asks admin consent for .default of the API', () => {
    expect(adminConsentScope(CLOUDS.global, 'graph')).toBe('https://graph.microsoft.com/.default');
    expect(adminConsentScope(CLOUDS['gcc-high'], 'defender')).toBe('https://api-gov.securitycenter.microsoft.us/.default');
  });
  it('takes the API of a custom cloud from the admin, and knows none without it', () => {
    const custom = resolveCloud('custom', 'https://login.example.com')!;
    expect(adminConsentScope(custom, 'graph')).toBeUndefined();
    expect(adminConsentScope(custom, 'graph', ' https://graph.example.com/ ')).toBe('https://graph.example.com/.default');
    // A national cloud's own host wins over a leftover custom value.
    expect(adminConsentScope(CLOUDS.global, 'graph', 'https://graph.example.com')).toBe('https://graph.microsoft.com/.default');
  });
});
