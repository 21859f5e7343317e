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
  it('reads scope names', () => {
    expect(scopeName('https://management.core.windows.net//user_impersonation')).toBe('user_impersonation');
  });
});
