import { describe, expect, it } from 'vitest';
import { explainFailure } from './explain';

describe('explainFailure', () => {
  it('names the Entra roles Graph’s Authorization_RequestDenied calls for', () => {
    const explanation = explainFailure({
      api: 'graph',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    expect(explanation.title).toBe('Microsoft Graph refused: insufficient privileges');
    expect(explanation.fix).toMatch(/Privileged Role Administrator or Global Administrator/);
    expect(explanation.fix).toMatch(/Cloud Application Administrator/);
  });

  it('names the Azure roles that may assign roles, and waits out replication', () => {
    expect(explainFailure({ api: 'arm', status: 403, code: 'AuthorizationFailed', message: '' }).fix).toMatch(
      /Owner or User Access Administrator/,
    );
    expect(explainFailure({ api: 'arm', status: 400, code: 'PrincipalNotFound', message: '' }).fix).toMatch(/run the plan again shortly/);
  });

  it('tells a request the page’s CSP refused from one that never got an answer', () => {
    const failure = { api: 'graph' as const, status: 0, code: 'NetworkError', message: 'Failed to fetch' };
    expect(explainFailure(failure, { blockedByPolicy: 'https://graph.example.com' })).toEqual({
      title: "The page's Content-Security-Policy blocked the request",
      fix: 'This build may not call https://graph.example.com. Rebuild the wizard with that host in WIZARD_CONNECT_SRC, or use the Cloud Shell script.',
    });
    expect(explainFailure(failure).title).toBe('The request never got an answer');
  });

  it('says an unbound variable is a fault in the plan, naming it', () => {
    const explanation = explainFailure({ status: 0, code: 'UnboundVariable', message: 'The plan uses NOPE before any step sets it.' });
    expect(explanation.title).toBe('The plan is missing a value');
    expect(explanation.fix).toMatch(/^The plan uses NOPE before any step sets it\. This is a fault in the wizard's plan/);
  });

  it('passes the plan’s own reason through, and any other code with its message', () => {
    expect(explainFailure({ status: 0, code: 'NotFound', message: 'Microsoft Graph has no application permission named X.' }).fix).toBe(
      'Microsoft Graph has no application permission named X.',
    );
    expect(explainFailure({ api: 'arm', status: 400, code: 'InvalidRoleDefinitionId', message: 'Bad role.' })).toEqual({
      title: 'Azure Resource Manager refused (InvalidRoleDefinitionId)',
      fix: 'Bad role.',
    });
  });
});
