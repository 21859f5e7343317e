import { describe, expect, it } from 'vitest';
import { CLOUDS, resolveCloud } from '../catalog/clouds';
import { adminConsentScope, signInTarget } from './sign-in-target';

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
    expect(signInTarget({ endpoint: 'v1', resource: 'managementV1Resource' }, custom, 'https://management.local')).toEqual({
      endpoint: 'v1',
      resource: 'https://management.local',
    });
    expect(signInTarget({ endpoint: 'v2', scopes: ['offline_access', 'directory.accessasuser.all'] }, custom)).toEqual({
      endpoint: 'v2',
      scopes: ['offline_access', 'directory.accessasuser.all'],
    });
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
