// A plain static server for the built wizard: no rewrites, no fallbacks, as any static host would serve it (text
// compressed with gzip when the browser accepts it, as static hosts do).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
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

const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const compressed = new Map();

/** A text file of the build, gzipped once and kept; undefined for anything else (sirv serves it as is). */
function gzipped(path) {
  let file = normalize(join(values.dir, path));
  if (!file.startsWith(normalize(values.dir))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const type = TEXT_TYPES[extname(file)];
  if (!type || !existsSync(file)) return undefined;
  if (!compressed.has(file)) compressed.set(file, { type, body: gzipSync(readFileSync(file), { level: 9 }) });
  return compressed.get(file);
}

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
  let path = '';
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  const text = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && gzipped(path);
  if (text) {
    res.writeHead(200, { 'content-type': text.type, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : text.body);
    return;
  }
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  files(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'));
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Wizard served from ${values.dir} at http://localhost:${values.port}${base}`);
});
