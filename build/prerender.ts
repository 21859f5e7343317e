import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, minifySync, type Plugin, type ResolvedConfig } from 'vite';
import { bootScript } from './boot-script.ts';
import { catalogIndexPlugin } from './catalog-index.ts';

/** What src/prerender/render.tsx renders (declared here so the build config does not type-check the app). */
interface StaticPage {
  file: string;
  title: string;
  description: string;
  html: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Adds the inline script's and style's hashes to a policy's script-src and style-src. */
function withHashes(text: string, scriptHash: string, styleHash: string): string {
  // The meta tag's attribute spells quotes as &#39;; the header files as they are.
  const add = (source: string, directive: string, hash: string) =>
    source
      .replaceAll(`${directive} 'self'`, `${directive} 'self' ${hash}`)
      .replaceAll(`${directive} &#39;self&#39;`, `${directive} &#39;self&#39; ${hash.replaceAll("'", '&#39;')}`);
  return add(add(text, 'script-src', scriptHash), 'style-src', styleHash);
}

/**
 * After the client build: renders the home, one page per integration (`i/<id>/index.html`) and one per flow of each
 * (`i/<id>/<flow>/index.html`) to static HTML with
 * the app's own components, inlines the stylesheet and the boot script (first paint needs one request, not two),
 * and adds their hashes to the Content-Security-Policy of every page and of the header files.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ms-auth-wizard:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // Not for the server build itself, nor for other roots built with this config (the bench's stack floor).
      if (config.build.ssr || !existsSync(join(config.root, 'src/prerender/render.tsx'))) return;
      const outDir = resolve(config.root, config.build.outDir);
      // Inside the project, so the server bundle resolves react and react-router from node_modules.
      const ssrDir = resolve(config.root, 'node_modules/.tmp/prerender');
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react(), catalogIndexPlugin()],
        build: { ssr: 'src/prerender/render.tsx', outDir: ssrDir, emptyOutDir: true, minify: false },
      });
      const { renderPages, pageFlows } = (await import(`${pathToFileURL(join(ssrDir, 'render.js')).href}?t=${Date.now()}`)) as {
        renderPages: () => StaticPage[];
        pageFlows: () => Record<string, string[]>;
      };
      const boot = minifySync('boot.js', bootScript(config.base, pageFlows())).code.trim();
      rmSync(ssrDir, { recursive: true, force: true });

      let template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(template);
      if (!stylesheet?.[1]) throw new Error('prerender: the built index.html links no stylesheet');
      const css = readFileSync(join(outDir, stylesheet[1].slice(config.base.length)), 'utf8');
      template = template.replace(stylesheet[0], `<style>${css}</style>`).replace('<!--boot-script-->', `<script>${boot}</script>`);
      const scriptHash = sha256(boot);
      const styleHash = sha256(css);
      template = withHashes(template, scriptHash, styleHash);

      for (const page of renderPages()) {
        const html = template
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
          .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(page.description)}"`)
          .replace('<div id="root"></div>', `<div id="root"><div id="static-page">${page.html}</div></div>`);
        const file = join(outDir, page.file);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
      for (const name of ['_headers', 'staticwebapp.config.json']) {
        const file = join(outDir, name);
        if (existsSync(file)) writeFileSync(file, withHashes(readFileSync(file, 'utf8'), scriptHash, styleHash));
      }
    },
  };
}
