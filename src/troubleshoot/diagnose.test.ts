import { describe, expect, it } from 'vitest';
import { findIntegration } from '../catalog/integrations';
import { diagnose, printedStatus } from './diagnose';

const graphUser = findIntegration('microsoft-graph-user')!;
const nsg = findIntegration('azure-network-security-groups')!;
const sentinel = findIntegration('azure-sentinel')!;

// Texts as the product prints them: MicrosoftApiModule's "Error in Microsoft authorization. Status: …, body: …"
// (its error parser keeps the description after "AADSTSnnnnn:" and adds the reset hint for expired tokens), the
// API error bodies of Graph and Resource Manager, and the module's own messages.
const EXPIRED_CODE = `Error in Microsoft authorization. Status: 400, body: invalid_grant. 
The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.
You can run the ***msgraph-user-auth-reset*** command to reset the authentication process.`;
const EXPIRED_SECRET = `Error in Microsoft authorization. Status: 401, body: {"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' are expired. Visit the Azure portal to create new keys for your app. Trace ID: 1 Correlation ID: 2 Timestamp: 2026-11-26 10:00:00Z","error_codes":[7000222]}`;
const GRAPH_DENIED = `Error in API call [403] - Forbidden
{"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation.", "innerError": {"date": "2026-11-26T10:00:00", "request-id": "1"}}}`;
const ARM_DENIED = `Error in API call [403] - Forbidden
{"error":{"code":"AuthorizationFailed","message":"The client '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' with object id '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' does not have authorization to perform action 'Microsoft.Network/networkSecurityGroups/read' over scope '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/soc' or the scope is invalid. If access was recently granted, please refresh your credentials."}}`;
const SESSION_STATE =
  'Malformed auth_code parameter: Please copy the auth code from the redirected uri without any additional info and without the "session_state" query parameter.';
const NO_IMDS =
  "Error in Microsoft authorization with Azure Managed Identities: HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /metadata/identity/oauth2/token?api-version=2018-02-01";
const MISSING_SCOPE = `Error in API call [403] - Forbidden
{"error":{"code":"Forbidden","message":"Missing scope permissions on the request. API requires one of 'SecurityAlert.Read.All, SecurityAlert.ReadWrite.All'. Scopes on the request 'User.Read'"}}`;

describe('diagnose', () => {
  it('names the code of an expired authorization code the product printed without it, with the reset command', () => {
    const [first, ...rest] = diagnose(EXPIRED_CODE, graphUser);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code: 'AADSTS70008', aadsts: '70008', actions: expect.objectContaining({ authorize: 'again' }) });
    expect(first?.steps).toContainEqual(expect.objectContaining({ command: '!msgraph-user-auth-reset' }));
    expect(printedStatus(EXPIRED_CODE)).toBe(400);
  });

  it('reads a token error body with its AADSTS number and error_codes once', () => {
    const found = diagnose(EXPIRED_SECRET, sentinel);
    expect(found.map((item) => item.code)).toEqual(['AADSTS7000222']);
    expect(found[0]?.meaning).toMatch(/secret has expired/);
    expect(found[0]?.steps.map((step) => step.command)).toContain('!azure-sentinel-auth-reset');
  });

  it('lists the integration’s permissions for a Graph Authorization_RequestDenied', () => {
    const [denied] = diagnose(GRAPH_DENIED, graphUser);
    expect(denied).toMatchObject({ code: 'Authorization_RequestDenied', source: 'Microsoft Graph' });
    const text = denied!.steps.map((step) => step.text).join(' ');
    expect(text).toContain('Microsoft Graph User.ReadWrite.All');
    expect(text).toContain('Microsoft Graph Directory.AccessAsUser.All');
    expect(denied!.steps.map((step) => step.command)).toContain('!msgraph-user-auth-reset');
  });

  it('names the scope, principal and action of a Resource Manager AuthorizationFailed', () => {
    const [failed] = diagnose(ARM_DENIED, nsg);
    expect(failed).toMatchObject({ code: 'AuthorizationFailed', source: 'Azure Resource Manager' });
    expect(failed!.steps[0]!.text).toContain('/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/soc');
    expect(failed!.steps[0]!.text).toContain('1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f');
    expect(failed!.steps[0]!.text).toContain('Microsoft.Network/networkSecurityGroups/read');
    // Sentinel's docs name its role.
    expect(diagnose(ARM_DENIED, sentinel)[0]!.steps[0]!.text).toContain('Microsoft Sentinel Contributor');
  });

  it('explains the product’s own messages: session_state, no metadata service, missing scope with prompt=consent', () => {
    expect(diagnose(SESSION_STATE, graphUser)[0]).toMatchObject({
      code: 'session_state in the authorization code',
      actions: { authorize: 'again' },
    });
    expect(diagnose(NO_IMDS)[0]?.code).toBe('Managed identity: not on an Azure VM');
    const [missing] = diagnose(MISSING_SCOPE, findIntegration('microsoft-graph-security'));
    expect(missing?.code).toBe('Missing scope permissions');
    expect(missing?.steps[0]?.text).toContain('&prompt=consent');
    expect(missing?.steps.map((step) => step.command)).toContain('!ms-graph-security-auth-reset');
  });

  it('keeps an unknown AADSTS number for the cloud’s error page, and finds nothing in unrelated text', () => {
    expect(diagnose('AADSTS1234567: Something new.')[0]).toMatchObject({ code: 'AADSTS1234567', aadsts: '1234567' });
    expect(diagnose('The command completed with warnings: 3 items skipped.')).toEqual([]);
  });
});

describe('diagnose, with the instance set up for chosen commands', () => {
  const DENIED_ISOLATE = `Failed to execute microsoft-atp-isolate-machine command.
Error: Error in API call [403] - Forbidden
{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: Machine.Isolate, application roles: Alert.Read.All"}}`;
  const defender = findIntegration('microsoft-defender-endpoint')!;

  it('says the failing command was left out of the choice, with what it needs', () => {
    const found = diagnose(DENIED_ISOLATE, defender, { commands: 'microsoft-atp-list-alerts', flow: 'client-credentials' });
    const texts = found.flatMap((diagnosis) => diagnosis.steps.map((step) => step.text));
    expect(texts.find((text) => text.includes('not one of them'))).toMatch(
      /!microsoft-atp-isolate-machine is not one of them.*it needs Machine\.Isolate/,
    );
  });

  it('says nothing of the kind when the command was chosen, or nothing was', () => {
    for (const chosen of [{ commands: 'microsoft-atp-isolate-machine' }, {}]) {
      const texts = diagnose(DENIED_ISOLATE, defender, chosen).flatMap((diagnosis) => diagnosis.steps.map((step) => step.text));
      expect(texts.some((text) => text.includes('not one of them'))).toBe(false);
    }
  });
});

describe('diagnose, knowing the flow', () => {
  it('names only the permissions of the flow the instance uses, and Microsoft’s message without its code once', () => {
    const found = diagnose('Insufficient privileges to complete the operation.', graphUser, { flow: 'client-credentials' });
    expect(found.map((diagnosis) => diagnosis.code)).toEqual(['Authorization_RequestDenied']);
    const text = found[0]!.steps.map((step) => step.text).join('\n');
    expect(text).toContain('application permissions Microsoft Graph User.ReadWrite.All');
    expect(text).not.toContain('Directory.AccessAsUser.All');
    expect(found[0]!.actions.register).toEqual(expect.arrayContaining(['permissions', 'consent']));
  });
});

describe('diagnose, a body whose code only restates the status', () => {
  it('explains the message that names the cause, not the bare Forbidden', () => {
    const text = `Error in API call [403] - Forbidden
{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: Alert.Read.All, application roles: Machine.Isolate"}}`;
    expect(diagnose(text, findIntegration('microsoft-defender-endpoint')).map((diagnosis) => diagnosis.code)).toEqual([
      'Missing application roles',
    ]);
  });
});
