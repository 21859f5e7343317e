import { describe, expect, it } from 'vitest';
import { changesInWords, readFix } from '../catalog/fix';
import { fixLinks } from './fix-links';

const chosen = { integration: 'microsoft-graph-user', flow: 'client-credentials' as const, cloud: 'global' as const, values: {} };

describe('fixLinks', () => {
  it('opens Register the app preset to exactly the changes, with every choice kept', () => {
    const [register] = fixLinks({ register: ['permissions', 'consent'] }, { ...chosen, client: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' });
    expect(register?.label).toBe('Register the app, preset to add the missing permissions and grant admin consent');
    const [path, query] = register!.to.split('?');
    expect(path).toBe('/register');
    const params = new URLSearchParams(query);
    expect(params.get('fix')).toBe('permissions,consent');
    expect(params.get('client')).toBe('0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e');
    expect(params.get('cloud')).toBe('global');
  });

  it('asks for consent again on the authorize URL for the authorization code, grants it again for client credentials', () => {
    const authCode = fixLinks({ authorize: 'consent' }, { ...chosen, flow: 'auth-code' });
    expect(authCode[0]).toMatchObject({ label: 'Sign in again, asking for consent (prompt=consent)' });
    expect(new URLSearchParams(authCode[0]!.to.split('?')[1]).get('prompt')).toBe('consent');
    expect(fixLinks({ authorize: 'consent' }, chosen)[0]?.label).toBe('Grant admin consent again');
  });

  it('sends the admin to choose what is missing first, never registers for the vendor’s app, and always links back', () => {
    const partial = fixLinks({ register: ['secret'] }, { integration: 'microsoft-graph-user', values: {} }, 'Microsoft Graph User');
    expect(partial.map((link) => link.label)).toEqual([
      'Choose the flow and cloud, then rotate the credential to make a new client secret',
      'Back to Microsoft Graph User in the wizard',
    ]);
    expect(fixLinks({ register: ['permissions'] }, { ...chosen, flow: 'xsoar-app' }).map((link) => link.to)).toEqual([
      '/integration?integration=microsoft-graph-user',
    ]);
    expect(fixLinks({ register: ['permissions'] }, { values: {} })).toEqual([]);
  });

  it('reads a fix= value back, dropping what it does not know', () => {
    expect(readFix('permissions,consent,permissions,rm -rf')).toEqual(['permissions', 'consent']);
    expect(readFix(null)).toEqual([]);
    expect(changesInWords(['redirect-uri'])).toBe('add the redirect URI');
  });
});

describe('fixLinks, for a credential', () => {
  it('rotates a secret or certificate rather than registering again', () => {
    const links = fixLinks({ register: ['secret'] }, { ...chosen, client: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' });
    expect(links[0]).toMatchObject({ label: 'Rotate the credential: make a new client secret' });
    expect(links[0]!.to.startsWith('/rotate?')).toBe(true);
    expect(links.map((link) => link.label)).not.toContain(expect.stringMatching(/^Register the app/));
  });
});
