import { describe, expect, it } from 'vitest';
import { summarizeTokens } from './token-claims';

const jwt = (claims: object) => `${btoa('{"alg":"none"}')}.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;

describe('summarizeTokens', () => {
  it("reads Entra's scp, roles, tid and appid", () => {
    const summary = summarizeTokens({
      accessToken: jwt({
        scp: 'Directory.AccessAsUser.All User.Read',
        roles: ['User.ReadWrite.All'],
        tid: 't',
        appid: 'app',
        upn: 'admin@contoso.com',
      }),
      responseScopes: ['ignored'],
    });
    expect(summary).toEqual({
      tenantId: 't',
      user: 'admin@contoso.com',
      applicationId: 'app',
      grantedScopes: ['Directory.AccessAsUser.All', 'User.Read'],
      roles: ['User.ReadWrite.All'],
    });
  });
  it('trusts the token over the echoed request: a readable token without scopes grants none', () => {
    expect(summarizeTokens({ accessToken: jwt({ aud: 'x' }), responseScopes: ['Directory.AccessAsUser.All'] }).grantedScopes).toEqual([]);
  });
  it('falls back to the response scopes for an opaque token', () => {
    expect(summarizeTokens({ accessToken: 'opaque', responseScopes: ['User.Read'], clientId: 'cid' })).toMatchObject({
      grantedScopes: ['User.Read'],
      applicationId: 'cid',
    });
  });
});
