import { describe, expect, it } from 'vitest';
import { CLOUDS, resolveCloud } from '../catalog/clouds';
import { cloudReach } from '../catalog/reach';
import { acceptsCertificate } from '../catalog/credentials';
import { findIntegration, INTEGRATIONS } from '../catalog/integrations';
import type { FlowId } from '../catalog/types';
import { sheetJson, sheetRows, sheetText, type SheetInputs } from './parameters';

function inputs(integrationId: string, flow: FlowId, change: Partial<SheetInputs> = {}): SheetInputs {
  return {
    integration: findIntegration(integrationId)!,
    flow,
    cloud: CLOUDS.global,
    clientId: 'client-guid',
    tenantId: 'tenant-guid',
    clientSecret: 's3cret',
    redirectUri: 'https://w.example/',
    authCode: 'CODE',
    values: {},
    ...change,
  };
}

const byName = (rows: ReturnType<typeof sheetRows>) => Object.fromEntries(rows.map((row) => [row.name, row]));

describe('sheetRows', () => {
  it('fills Microsoft Graph User for the authorization-code flow', () => {
    const rows = byName(sheetRows(inputs('microsoft-graph-user', 'auth-code', { cloud: CLOUDS['gcc-high'] })));
    expect(Object.keys(rows)).toEqual([
      'azure_cloud',
      'host',
      'creds_auth_id',
      'creds_tenant_id',
      'creds_enc_key',
      'self_deployed',
      'redirect_uri',
      'creds_auth_code',
    ]);
    expect(rows.azure_cloud?.value).toBe('US GCC-High');
    expect(rows.host?.value).toBe('https://graph.microsoft.us');
    expect(rows.creds_auth_id?.value).toBe('client-guid');
    expect(rows.creds_tenant_id?.value).toBe('tenant-guid');
    expect(rows.creds_enc_key).toMatchObject({ value: 's3cret', secret: true });
    expect(rows.self_deployed?.value).toBe('true');
    expect(rows.creds_auth_code?.value).toBe('CODE');
  });

  it('fills Azure Sentinel’s credentials field (client ID and secret) and asks for the workspace values', () => {
    const all = sheetRows(inputs('azure-sentinel', 'client-credentials', { values: { subscriptionID: 'sub' } }));
    expect(all.filter((row) => row.name === 'credentials').map(({ part, value }) => [part, value])).toEqual([
      ['identifier', 'client-guid'],
      ['password', 's3cret'],
    ]);
    const rows = byName(all);
    expect(rows.creds_tenant_id).toMatchObject({ value: 'tenant-guid', type: 9, part: 'password' });
    expect(rows.subscriptionID).toMatchObject({ value: 'sub', input: { target: 'value', format: 'guid' } });
    expect(rows.workspaceName).toMatchObject({ value: '', input: { target: 'value' } });
  });

  it('asks for ID, Token and Key from the hosted page with the vendor app', () => {
    const rows = byName(sheetRows(inputs('microsoft-graph-user', 'xsoar-app', { clientId: '', tenantId: '', clientSecret: '' })));
    expect(rows.creds_auth_id?.input?.target).toBe('client');
    expect(rows.creds_tenant_id?.input?.target).toBe('tenant');
    expect(rows.creds_enc_key?.input?.target).toBe('secret');
    expect(rows.self_deployed?.value).toBe('false');
    expect(rows.creds_auth_code).toBeUndefined();
  });

  it('uses the default app ID for device code and the cloud login host for Identity Protection', () => {
    const rows = byName(sheetRows(inputs('azure-ad-identity-protection', 'device-code', { clientId: '', cloud: CLOUDS.china })));
    expect(rows.app_id?.value).toBe('4ffef4a4-601f-4393-a789-432f3f3b8470');
    expect(rows.azure_ad_endpoint?.value).toBe('https://login.chinacloudapi.cn');
  });

  it('maps the flow onto Azure Storage authentication type', () => {
    expect(byName(sheetRows(inputs('azure-storage', 'managed-identity'))).auth_type?.value).toBe('Azure Managed Identities');
    expect(byName(sheetRows(inputs('azure-storage', 'auth-code'))).auth_type?.value).toBe('Authorization Code');
  });

  it('a custom cloud: Azure Cloud is Custom and the Azure AD endpoint is the authority, where the code reads them so', () => {
    const rows = byName(
      sheetRows(inputs('microsoft-graph-api', 'client-credentials', { cloud: resolveCloud('custom', 'https://login.example.com') })),
    );
    expect(rows.azure_cloud?.value).toBe('Custom');
    expect(rows.azure_ad_endpoint?.value).toBe('https://login.example.com');
  });
});

describe('exports', () => {
  const rows = sheetRows(inputs('microsoft-graph-user', 'auth-code'));
  it('keys JSON by machine name, with booleans for checkboxes, and leaves the secret out unless asked', () => {
    const json = JSON.parse(sheetJson(rows, { includeSecrets: false }));
    // Credentials parameters as the product's code reads them: params.get('creds_auth_id', {}).get('password').
    expect(json).toMatchObject({
      creds_auth_id: { identifier: '', password: 'client-guid' },
      self_deployed: true,
      creds_auth_code: { identifier: '', password: 'CODE' },
      redirect_uri: 'https://w.example/',
    });
    expect(json).not.toHaveProperty('creds_enc_key');
    expect(JSON.parse(sheetJson(rows, { includeSecrets: true })).creds_enc_key).toEqual({ identifier: '', password: 's3cret' });
  });
  it('copies all as label (name): value lines', () => {
    const text = sheetText(rows, { includeSecrets: false });
    expect(text).toContain('ID / client ID (creds_auth_id): client-guid');
    expect(text).not.toContain('s3cret');
  });
});

const CERTIFICATE = {
  thumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
  privateKeyPem: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
};
const ONE_LINE_KEY = '-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkq hkiG9w0BAQEFAASC -----END PRIVATE KEY-----';

describe('certificate credentials', () => {
  const withCertificate = (id: string, flow: FlowId) =>
    sheetRows(inputs(id, flow, { credential: 'certificate', certificate: CERTIFICATE }));

  it('fills creds_certificate (thumbprint as identifier, the key on one line as password) instead of the secret', () => {
    const rows = withCertificate('microsoft-graph-user', 'client-credentials');
    expect(rows.find((row) => row.key === 'creds_certificate.identifier')?.value).toBe(CERTIFICATE.thumbprint);
    expect(rows.find((row) => row.key === 'creds_certificate')).toMatchObject({ secret: true, value: ONE_LINE_KEY });
    expect(rows.some((row) => row.name === 'creds_enc_key')).toBe(false);
    const json = JSON.parse(sheetJson(rows, { includeSecrets: false }));
    expect(json.creds_certificate).toEqual({ identifier: CERTIFICATE.thumbprint });
    expect(JSON.parse(sheetJson(rows, { includeSecrets: true })).creds_certificate).toEqual({
      identifier: CERTIFICATE.thumbprint,
      password: ONE_LINE_KEY,
    });
  });

  it('keeps the line breaks in a long-text private_key and puts the thumbprint where each definition has it', () => {
    const groups = byName(withCertificate('microsoft-graph-groups', 'auth-code'));
    expect(groups.credentials_certificate_thumbprint).toMatchObject({ part: 'password', value: CERTIFICATE.thumbprint });
    expect(groups.private_key?.value).toBe(CERTIFICATE.privateKeyPem.trim());
    const firewall = byName(withCertificate('azure-firewall', 'client-credentials'));
    expect(firewall.certificate_thumbprint).toMatchObject({ part: undefined, value: CERTIFICATE.thumbprint });
    expect(firewall.client_secret).toBeUndefined();
    const exported = JSON.parse(
      sheetJson(withCertificate('microsoft-defender-for-cloud-event-collector', 'client-credentials'), { includeSecrets: true }),
    );
    expect(exported.certificate_thumbprint).toEqual({ identifier: '', password: CERTIFICATE.thumbprint });
    expect(exported.private_key).toBe(CERTIFICATE.privateKeyPem.trim());
  });

  it('shows no certificate rows with a secret, nor for a flow whose code takes no certificate', () => {
    const secret = sheetRows(inputs('microsoft-graph-user', 'client-credentials', { credential: 'secret', certificate: CERTIFICATE }));
    expect(secret.some((row) => row.name === 'creds_certificate')).toBe(false);
    expect(secret.some((row) => row.name === 'creds_enc_key')).toBe(true);
    // Identity & Access takes a certificate for client credentials only; device code keeps its own fields.
    const deviceCode = withCertificate('microsoft-graph-identity-access', 'device-code');
    expect(deviceCode.some((row) => row.name === 'creds_certificate')).toBe(false);
  });

  it("every integration and flow that takes a certificate exports its thumbprint and key in the product's shape", () => {
    let checked = 0;
    for (const integration of INTEGRATIONS)
      for (const { id: flow } of integration.flows) {
        if (!acceptsCertificate(integration, flow)) continue;
        checked++;
        const rows = withCertificate(integration.id, flow);
        expect(
          rows.some((row) => row.input?.target === 'secret'),
          `${integration.id} ${flow}`,
        ).toBe(false);
        const json = JSON.stringify(JSON.parse(sheetJson(rows, { includeSecrets: true })));
        expect(json, `${integration.id} ${flow}`).toContain(CERTIFICATE.thumbprint);
        expect(json, `${integration.id} ${flow}`).toMatch(/BEGIN PRIVATE KEY/);
      }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe('every integration, flow and named cloud it offers', () => {
  it.each(INTEGRATIONS.map((integration) => [integration.id, integration] as const))(
    '%s: each sheet has every row filled or asked for, and select values among the options',
    (_, integration) => {
      const clouds = Object.values(CLOUDS).filter((cloud) => cloudReach(integration).clouds.includes(cloud.id));
      for (const { id: flow } of integration.flows)
        for (const cloud of clouds) {
          const rows = sheetRows(inputs(integration.id, flow, { cloud }));
          expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) {
            const where = `${flow} ${cloud.id} ${row.key}`;
            const parameter = integration.parameters.find((candidate) => candidate.name === row.name)!;
            // A named cloud fills every cloud-derived row itself; the admin is asked only for their own values.
            if (['cloud-option', 'cloud-label', 'cloud-host'].includes(parameter.source.from)) expect(row.input, where).toBeUndefined();
            if (!row.input) expect(row.value, where).not.toBe('');
            if (parameter.options && !row.input) expect(parameter.options, where).toContain(row.value);
            if (row.kind === 'checkbox' && !row.input) expect(['true', 'false'], where).toContain(row.value);
          }
        }
    },
  );
});

describe("the export in the product's own shape", () => {
  /**
   * What the product hands the code for one parameter of a definition type, written out here from the type alone:
   * 9 a credentials object of exactly the halves the sheet fills, 8 a boolean, 16 a list, the rest a string.
   */
  function expectedValue(rows: ReturnType<typeof sheetRows>): unknown {
    const [first] = rows;
    if (first!.type === 9)
      return {
        identifier: rows.find((row) => row.part === 'identifier')?.value ?? '',
        ...Object.fromEntries(rows.filter((row) => row.part === 'password').map((row) => ['password', row.value])),
      };
    if (first!.type === 8) return first!.value === 'true';
    if (first!.type === 16) return first!.value ? [first!.value] : [];
    return first!.value;
  }

  const cases = INTEGRATIONS.flatMap((integration) =>
    integration.flows.flatMap(({ id: flow }) =>
      (acceptsCertificate(integration, flow) ? (['secret', 'certificate'] as const) : (['secret'] as const)).map(
        (credential) => [`${integration.id} ${flow} ${credential}`, integration.id, flow, credential] as const,
      ),
    ),
  );

  it.each(cases)('%s: every parameter exported exactly as its definition type reads', (_, id, flow, credential) => {
    const integration = findIntegration(id)!;
    const cloud = Object.values(CLOUDS).find((candidate) => cloudReach(integration).clouds.includes(candidate.id))!;
    const values = Object.fromEntries(integration.parameters.map((parameter) => [parameter.name, `value of ${parameter.name}`]));
    const rows = sheetRows(inputs(id, flow, { cloud, values, credential, certificate: CERTIFICATE }));
    const exported = JSON.parse(sheetJson(rows, { includeSecrets: true })) as Record<string, unknown>;
    const names = [...new Set(rows.map((row) => row.name))];
    expect(Object.keys(exported).sort()).toEqual([...names].sort());
    for (const name of names) {
      const own = rows.filter((row) => row.name === name);
      const parameter = integration.parameters.find((candidate) => candidate.name === name)!;
      expect(
        own.every((row) => row.type === parameter.type),
        name,
      ).toBe(true);
      expect(exported[name], name).toEqual(expectedValue(own));
      if (parameter.type === 15 && parameter.options && !own[0]!.input) expect(parameter.options, name).toContain(exported[name]);
    }
  });

  it('a credentials field is an object even where the definition hides its identifier, and never a string', () => {
    const rows = sheetRows(inputs('azure-storage', 'client-credentials'));
    const exported = JSON.parse(sheetJson(rows, { includeSecrets: true })) as Record<string, unknown>;
    expect(exported.credentials).toEqual({ identifier: '', password: 's3cret' });
    const code = JSON.parse(sheetJson(sheetRows(inputs('azure-storage', 'auth-code')), { includeSecrets: true })) as Record<
      string,
      unknown
    >;
    expect(code.auth_code).toEqual({ identifier: '', password: 'CODE' });
  });
});
