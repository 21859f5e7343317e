import { describe, expect, it } from 'vitest';
import { catalogDrift, compareVersions, definitionFlows, pairDefinitions, type Definition } from './drift';
import { everyVersion, findIntegration, INTEGRATIONS } from './integrations';

const firewall = findIntegration('azure-firewall')!;

/** Azure Firewall's newest definition (metron-labs/content@f85a918 AzureFirewall.yml, pack 1.1.51). */
function firewallDefinition(): Definition {
  return {
    name: 'Azure Firewall',
    path: 'Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.yml',
    configuration: [
      { name: 'resource_group', type: 14, display: 'Default Resource Group Name', required: true },
      { name: 'client_id', type: 14, display: 'Client ID' },
      { name: 'subscription_id', type: 9, displaypassword: 'Default Subscription ID', hiddenusername: true, required: true },
      { name: 'tenant_id', type: 9, displaypassword: 'Tenant ID', hiddenusername: true },
      { name: 'client_secret', type: 9, displaypassword: 'Client Secret', hiddenusername: true },
      { name: 'certificate_thumbprint', type: 14, display: 'Certificate Thumbprint' },
      { name: 'private_key', type: 14, display: 'Private Key' },
      { name: 'use_managed_identities', type: 8, display: 'Use Azure Managed Identities' },
      { name: 'managed_identities_client_id', type: 9, displaypassword: 'Azure Managed Identities Client ID' },
      { name: 'insecure', type: 8, display: 'Trust any certificate (not secure)' },
    ],
  };
}

describe('catalogDrift', () => {
  it('finds nothing to say where the definition matches the entry', () => {
    expect(catalogDrift(firewall, firewallDefinition())).toEqual([]);
  });

  it('reports a renamed parameter, a changed type, new options, a new auth parameter and a flow the catalog lacks', () => {
    const definition = firewallDefinition();
    definition.configuration = definition.configuration
      .filter((parameter) => parameter.name !== 'client_id')
      .map((parameter) => (parameter.name === 'tenant_id' ? { ...parameter, type: 0, display: 'Tenant ID' } : parameter));
    definition.configuration.push(
      { name: 'app_id', type: 0, display: 'Application ID' },
      { name: 'auth_type', type: 15, options: ['Device Code', 'Authorization Code'] },
    );
    const messages = catalogDrift(firewall, definition).map((drift) => `${drift.level} ${drift.message}`);
    expect(messages).toContain('error client_id: not in the definition (renamed or removed?)');
    expect(messages).toContain('error tenant_id: text (type 0) in the definition; the catalog has it as credentials (type 9)');
    expect(messages).toContain('warning app_id: an authentication parameter of the definition (type 0) the catalog does not have');
    expect(messages).toContain('warning flow auth-code: the definition offers it, the catalog does not');
  });

  it('reports changed select options and labels, and a parameter the definition now hides', () => {
    const user = findIntegration('microsoft-graph-user')!;
    const definition: Definition = {
      name: 'Microsoft Graph User',
      configuration: user.parameters.map((parameter) => ({
        name: parameter.name,
        type: parameter.type,
        display: parameter.part === 'identifier' ? parameter.label : parameter.part ? undefined : parameter.label,
        displaypassword: parameter.part === 'password' ? parameter.label : undefined,
      })),
    };
    const cloud = definition.configuration.find((parameter) => parameter.name === 'azure_cloud')!;
    cloud.options = ['Worldwide', 'US GCC', 'Custom'];
    definition.configuration.find((parameter) => parameter.name === 'host')!.hidden = true;
    definition.configuration.find((parameter) => parameter.name === 'redirect_uri')!.display = 'Redirect URI';
    const user2 = {
      ...user,
      parameters: user.parameters.map((parameter) =>
        parameter.name === 'azure_cloud' ? { ...parameter, options: ['Worldwide', 'US GCC', 'DoD'] } : parameter,
      ),
    };
    const messages = catalogDrift(user2, definition).map((drift) => drift.message);
    expect(messages).toContain('azure_cloud: the catalog has options the definition lacks: DoD');
    expect(messages).toContain('azure_cloud: the definition adds options: Custom');
    expect(messages).toContain('host: the definition hides it (a legacy field?)');
    expect(messages).toContain(
      'redirect_uri: labelled "Redirect URI" in the definition, "Application redirect URI (for Self Deployed - Authorization Code Flow)" in the catalog',
    );
  });
});

describe('pairing and flows', () => {
  it('pairs an older version with a definition of its pack versions, and the current entry with the newest', () => {
    const current = { name: 'Azure Sentinel', packVersion: '1.5.66', configuration: [] };
    const beta = { name: 'Azure Sentinel', packVersion: '1.0.10', configuration: [] };
    const { pairs } = pairDefinitions(everyVersion(), [beta, current]);
    const sentinel = pairs.filter((pair) => pair.integration.id === 'azure-sentinel');
    expect(sentinel.map((pair) => [pair.integration.version?.id ?? 'current', pair.definition.packVersion])).toEqual([
      ['current', '1.5.66'],
      ['1.0', '1.0.10'],
    ]);
    expect(compareVersions('1.0.13', '1.1.0')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
  });

  it('a definition of the current version reports the fields its code reads and the catalog misses', () => {
    const messages = catalogDrift(findIntegration('azure-sentinel')!, {
      name: 'Azure Sentinel',
      configuration: [{ name: 'credentials', type: 9, display: 'Client ID', hiddenusername: true }],
    }).map((drift) => drift.message);
    expect(messages).toContain('credentials: the definition hides the identifier the catalog fills');
    expect(messages).toContain('creds_tenant_id: not in the definition (renamed or removed?)');
  });

  it('pairs by the definition file an entry names, else by the integration name', () => {
    const byPath = { ...firewallDefinition(), name: 'Renamed Firewall' };
    const byName: Definition = { name: 'Microsoft Graph User', configuration: [] };
    const { pairs, unmatched } = pairDefinitions(INTEGRATIONS, [byPath, byName]);
    expect(pairs.map((pair) => pair.integration.id).sort()).toEqual(['azure-firewall', 'microsoft-graph-user']);
    expect(unmatched).toHaveLength(INTEGRATIONS.length - 2);
  });

  it('reads the flows a definition offers', () => {
    expect(
      definitionFlows({
        name: 'x',
        configuration: [
          { name: 'authentication_type', type: 15, options: ['Client Credentials', 'Azure Managed Identities', 'Other'] },
          { name: 'use_managed_identities', type: 8, hidden: true },
        ],
      }).sort(),
    ).toEqual(['client-credentials', 'managed-identity']);
  });
});
