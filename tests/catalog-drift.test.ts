import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Runs the maintainers' command on definition files this test writes, as a checkout would hold them. */
function drift(root: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(process.execPath, ['scripts/catalog-drift.mjs', root], { encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
}

it('npm run catalog:drift compares definition files with the catalog and fails on a missing or retyped parameter', () => {
  const root = mkdtempSync(join(tmpdir(), 'wizard-drift-'));
  const folder = join(root, 'Packs/AzureFirewall/Integrations/AzureFirewall');
  mkdirSync(folder, { recursive: true });
  const definition = (tenantType: number) => `commonfields:
  id: Azure Firewall
name: Azure Firewall
configuration:
- {name: resource_group, type: 14, display: Default Resource Group Name, required: true}
- {name: client_id, type: 14, display: Client ID}
- {name: subscription_id, type: 9, displaypassword: Default Subscription ID, hiddenusername: true, required: true}
- {name: tenant_id, type: ${tenantType}, displaypassword: Tenant ID, hiddenusername: true}
- {name: client_secret, type: 9, displaypassword: Client Secret, hiddenusername: true}
- {name: certificate_thumbprint, type: 14, display: Certificate Thumbprint}
- {name: private_key, type: 14, display: Private Key}
- {name: use_managed_identities, type: 8, display: Use Azure Managed Identities}
- {name: managed_identities_client_id, type: 9, displaypassword: Azure Managed Identities Client ID}
`;
  writeFileSync(join(folder, 'AzureFirewall.yml'), definition(9));
  const clean = drift(root);
  expect(clean.status).toBe(0);
  expect(clean.output).toContain('azure-firewall (Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.yml): matches');

  writeFileSync(join(folder, 'AzureFirewall.yml'), definition(0));
  const drifted = drift(root);
  expect(drifted.status).toBe(1);
  expect(drifted.output).toContain('error   tenant_id: text (type 0) in the definition; the catalog has it as credentials (type 9)');
  expect(drifted.output).toMatch(
    /1 of \d+ catalog entries \(versions included\) compared with 1 definitions; 1 errors, 1 differences in all\./,
  );
}, 60_000);
