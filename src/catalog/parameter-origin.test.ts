import { describe, expect, it } from 'vitest';
import { findIntegration, INTEGRATIONS } from './integrations';
import { flowParameters, parameterOrigin } from './parameter-origin';

describe('parameterOrigin', () => {
  it('says where every parameter of every flow comes from, never empty', () => {
    for (const integration of INTEGRATIONS)
      for (const flow of integration.flows)
        for (const parameter of flowParameters(integration, flow.id))
          expect(parameterOrigin(parameter, flow.id), `${integration.id} ${flow.id} ${parameter.name}`).toMatch(/\w{3}/);
  });

  it("names the hosted page's ID, Token and Key for the vendor's app, and the app registration's values otherwise", () => {
    const sentinel = findIntegration('azure-sentinel', '1.0')!;
    const hosted = flowParameters(sentinel, 'xsoar-app').map((parameter) => parameterOrigin(parameter, 'xsoar-app'));
    expect(hosted).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The ID the vendor/), expect.stringMatching(/^The Key the vendor/)]),
    );
    const user = findIntegration('microsoft-graph-user')!;
    const origins = flowParameters(user, 'auth-code').map((parameter) => parameterOrigin(parameter, 'auth-code'));
    expect(origins).toContain("The app registration's application (client) ID");
    expect(origins).toContain('The code the admin’s sign-in returns (lives about 10 minutes)');
  });

  it('lists only the parameters the flow uses', () => {
    const user = findIntegration('microsoft-graph-user')!;
    const names = (flow: 'auth-code' | 'client-credentials') => flowParameters(user, flow).map((parameter) => parameter.name);
    expect(names('auth-code')).toContain('creds_auth_code');
    expect(names('client-credentials')).not.toContain('creds_auth_code');
  });
});
