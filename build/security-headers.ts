import type { Plugin } from 'vite';
import { CLOUDS } from '../src/catalog/clouds.ts';

/**
 * The page's Content-Security-Policy. `connect-src` allows only this site and the national clouds' login hosts
 * (token and device-code requests); a custom authority or CORS relay is added at build time with
 * WIZARD_CONNECT_SRC="https://login.example.com https://relay.example.com".
 */
export function contentSecurityPolicy(extraConnectSrc: string[] = [], registers = false): string {
  // Registering the app from the browser calls each cloud's Graph and Resource Manager too.
  const hosts = Object.values(CLOUDS).flatMap((cloud) => (registers ? [cloud.login, cloud.graph, cloud.resourceManager] : [cloud.login]));
  const logins = [...new Set(hosts)];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${[...logins, ...extraConnectSrc].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    // Trusted Types: no script may reach an HTML or script sink with a plain string, and no policy may be made to do so.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** Headers for hosts that can set them; `frame-ancestors` works only as a header, not in the meta tag. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/**
 * Puts the policy in a meta tag (for hosts that cannot set headers) and writes ready-made header files:
 * `_headers` (Netlify, Cloudflare Pages; also read by scripts/serve.mjs) and `staticwebapp.config.json`
 * (Azure Static Web Apps).
 */
export function securityHeadersPlugin(): Plugin {
  const extra = (process.env.WIZARD_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
  const csp = contentSecurityPolicy(extra, Boolean(process.env.WIZARD_CLIENT_ID));
  const headers = securityHeaders(csp);
  return {
    name: 'ms-auth-wizard:security-headers',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }],
    generateBundle() {
      const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
      this.emitFile({
        type: 'asset',
        fileName: 'staticwebapp.config.json',
        source: `${JSON.stringify({ globalHeaders: headers }, null, 2)}\n`,
      });
    },
  };
}
