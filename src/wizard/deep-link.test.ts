import { describe, expect, it } from 'vitest';
import { choicesFromQuery, choicesToQuery } from '../state/choices';
import {
  integrationPage,
  integrationPageHref,
  troubleshootRoute,
  withoutTroubleshootParams,
  parseDeepLink,
  withoutDeepLinkParams,
} from './deep-link';
import { INTEGRATIONS } from '../catalog/integrations';
import { firstOpenStep } from './steps';

describe('parseDeepLink', () => {
  it('carries the commands an instance will run, for a known integration only', () => {
    expect(
      parseDeepLink('?integration=microsoft-defender-endpoint&commands=microsoft-atp-isolate-machine, microsoft-atp-list-alerts')?.choices
        .commands,
    ).toBe('microsoft-atp-isolate-machine,microsoft-atp-list-alerts');
    expect(parseDeepLink('?commands=microsoft-atp-isolate-machine')?.choices.commands).toBeUndefined();
  });

  it('pre-fills every choice of a complete link and lands on the app details step', () => {
    const link = parseDeepLink(
      '?integration=microsoft-graph-api&flow=auth-code&cloud=custom&authority=http://127.0.0.1:9400/&tenant=contoso.com&client=11111111-2222-3333-4444-555555555555&redirect=https://w.example/',
    );
    expect(link?.problems).toEqual([]);
    expect(link?.choices).toEqual({
      integration: 'microsoft-graph-api',
      flow: 'auth-code',
      cloud: 'custom',
      authority: 'http://127.0.0.1:9400',
      tenant: 'contoso.com',
      client: '11111111-2222-3333-4444-555555555555',
      redirect: 'https://w.example/',
      values: {},
    });
    expect(firstOpenStep(link!.choices)).toBe('/app');
  });

  it('explains unknown values and drops them', () => {
    const link = parseDeepLink('?integration=nope&flow=magic&cloud=mars');
    expect(link?.choices).toEqual({ values: {} });
    expect(link?.problems.join('\n')).toMatch(/unknown integration "nope"[\s\S]*unknown flow "magic"[\s\S]*unknown cloud "mars"/);
    expect(firstOpenStep(link!.choices)).toBe('/');
  });

  it("an older version's link takes that version's flows and clouds, and lands where the current version would refuse", () => {
    const link = parseDeepLink('?integration=azure-sentinel&version=1.0&flow=auth-code&cloud=global');
    expect(link?.problems).toEqual([]);
    expect(link?.choices).toMatchObject({ integration: 'azure-sentinel', version: '1.0', flow: 'auth-code', cloud: 'global' });
    expect(firstOpenStep(link!.choices)).toBe('/app');
    // The current version has no authorization code, and the older one no national clouds.
    expect(parseDeepLink('?integration=azure-sentinel&flow=auth-code')?.problems.join()).toMatch(/does not support the "auth-code" flow/);
    expect(parseDeepLink('?integration=azure-sentinel&version=1.0&cloud=gcc-high')?.problems.join()).toMatch(
      /cannot sign in to the "gcc-high" cloud/,
    );
  });

  it('explains a version it does not know, and one of an integration whose versions all sign in alike', () => {
    const unknown = parseDeepLink('?integration=azure-sentinel&version=0.9');
    expect(unknown?.choices.version).toBeUndefined();
    expect(unknown?.problems.join()).toMatch(/version "0\.9".*Older versions it knows: 1\.0 \(Versions up to 1\.0\.13\)/);
    expect(parseDeepLink('?integration=azure-storage&version=1.0')?.problems.join()).toMatch(
      /every version of Azure Storage Management signs in the same way/,
    );
    expect(withoutDeepLinkParams('?integration=azure-sentinel&version=1.0&keep=1')).toBe('?keep=1');
  });

  it('refuses a flow the integration does not support', () => {
    const link = parseDeepLink('?integration=azure-ad-identity-protection&flow=auth-code');
    expect(link?.choices.flow).toBeUndefined();
    expect(link?.problems[0]).toMatch(/does not support the "auth-code" flow/);
    expect(firstOpenStep(link!.choices)).toBe('/flow');
  });

  it('refuses secrets and an authority outside the custom cloud', () => {
    const link = parseDeepLink('?integration=azure-sentinel&client_secret=hunter2&cloud=global&authority=https://evil.example');
    expect(JSON.stringify(link?.choices)).not.toContain('hunter2');
    expect(link?.choices.authority).toBeUndefined();
    expect(link?.problems.join('\n')).toMatch(/Secrets are never accepted from a URL[\s\S]*custom cloud only/);
  });

  it('refuses a cloud the integration does not support', () => {
    const link = parseDeepLink('?integration=microsoft-defender-endpoint&cloud=china');
    expect(link?.choices.cloud).toBeUndefined();
    expect(link?.problems[0]).toMatch(
      /cannot sign in to the "china" cloud for Microsoft Defender for Endpoint: it reaches global, gcc, gcc-high, dod/,
    );
  });

  it('refuses custom endpoints for an integration whose code has no custom login host', () => {
    const link = parseDeepLink('?integration=microsoft-graph-user&cloud=custom&authority=https://login.example.com');
    expect(link?.choices.cloud).toBeUndefined();
    expect(link?.choices.authority).toBeUndefined();
    expect(link?.problems.join('\n')).toMatch(/cannot sign in to the "custom" cloud for Microsoft Graph User/);
  });

  it('takes a certificate as the credential, refuses an unknown one, and never a private key', () => {
    expect(parseDeepLink('?integration=microsoft-graph-user&credential=certificate')?.choices.credential).toBe('certificate');
    const link = parseDeepLink('?integration=microsoft-graph-user&credential=pfx&private_key=-----BEGIN');
    expect(link?.choices.credential).toBeUndefined();
    expect(JSON.stringify(link?.choices)).not.toContain('BEGIN');
    expect(link?.problems.join('\n')).toMatch(/"private_key"[\s\S]*Secrets are never accepted[\s\S]*unknown credential "pfx"/);
  });

  it('is not a deep link without its keys', () => {
    expect(parseDeepLink('?utm_source=docs')).toBeUndefined();
  });

  it('removes its values and refused secrets from the address, keeping the rest', () => {
    expect(withoutDeepLinkParams('?integration=a&secret=s&utm_source=docs')).toBe('?utm_source=docs');
  });
});

describe('choices in the step query', () => {
  it('round-trips, including admin-entered values', () => {
    const choices = {
      integration: 'azure-sentinel',
      flow: 'client-credentials' as const,
      tenant: 'common',
      values: { subscriptionID: 'abc', workspaceName: 'ws' },
    };
    expect(choicesFromQuery(new URLSearchParams(choicesToQuery(choices)))).toEqual(choices);
  });
});

describe('the troubleshooter link', () => {
  it("opens its route, with a known integration only, and leaves the hosting page's own parameters", () => {
    expect(troubleshootRoute('?troubleshoot&integration=microsoft-graph-user')).toBe('/troubleshoot?integration=microsoft-graph-user');
    expect(troubleshootRoute('?troubleshoot=1&integration=nope')).toBe('/troubleshoot');
    expect(troubleshootRoute('?integration=microsoft-graph-user')).toBeUndefined();
    expect(withoutTroubleshootParams('?troubleshoot&integration=x&utm_source=docs')).toBe('?utm_source=docs');
  });
});

describe('integration pages', () => {
  it('names the integration of <base>i/<id>/, for a known id under the build base only', () => {
    expect(integrationPage('/wizard/i/microsoft-graph-user/', '/wizard/')).toBe('microsoft-graph-user');
    expect(integrationPage('/wizard/i/microsoft-graph-user/index.html', '/wizard/')).toBe('microsoft-graph-user');
    expect(integrationPage('/i/azure-storage/', '/')).toBe('azure-storage');
    expect(integrationPage('/wizard/i/nope/', '/wizard/')).toBeUndefined();
    expect(integrationPage('/other/i/azure-storage/', '/wizard/')).toBeUndefined();
    expect(integrationPage('/wizard/', '/wizard/')).toBeUndefined();
  });

  it('links every integration of the catalog to the page the build writes for it', () => {
    for (const { id } of INTEGRATIONS) {
      expect(integrationPageHref(id, '/wizard/')).toBe(`/wizard/i/${id}/`);
      expect(integrationPage(integrationPageHref(id, '/wizard/'), '/wizard/')).toBe(id);
    }
  });
});
