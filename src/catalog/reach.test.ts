import { describe, expect, it } from 'vitest';
import { findIntegration, INTEGRATIONS } from './integrations';
import { cloudReach } from './reach';
import { kindOf } from './parameter-type';
import type { Integration } from './types';

const reach = (id: string) => cloudReach(findIntegration(id)!);

describe('cloudReach: the clouds the product can sign in to, read from the parameters its code uses', () => {
  it('Graph User: its Azure Cloud select has no Custom option, so no custom endpoints', () => {
    expect(reach('microsoft-graph-user').clouds).toEqual(['global', 'gcc', 'gcc-high', 'dod', 'china']);
    expect(reach('microsoft-graph-user').why).toMatch(/login host of its “Azure Cloud” setting\.$/);
    expect(reach('microsoft-graph-user').noCustom).toMatch(/no custom login host/);
  });

  it('Graph API and Kubernetes: Custom plus an Azure AD endpoint text field reach a custom login host', () => {
    expect(reach('microsoft-graph-api').clouds).toContain('custom');
    expect(reach('azure-kubernetes-services').clouds).toContain('custom');
    expect(reach('microsoft-graph-api').noCustom).toBeUndefined();
    expect(reach('microsoft-graph-api').why).toMatch(/with “Custom”, at its “Azure AD endpoint”/);
  });

  it('Log Analytics: its Custom option feeds server_url (Resource Manager), which get_azure_cloud reads first', () => {
    expect(reach('azure-log-analytics').clouds).not.toContain('custom');
    expect(reach('azure-log-analytics').noCustom).toMatch(
      /changes only the Resource Manager address: sign-in stays at login\.microsoftonline\.com/,
    );
  });

  it('Defender for Endpoint: the clouds its Endpoint Type names; Custom changes only the API URL', () => {
    expect(reach('microsoft-defender-endpoint').clouds).toEqual(['global', 'gcc', 'gcc-high', 'dod']);
  });

  it('a list of login hosts reaches the clouds that sign in there, and no custom host', () => {
    const listed = cloudReach({ ...findIntegration('azure-ad-identity-protection')!, clouds: undefined });
    expect(listed.clouds).toEqual(['global', 'gcc', 'gcc-high', 'dod', 'china']);
    // Its code asks every token at the worldwide login host, whatever the list says.
    expect(reach('azure-ad-identity-protection').clouds).toEqual(['global']);
    expect(reach('azure-ad-identity-protection').why).toMatch(/fixed hosts, whatever its “Azure Active Directory endpoint” setting says/);
  });

  it('only a Graph host setting: the worldwide login host and tokens, so worldwide only', () => {
    expect(reach('microsoft-graph-security').clouds).toEqual(['global']);
    expect(reach('microsoft-graph-security').why).toMatch(
      /always signs in at login\.microsoftonline\.com.*“Host URL” setting changes only where requests go/,
    );
  });

  it('a Graph host the code picks its cloud from (GRAPH_BASE_ENDPOINTS): every cloud with its own Graph address, not GCC', () => {
    expect(reach('microsoft-graph-mail').clouds).toEqual(['global', 'gcc-high', 'dod', 'china']);
    // Calendar's code builds its client without a cloud: the Server URL moves only its requests.
    expect(reach('microsoft-graph-calendar').clouds).toEqual(['global']);
    expect(reach('microsoft-graph-mail').why).toMatch(/GCC is not reachable/);
  });

  it('no cloud setting at all: worldwide only', () => {
    expect(reach('azure-storage').clouds).toEqual(['global']);
    expect(reach('azure-storage').why).toMatch(/no cloud setting/);
  });

  it('an entry’s own clouds narrow what the parameters allow, and say why', () => {
    const derived = cloudReach({ ...findIntegration('azure-kubernetes-services')!, clouds: undefined });
    const narrowed = cloudReach({ ...findIntegration('azure-kubernetes-services')!, clouds: ['global', 'custom'] });
    expect(derived.clouds.length).toBeGreaterThan(2);
    expect(narrowed.clouds).toEqual(['global', 'custom']);
    expect(narrowed.why).toMatch(/fixed hosts, whatever its “Azure Cloud” setting says/);
  });

  it('every integration reaches at least one cloud; an entry’s own list can only narrow it', () => {
    for (const integration of INTEGRATIONS) {
      const { clouds } = cloudReach(integration);
      expect(clouds.length, integration.id).toBeGreaterThan(0);
      if (!integration.clouds) continue;
      const derived = cloudReach({ ...integration, clouds: undefined } as Integration).clouds;
      expect(derived, `${integration.id}: its clouds widen what its parameters reach`).toEqual(expect.arrayContaining(integration.clouds));
    }
  });

  it('says why there are no custom endpoints wherever there are none', () => {
    for (const integration of INTEGRATIONS) {
      const { clouds, noCustom } = cloudReach(integration);
      if (clouds.includes('custom')) expect(noCustom, integration.id).toBeUndefined();
      else expect(noCustom, integration.id).toMatch(/\w/);
    }
    expect(reach('azure-storage').noCustom).toBe('None of its settings takes a login host.');
  });

  it('custom endpoints only where a parameter carries the login host', () => {
    for (const integration of INTEGRATIONS) {
      if (!cloudReach(integration).clouds.includes('custom')) continue;
      const login = integration.parameters.find((p) => p.source.from === 'cloud-host' && p.source.host === 'login');
      expect(login && kindOf(login.type), integration.id).toBe('text');
    }
  });
});
