import { describe, expect, it } from 'vitest';
import { apiOfSignIn } from './apis';
import { INTEGRATIONS } from './integrations';

describe('apiOfSignIn', () => {
  it('names the API of the first resource scope, skipping OpenID Connect scopes', () => {
    expect(apiOfSignIn({ endpoint: 'v2', scopes: ['offline_access', '{graph}/.default'] })).toBe('Microsoft Graph');
    expect(apiOfSignIn({ endpoint: 'v2', scopes: ['{resourceManager}/user_impersonation', 'offline_access', 'user.read'] })).toBe(
      'Azure Service Management',
    );
    expect(apiOfSignIn({ endpoint: 'v2', scopes: ['499b84ac-1321-427f-aa17-267ca6975798/user_impersonation', 'offline_access'] })).toBe(
      'Azure DevOps',
    );
    expect(apiOfSignIn({ endpoint: 'v1', resource: 'managementV1Resource' })).toBe('Azure Service Management');
    expect(apiOfSignIn({ endpoint: 'v1', resource: 'officeManagement' })).toBe('Office 365 Management APIs');
  });
  it('knows no API for a bare scope or an API the catalog lists no permissions of', () => {
    expect(apiOfSignIn({ endpoint: 'v2', scopes: ['User.Read'] })).toBeUndefined();
    expect(apiOfSignIn({ endpoint: 'v2', scopes: ['offline_access', '{defender}/.default'] })).toBeUndefined();
  });
  it.each(INTEGRATIONS.flatMap((integration) => integration.flows.map((flow) => [`${integration.id} ${flow.id}`, flow] as const)))(
    '%s: a sign-in check asks for the API of at least one required permission',
    (_, flow) => {
      const api = flow.signIn && apiOfSignIn(flow.signIn);
      const apis = flow.permissions.map((permission) => permission.api);
      if (api && apis.length > 0) expect(apis).toContain(api);
    },
  );
});
