import { describe, expect, it } from 'vitest';
import { compareGrants, scopeName, splitScopes } from './grants';

describe('compareGrants', () => {
  it('matches delegated permissions against granted scopes, ignoring resource prefix and case', () => {
    const rows = compareGrants(
      [
        { api: 'Microsoft Graph', name: 'Directory.AccessAsUser.All', type: 'Delegated' },
        { api: 'Azure Service Management', name: 'user_impersonation', type: 'Delegated' },
      ],
      splitScopes('https://graph.microsoft.com/directory.accessasuser.all openid  profile'),
    );
    expect(rows.map((row) => row.granted)).toEqual([true, false]);
  });
  it('matches application permissions against app roles', () => {
    expect(
      compareGrants([{ api: 'Microsoft Graph', name: 'User.ReadWrite.All', type: 'Application' }], [], ['User.ReadWrite.All'])[0]?.granted,
    ).toBe(true);
    expect(
      compareGrants([{ api: 'Microsoft Graph', name: 'User.ReadWrite.All', type: 'Application' }], ['User.ReadWrite.All'])[0]?.granted,
    ).toBe(false);
  });
  it('leaves permissions of another API unchecked instead of calling them missing', () => {
    const rows = compareGrants(
      [
        { api: 'Azure DevOps', name: 'user_impersonation', type: 'Delegated' },
        { api: 'Microsoft Graph', name: 'User.Read', type: 'Delegated' },
      ],
      ['user_impersonation'],
      [],
      'Azure DevOps',
    );
    expect(rows.map(({ checked, granted }) => ({ checked, granted }))).toEqual([
      { checked: true, granted: true },
      { checked: false, granted: false },
    ]);
    // Without the token's API every permission is compared, as before.
    expect(
      compareGrants(
        rows.map((row) => row.permission),
        ['user_impersonation'],
      ).map((row) => row.granted),
    ).toEqual([true, false]);
  });
  it('counts OpenID Connect scopes as granted: access tokens never list them', () => {
    const [row] = compareGrants(
      [{ api: 'Microsoft Graph', name: 'offline_access', type: 'Delegated' }],
      ['user_impersonation'],
      [],
      'Azure Service Management',
    );
    expect(row).toMatchObject({ checked: true, granted: true });
  });
  it('reads scope names', () => {
    expect(scopeName('https://management.core.windows.net//user_impersonation')).toBe('user_impersonation');
  });
});
