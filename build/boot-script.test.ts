import { minifySync } from 'vite';
import { describe, expect, it } from 'vitest';
import { bootScript } from './boot-script';

const PAGES = { 'azure-sentinel': ['client-credentials', 'managed-identity'], 'microsoft-graph-user': ['auth-code', 'client-credentials'] };

/** Runs the inline script as the page would, minified as the build ships it, on an address under /wizard/. */
function run(address: string, minify = true) {
  const source = bootScript('/wizard/', PAGES);
  const script = minify ? minifySync('boot.js', source).code : source;
  const url = new URL(address, 'https://wizard.example');
  const attributes: Record<string, string> = {};
  const moves: string[] = [];
  const root = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  const place = { pathname: url.pathname, search: url.search, hash: url.hash, replace: (to: string) => moves.push(to) };
  new Function('document', 'location', script)({ documentElement: root }, place);
  return { boot: attributes['data-boot'], movedTo: moves[0] };
}

describe('the boot script', () => {
  it('paints the page it is on for plain pages and steps that belong there', () => {
    for (const address of [
      '/wizard/',
      '/wizard/#/',
      '/wizard/i/azure-sentinel/',
      '/wizard/i/azure-sentinel/index.html',
      '/wizard/i/azure-sentinel/client-credentials/',
      '/wizard/i/azure-sentinel/client-credentials/?cloud=gcc-high',
      '/wizard/i/microsoft-graph-user/auth-code/#/app?integration=microsoft-graph-user&flow=auth-code&cloud=global',
      '/wizard/?integration=unknown-thing&flow=auth-code',
      '/wizard/?troubleshoot&integration=azure-sentinel',
      '/wizard/#/troubleshoot',
    ])
      expect(run(address), address).toEqual({ boot: 'page', movedTo: undefined });
  });

  it("moves a deep link or a step's address to the nearest prerendered page, keeping query and hash", () => {
    const cases: Array<[string, string]> = [
      [
        '/wizard/?integration=microsoft-graph-user&flow=auth-code&cloud=global',
        '/wizard/i/microsoft-graph-user/auth-code/?integration=microsoft-graph-user&flow=auth-code&cloud=global',
      ],
      [
        '/wizard/i/azure-sentinel/?flow=client-credentials&cloud=global',
        '/wizard/i/azure-sentinel/client-credentials/?flow=client-credentials&cloud=global',
      ],
      [
        '/wizard/#/app?integration=azure-sentinel&flow=managed-identity',
        '/wizard/i/azure-sentinel/managed-identity/#/app?integration=azure-sentinel&flow=managed-identity',
      ],
      // A flow the integration lacks, or an older version's flows: the integration's page lists them.
      ['/wizard/?integration=azure-sentinel&flow=device-code', '/wizard/i/azure-sentinel/?integration=azure-sentinel&flow=device-code'],
      [
        '/wizard/?integration=azure-sentinel&version=1.0&flow=auth-code',
        '/wizard/i/azure-sentinel/?integration=azure-sentinel&version=1.0&flow=auth-code',
      ],
      ['/wizard/i/azure-sentinel/client-credentials/?version=1.0', '/wizard/i/azure-sentinel/?version=1.0'],
      ['/wizard/?integration=azure-sentinel', '/wizard/i/azure-sentinel/?integration=azure-sentinel'],
    ];
    for (const [address, target] of cases) expect(run(address), address).toEqual({ boot: 'app', movedTo: target });
  });

  it('lets the app paint a sign-in answer at once, wherever it lands', () => {
    for (const address of [
      '/wizard/?code=0.AXYZ&state=abc',
      '/wizard/?error=access_denied&error_description=x&state=abc',
      '/wizard/?admin_consent=True&tenant=t&state=abc',
      '/wizard/#code=0.AXYZ&state=abc',
      '/wizard/#state=abc&error=interaction_required',
    ])
      expect(run(address), address).toEqual({ boot: 'app', movedTo: undefined });
  });

  it('runs the same before minification', () => {
    expect(run('/wizard/?integration=azure-sentinel&flow=client-credentials', false).movedTo).toBe(
      '/wizard/i/azure-sentinel/client-credentials/?integration=azure-sentinel&flow=client-credentials',
    );
    expect(run('/wizard/i/azure-sentinel/', false)).toEqual({ boot: 'page', movedTo: undefined });
  });

  it('ignores names inherited by every object', () => {
    expect(run('/wizard/?integration=constructor&flow=toString')).toEqual({ boot: 'page', movedTo: undefined });
  });
});
