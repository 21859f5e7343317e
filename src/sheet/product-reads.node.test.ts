// The sheet's export read the way each integration's own main() reads its instance parameters (testing/product-reads.ts,
// cited per integration): every value the wizard knows must come out of the export where the code looks for it, in
// the shape it expects, and the export must pick the flow the admin chose.
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../catalog/clouds';
import { acceptsCertificate } from '../catalog/credentials';
import { everyVersion } from '../catalog/integrations';
import { cloudReach } from '../catalog/reach';
import type { CredentialKind, FlowId, Integration } from '../catalog/types';
import { flowReads, PRODUCT_READS } from '../../testing/product-reads';
import { productReads, productRestoresKey, ProductCrash, readParam, selectsFlow } from '../../testing/product-params';
import { sheetJson, sheetRows } from './parameters';

const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
const KNOWN = {
  clientId: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  secret: 'the-client-secret',
  authCode: '0.AAAA-the-code',
  redirectUri: 'https://xsoar.example/redirect',
  certificateThumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
};
/** A managed identity's client ID: the admin gives it on the sheet. */
const IDENTITY_CLIENT_ID = '11111111-2222-4333-8444-555555555555';

const key = (integration: Integration) => `${integration.id}${integration.version ? `@${integration.version.id}` : ''}`;

function exported(integration: Integration, flow: FlowId, credential: CredentialKind) {
  const cloud = Object.values(CLOUDS).find((candidate) => cloudReach(integration).clouds.includes(candidate.id))!;
  const rows = sheetRows({
    integration,
    flow,
    cloud,
    clientId: flow === 'managed-identity' ? '' : KNOWN.clientId,
    tenantId: KNOWN.tenantId,
    clientSecret: KNOWN.secret,
    redirectUri: KNOWN.redirectUri,
    authCode: KNOWN.authCode,
    credential,
    certificate: { thumbprint: KNOWN.certificateThumbprint, privateKeyPem: PEM },
    values: { managed_identities_client_id: IDENTITY_CLIENT_ID },
  });
  return JSON.parse(sheetJson(rows, { includeSecrets: true })) as Record<string, unknown>;
}

/** What the code must read for each role it has, given the flow and credential. */
function expected(flow: FlowId, credential: CredentialKind) {
  return {
    clientId: flow === 'managed-identity' ? IDENTITY_CLIENT_ID : KNOWN.clientId,
    tenantId: KNOWN.tenantId,
    ...(credential === 'secret'
      ? { secret: KNOWN.secret }
      : { certificateThumbprint: KNOWN.certificateThumbprint, privateKey: PEM.trim() }),
    ...(flow === 'auth-code' ? { authCode: KNOWN.authCode, redirectUri: KNOWN.redirectUri } : {}),
  };
}

const CASES = everyVersion().flatMap((integration) =>
  integration.flows.flatMap(({ id: flow }) => {
    const entry = PRODUCT_READS[key(integration)];
    const reads = entry && flowReads(entry, flow);
    if (!reads) return [];
    const credentials: CredentialKind[] = acceptsCertificate(integration, flow) ? ['secret', 'certificate'] : ['secret'];
    return credentials.map((credential) => [`${key(integration)} ${flow} ${credential}`, integration, flow, credential, reads] as const);
  }),
);

describe("the export, read as each integration's code reads it", () => {
  it('covers every integration and every flow the catalog offers where its code was read', () => {
    const flows = everyVersion().flatMap((integration) => integration.flows.map((flow) => `${key(integration)} ${flow.id}`));
    const read = new Set(CASES.map(([name]) => name.split(' ').slice(0, 2).join(' ')));
    // Flows whose selection the code makes without a parameter of its own the reads could name are still read.
    expect(flows.filter((flow) => !read.has(flow))).toEqual([]);
    expect(CASES.length).toBeGreaterThan(100);
  });

  it.each(CASES)('%s', (_, integration, flow, credential, reads) => {
    const params = exported(integration, flow, credential);
    expect(selectsFlow(params, reads), 'the export picks the flow').toEqual([]);
    const read = productReads(params, reads);
    const want = expected(flow, credential);
    for (const [role, value] of Object.entries(read)) {
      if (!(role in want)) continue;
      const got = role === 'privateKey' && typeof value === 'string' ? productRestoresKey(value).trim() : value;
      // Device code with the vendor's app: the client ID is the default one the sheet fills.
      if (role === 'clientId' && flow === 'device-code') expect(got, role).toBeTruthy();
      else expect(got, role).toBe(want[role as keyof typeof want]);
    }
  });

  it("a plain string where the code reads a credentials object crashes as the product does ('str' object has no attribute 'get')", () => {
    const reads = flowReads(PRODUCT_READS['azure-storage']!, 'client-credentials')!;
    expect(() => productReads({ app_id: 'a', tenant_id: 't', credentials: 'secret', auth_type: 'Client Credentials' }, reads)).toThrow(
      new ProductCrash("'str' object has no attribute 'get'"),
    );
    expect(() => readParam({ tenant_id: { identifier: '', password: 't' } }, { param: 'tenant_id', shape: 'string' })).toThrow(
      ProductCrash,
    );
  });
});
