// A plain static server for the built wizard: no rewrites, no fallbacks, as any static host would serve it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const files = sirv(values.dir, { dev: false, etag: true, gzip: false });

// The build's `_headers` file (Netlify / Cloudflare Pages format): its `/*` block applies to every response.
function readHeaders(file) {
  if (!existsSync(file)) return {};
  const headers = {};
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match) headers[match[1]] = match[2];
  }
  return headers;
}
const headers = readHeaders(join(values.dir, '_headers'));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1) || (url.pathname === '/' && base !== '/')) {
    res.writeHead(302, { location: `${base}${url.search}` }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  files(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'));
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Wizard served from ${values.dir} at http://localhost:${values.port}${base}`);
});
