import { describe, expect, it } from 'vitest';
import { authorizationUrl } from '../oauth/authorize-url';
import { sheetRows } from '../sheet/parameters';
import { signInTarget } from '../wizard/sign-in-target';
import { CLOUDS } from './clouds';
import { cloudReach } from './reach';
import { findIntegration } from './integrations';
import type { CloudId, FlowId } from './types';

const CLIENT = '11111111-2222-3333-4444-555555555555';
const TENANT = 'contoso.onmicrosoft.com';
const REDIRECT = 'https://wizard.example.com/';
type NationalCloud = Exclude<CloudId, 'custom'>;

function authorizeUrl(integrationId: string, cloud: NationalCloud): string {
  const flow = findIntegration(integrationId)!.flows.find((candidate) => candidate.id === 'auth-code')!;
  const target = signInTarget(flow.signIn!, CLOUDS[cloud])!;
  return authorizationUrl({ authority: CLOUDS[cloud].login, tenant: TENANT, clientId: CLIENT, redirectUri: REDIRECT, state: 'S', target });
}

const query = `client_id=${CLIENT}&redirect_uri=${REDIRECT}&state=S`;

describe('authorize URLs per resource kind and national cloud', () => {
  it.each([
    ['global', 'https://login.microsoftonline.com'],
    ['gcc', 'https://login.microsoftonline.com'],
    ['gcc-high', 'https://login.microsoftonline.us'],
    ['dod', 'https://login.microsoftonline.us'],
    ['china', 'https://login.chinacloudapi.cn'],
  ] as const)('Graph v2 (Microsoft Graph User) in %s', (cloud, login) => {
    expect(authorizeUrl('microsoft-graph-user', cloud)).toBe(
      `${login}/${TENANT}/oauth2/v2.0/authorize?response_type=code&scope=offline_access%20directory.accessasuser.all&${query}`,
    );
  });

  it.each([
    ['global', 'https://login.microsoftonline.com', 'https://management.azure.com'],
    ['gcc-high', 'https://login.microsoftonline.us', 'https://management.usgovcloudapi.net'],
    ['china', 'https://login.chinacloudapi.cn', 'https://management.chinacloudapi.cn'],
  ] as const)('management v2 (Azure Storage) in %s: the .default its code redeems the code for', (cloud, login, management) => {
    expect(authorizeUrl('azure-storage', cloud)).toBe(
      `${login}/${TENANT}/oauth2/v2.0/authorize?response_type=code&scope=offline_access%20${management}/.default&${query}`,
    );
  });

  it.each([
    ['global', 'https://login.microsoftonline.com', 'https://api.securitycenter.microsoft.com'],
    ['gcc', 'https://login.microsoftonline.com', 'https://api-gcc.securitycenter.microsoft.us'],
    ['gcc-high', 'https://login.microsoftonline.us', 'https://api-gov.securitycenter.microsoft.us'],
    ['dod', 'https://login.microsoftonline.us', 'https://api-gov.securitycenter.microsoft.us'],
  ] as const)('Defender for Endpoint in %s', (cloud, login, api) => {
    expect(authorizeUrl('microsoft-defender-endpoint', cloud)).toBe(
      `${login}/${TENANT}/oauth2/v2.0/authorize?response_type=code&scope=offline_access%20${api}/.default&${query}`,
    );
  });

  it('Azure DevOps: the API named by its application ID, worldwide only', () => {
    expect(authorizeUrl('azure-devops', 'global')).toBe(
      `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize?response_type=code&scope=499b84ac-1321-427f-aa17-267ca6975798/user_impersonation%20offline_access&${query}`,
    );
    expect(findIntegration('azure-devops')!.clouds).toEqual(['global']);
  });

  it('Log Analytics: Data.Read of the Log Analytics API and Resource Manager, as its Client asks (generate_login_url)', () => {
    expect(authorizeUrl('azure-log-analytics', 'gcc-high')).toBe(
      `https://login.microsoftonline.us/${TENANT}/oauth2/v2.0/authorize?response_type=code&scope=offline_access%20https://api.loganalytics.us/Data.Read%20https://management.usgovcloudapi.net/user_impersonation&${query}`,
    );
    expect(sheet('azure-log-analytics', 'auth-code', 'global')).toMatchObject({
      self_deployed: 'true',
      client_credentials: 'false',
      credentials_refresh_token: TENANT,
      redirect_uri: REDIRECT,
    });
  });

  it('Office 365 Management Activity: v1 with resource=https://manage.office.com, as the docs’ self-deployed URL', () => {
    expect(authorizeUrl('microsoft-management-activity', 'global')).toBe(
      `https://login.microsoftonline.com/${TENANT}/oauth2/authorize?response_type=code&resource=https://manage.office.com&${query}`,
    );
  });

  it('offers Defender for Endpoint no China cloud, as the integration has none', () => {
    expect(cloudReach(findIntegration('microsoft-defender-endpoint')!).clouds).not.toContain('china');
    expect(CLOUDS.china.defender).toBe('');
  });
});

function sheet(integrationId: string, flow: FlowId, cloud: NationalCloud) {
  const rows = sheetRows({
    integration: findIntegration(integrationId)!,
    flow,
    cloud: CLOUDS[cloud],
    clientId: CLIENT,
    tenantId: TENANT,
    clientSecret: 'SECRET',
    redirectUri: REDIRECT,
    authCode: '',
    values: {},
  });
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

describe('sheets per resource kind', () => {
  it('Graph (Microsoft Graph Security, client credentials, DoD)', () => {
    expect(sheet('microsoft-graph-security', 'client-credentials', 'dod')).toEqual({
      host: 'https://dod-graph.microsoft.us',
      creds_auth_id: CLIENT,
      creds_tenant_id: TENANT,
      creds_enc_key: 'SECRET',
      self_deployed: 'true',
    });
  });
  it('management (Azure Compute v2, client credentials, China)', () => {
    expect(sheet('azure-compute', 'client-credentials', 'china')).toMatchObject({
      host: 'https://management.chinacloudapi.cn',
      cred_auth_id: CLIENT,
      cred_token: TENANT,
      cred_enc_key: 'SECRET',
      self_deployed: 'true',
    });
  });
  it('Defender (Microsoft Defender for Endpoint, client credentials, GCC High)', () => {
    expect(sheet('microsoft-defender-endpoint', 'client-credentials', 'gcc-high')).toMatchObject({
      endpoint_type: 'US GCC-High',
      _auth_id: CLIENT,
      _tenant_id: TENANT,
      credentials: 'SECRET',
      auth_type: 'Client Credentials',
      self_deployed: 'true',
    });
  });
  it('Azure SQL Management (device code, worldwide): the auth type and no secret', () => {
    expect(sheet('azure-sql-management', 'device-code', 'global')).toEqual({
      app_id: CLIENT,
      subscription_id: '',
      resource_group_name: '',
      auth_type: 'Device Code',
      azure_ad_endpoint: 'https://login.microsoftonline.com',
    });
  });
  it('Azure WAF, current version (authorization code, worldwide): the auth type, the code and the Azure AD endpoint', () => {
    expect(sheet('azure-waf', 'auth-code', 'global')).toEqual({
      app_id: CLIENT,
      subscription_id: '',
      resource_group_name: '',
      auth_type: 'Authorization Code',
      tenant_id: TENANT,
      credentials: 'SECRET',
      redirect_uri: REDIRECT,
      auth_code: '',
      azure_ad_endpoint: 'https://login.microsoftonline.com',
    });
  });
  it('Sentinel, newer version (client credentials, GCC High): the credentials set, not the docs’ ID/Token/Key', () => {
    expect(sheet('azure-sentinel', 'client-credentials', 'gcc-high')).toEqual({
      azure_cloud: 'US GCC-High',
      server_url: 'https://management.usgovcloudapi.net',
      creds_tenant_id: TENANT,
      'credentials.identifier': CLIENT,
      credentials: 'SECRET',
      subscriptionID: '',
      resourceGroupName: '',
      workspaceName: '',
    });
  });
  it('Log Analytics (client credentials, US GCC): both halves of the credentials field', () => {
    expect(sheet('azure-log-analytics', 'client-credentials', 'gcc')).toMatchObject({
      azure_cloud: 'US GCC',
      server_url: 'https://management.usgovcloudapi.net',
      credentials_refresh_token: TENANT,
      'credentials.identifier': CLIENT,
      credentials: 'SECRET',
      client_credentials: 'true',
    });
  });
});
