// npm run bench: what an admin waits for, against each page's own floor and the stack's. Prints a table and writes bench/results.json.
// Builds the wizard and the floors, serves each from the plain static server on loopback, and loads every landing
// page in headless Chromium with 4x CPU throttling and a slow network (DevTools protocol), RUNS times each.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import {
  assetKind,
  checkBudgets,
  longestTaskAfter,
  pairedRatio,
  ratio,
  runOrder,
  summarize,
  table,
  totalBlockingTime,
  withoutScripts,
} from './lib.mjs';

// Default: twice as many runs as measured pages; runOrder varies each page's position and the page before it.
const RUNS = Number(process.env.BENCH_RUNS ?? 14);
const TMP = 'bench/tmp';
const CPU_THROTTLE = 4;
// "Slow 4G" as Chrome DevTools defines it: 150 ms latency, ~1.6 Mbit/s down, ~750 kbit/s up.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const BENCH_CODE = 'BENCH_AUTHORIZATION_CODE_0123456789';

const quiet = { logLevel: 'warn', configFile: 'vite.config.ts' };
/** The pages a help section links, each measured against its own floor: its HTML and CSS without scripts. */
const PAGES = { home: '', 'integration page': 'i/azure-sentinel/', 'flow page': 'i/azure-sentinel/client-credentials/' };
const floorOf = (name) => `${name} floor`;

async function buildAll() {
  rmSync(TMP, { recursive: true, force: true });
  await build({ ...quiet, build: { outDir: `${TMP}/wizard`, emptyOutDir: true } });
  await build({ ...quiet, root: 'bench/floors/stack', base: '/', build: { outDir: `${process.cwd()}/${TMP}/stack`, emptyOutDir: true } });
}

function serve(dir, port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--base', '/', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
}

function fileSizes(dir) {
  const sizes = new Map();
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const content = readFileSync(full);
        sizes.set(`/${relative(dir, full)}`, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, content });
      }
    }
  };
  walk(dir);
  return sizes;
}

/** One page load under throttling: paint timings, blocking time, optional time until `readyCheck` holds, bytes loaded. */
async function measure(browser, url, { prepare, readyCheck } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await context.route(
    (target) => !/^http:\/\/(localhost|127\.0\.0\.1)/.test(target.href),
    (route) => route.abort(),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await page.addInitScript(() => {
    window.__bench = { lcp: 0, long: [] };
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__bench.lcp = entry.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => window.__bench.long.push([entry.startTime, entry.duration])),
    ).observe({ entryTypes: ['longtask'] });
  });
  if (prepare) await page.addInitScript(prepare);
  const loaded = [];
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto(url, { waitUntil: 'load' });
  let readyAfterDcl;
  if (readyCheck) {
    const handle = await page.waitForFunction(readyCheck, undefined, { polling: 100, timeout: 30_000 });
    // An object, because 0 ms (already visible at DOMContentLoaded) is falsy and would keep waitForFunction waiting.
    readyAfterDcl = (await handle.jsonValue()).ms;
  }
  await page.waitForTimeout(1000);
  const timings = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    lcp: window.__bench.lcp,
    long: window.__bench.long,
  }));
  await context.close();
  const longTasks = timings.long.reduce((sum, [, duration]) => sum + duration, 0);
  return {
    fcp: timings.fcp,
    lcp: timings.lcp,
    tbt: totalBlockingTime(timings.long, timings.fcp),
    longTasks,
    longestAfterPaint: longestTaskAfter(timings.long, timings.fcp),
    longest: longestTaskAfter(timings.long, 0),
    readyAfterDcl,
    loaded,
  };
}

/** Summary of one page's runs: medians with min and max, and what the first run loaded. */
function summarizeRuns(runs, options) {
  const stat = (key) => summarize(runs.map((result) => result[key]));
  return {
    fcp: stat('fcp'),
    lcp: stat('lcp'),
    tbt: stat('tbt'),
    longTasks: stat('longTasks'),
    longestAfterPaint: stat('longestAfterPaint'),
    longest: stat('longest'),
    ...(options?.readyCheck ? { codeVisibleAfterDcl: stat('readyAfterDcl') } : {}),
    loaded: [...new Set(runs[0].loaded)],
  };
}

function bytesOf(loaded, sizes) {
  const totals = {
    html: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const path of loaded) {
    const file = sizes.get(path === '/' || path.endsWith('/') ? `${path}index.html` : path);
    if (!file) continue;
    const kind = assetKind(path);
    totals[kind].raw += file.raw;
    totals[kind].gzip += file.gzip;
  }
  return totals;
}

// Strings found only in each library's own code.
const LAZY_MARKERS = {
  msal: /@azure\/msal-browser|msal\.js\.browser/,
  'QR code (uqr)': /0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ \$%\*\+-\.\/:/,
  'react-query': /refetchOnWindowFocus/,
  // The ASN.1/X.509 schemas: the PKCS#1 OID arc survives minification.
  'certificates (@peculiar/asn1-x509)': /1\.2\.840\.113549\.1\.1/,
};

function lazyChunks(sizes, firstScreen) {
  return [...sizes.entries()]
    .filter(([path]) => path.endsWith('.js') && !firstScreen.includes(path))
    .map(([path, file]) => {
      const text = file.content.toString('utf8');
      const holds = Object.entries(LAZY_MARKERS)
        .filter(([, marker]) => marker.test(text))
        .map(([name]) => name);
      return { chunk: path, holds: holds.join(', ') || '(app code)', raw: file.raw, gzip: file.gzip };
    });
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);

async function main() {
  await buildAll();
  const wizardSizes = fileSizes(`${TMP}/wizard`);
  const stackSizes = fileSizes(`${TMP}/stack`);
  const servers = [await serve(`${TMP}/wizard`, 4301), await serve(`${TMP}/stack`, 4302)];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Each measured page's floor: that page's own prerendered HTML and CSS with its scripts removed (withoutScripts),
    // served from the same paths on another port.
    for (const path of Object.values(PAGES)) {
      const html = readFileSync(join(TMP, 'wizard', path, 'index.html'), 'utf8');
      mkdirSync(join(TMP, 'floors', path), { recursive: true });
      writeFileSync(join(TMP, 'floors', path, 'index.html'), withoutScripts(html));
    }
    const floorSizes = fileSizes(`${TMP}/floors`);
    servers.push(await serve(`${TMP}/floors`, 4303));

    const pending = JSON.stringify({
      state: 'bench-state',
      kind: 'authorize',
      startedAt: Date.now(),
      via: 'page',
      choices: {
        integration: 'microsoft-graph-user',
        flow: 'auth-code',
        cloud: 'global',
        tenant: 'contoso.onmicrosoft.com',
        client: '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e',
        values: {},
      },
    });
    const landings = {
      // What a help section links: the home, an integration's page and one of its flows' pages.
      home: { url: `http://localhost:4301/${PAGES.home}` },
      'integration page': { url: `http://localhost:4301/${PAGES['integration page']}` },
      'flow page': { url: `http://localhost:4301/${PAGES['flow page']}` },
      // A deep link to a step: moved to its flow's page, which paints while the step loads.
      'deep link': { url: 'http://localhost:4301/?integration=azure-sentinel&flow=client-credentials&cloud=global' },
      'redirect landing': {
        url: `http://localhost:4301/?code=${BENCH_CODE}&state=bench-state&session_state=bench`,
        // The pending sign-in the wizard would have saved, and a watcher, from the first byte of the page, for the
        // moment the code is on screen (an input holding it is in the document).
        prepare: `sessionStorage.setItem('ms-auth-wizard:pending-sign-in', ${JSON.stringify(pending)});
          const watcher = new MutationObserver(() => {
            if ([...document.querySelectorAll('input')].some((input) => input.value === '${BENCH_CODE}')) {
              window.__codeVisibleAt = performance.now();
              watcher.disconnect();
            }
          });
          watcher.observe(document, { childList: true, subtree: true });`,
        // Time from the end of DOMContentLoaded; 0 when the code was already on screen by then.
        readyCheck: `(() => { const nav = performance.getEntriesByType('navigation')[0]; if (!window.__codeVisibleAt || !nav.domContentLoadedEventEnd) return false; return { ms: Math.max(0, window.__codeVisibleAt - nav.domContentLoadedEventEnd) }; })()`,
      },
      'stack floor': { url: 'http://localhost:4302/', sizes: stackSizes },
      ...Object.fromEntries(
        Object.entries(PAGES).map(([name, path]) => [floorOf(name), { url: `http://localhost:4303/${path}`, sizes: floorSizes }]),
      ),
    };
    // Runs interleave the pages (run 1 of every page, then run 2…), so a busy moment of the machine weighs on every
    // page alike instead of on the one measured then, and each run orders them differently (runOrder), so no page
    // always comes first or after the same one; the ratios to the floors compare like with like.
    const options = Object.fromEntries(
      Object.entries(landings).map(([name, landing]) => [
        name,
        { prepare: landing.prepare, readyCheck: landing.readyCheck ? new Function(`return ${landing.readyCheck}`) : undefined },
      ]),
    );
    const runs = Object.fromEntries(Object.keys(landings).map((name) => [name, []]));
    for (let run = 0; run < RUNS; run += 1) {
      for (const name of runOrder(Object.keys(landings), run)) runs[name].push(await measure(browser, landings[name].url, options[name]));
      process.stderr.write(`run ${run + 1} of ${RUNS}\n`);
    }
    const results = {};
    for (const [name, landing] of Object.entries(landings)) {
      const measured = summarizeRuns(runs[name], options[name]);
      results[name] = { ...measured, bytes: bytesOf(measured.loaded, landing.sizes ?? wizardSizes) };
    }

    /** A page's figure over a floor's, run by run (pairedRatio), with both medians. */
    const paired = (page, floor, key) => ({
      ratio: pairedRatio(
        runs[page].map((result) => result[key]),
        runs[floor].map((result) => result[key]),
      ),
      ms: results[page][key].median,
      floorMs: results[floor][key].median,
    });
    const firstScreen = results.home.loaded;
    const lazy = lazyChunks(wizardSizes, firstScreen);
    const jsCss = (result) => result.bytes.js.gzip + result.bytes.css.gzip;
    const firstScreenText = firstScreen
      .filter((path) => path.endsWith('.js'))
      .map((path) => wizardSizes.get(path)?.content.toString('utf8') ?? '')
      .join('');
    const budgets = checkBudgets({
      firstScreenJsCssGzip: jsCss(results.home),
      stackFloorJsCssGzip: jsCss(results['stack floor']),
      firstScreenHasLazyLibraries: Object.values(LAZY_MARKERS).some((marker) => marker.test(firstScreenText)),
      codeVisibleAfterDclMs: results['redirect landing'].codeVisibleAfterDcl.median,
      paint: {
        pages: Object.keys(PAGES).map((name) => ({
          name,
          fcp: paired(name, floorOf(name), 'fcp'),
          lcp: paired(name, floorOf(name), 'lcp'),
        })),
        longestTaskAfterPaint: (() => {
          // The longest of the landings' longest task after paint, run by run, over the stack floor's longest.
          const wizard = runs.home.map((_, run) => Math.max(...Object.keys(PAGES).map((name) => runs[name][run].longestAfterPaint)));
          const floor = runs['stack floor'].map((result) => result.longest);
          return { ratio: pairedRatio(wizard, floor), ms: summarize(wizard).median, floorMs: summarize(floor).median };
        })(),
      },
    });

    const rows = Object.entries(results).map(([name, result]) => [
      name,
      kb(result.bytes.html.raw + result.bytes.js.raw + result.bytes.css.raw + result.bytes.font.raw),
      kb(result.bytes.html.gzip + result.bytes.js.gzip + result.bytes.css.gzip + result.bytes.font.gzip),
      kb(jsCss(result)),
      `${ms(result.fcp.median)} (${ms(result.fcp.min)}–${ms(result.fcp.max)})`,
      `${ms(result.lcp.median)} (${ms(result.lcp.min)}–${ms(result.lcp.max)})`,
      `${ms(result.tbt.median)} (${ms(result.tbt.min)}–${ms(result.tbt.max)})`,
      `${ms(result.longTasks.median)} (${ms(result.longTasks.min)}–${ms(result.longTasks.max)})`,
      ms(result.longestAfterPaint.median),
      name in PAGES ? `${paired(name, floorOf(name), 'fcp').ratio} / ${paired(name, floorOf(name), 'lcp').ratio}` : '',
      result.codeVisibleAfterDcl
        ? `${ms(result.codeVisibleAfterDcl.median)} (${ms(result.codeVisibleAfterDcl.min)}–${ms(result.codeVisibleAfterDcl.max)})`
        : '',
    ]);
    const ratios = {};
    for (const name of Object.keys(PAGES))
      ratios[name] = { fcp: paired(name, floorOf(name), 'fcp').ratio, lcp: paired(name, floorOf(name), 'lcp').ratio };
    ratios['stack floor'] = {
      jsCssGzip: ratio(jsCss(results.home), jsCss(results['stack floor'])),
      fcp: paired('home', 'stack floor', 'fcp').ratio,
      longTasks: ratio(results.home.longTasks.median, results['stack floor'].longTasks.median),
    };

    console.log(
      `\nms-auth-wizard benchmark: ${RUNS} runs per page, ${CPU_THROTTLE}x CPU throttle, Slow 4G (150 ms, 1.6 Mbit/s); times in ms, median (min–max); TBT counts long tasks after FCP, 'long tasks' all of them\n`,
    );
    console.log(
      table(
        [
          'page',
          'KB raw',
          'KB gzip',
          'JS+CSS KB gzip',
          'FCP',
          'LCP',
          'TBT',
          'long tasks',
          'longest after paint',
          'FCP / LCP ÷ own floor (per run)',
          'code visible after DCL',
        ],
        rows,
      ),
    );
    console.log('\nLazily loaded chunks (not on the first screen):\n');
    console.log(
      table(
        ['chunk', 'holds', 'KB raw', 'KB gzip'],
        lazy.map((chunk) => [chunk.chunk, chunk.holds, kb(chunk.raw), kb(chunk.gzip)]),
      ),
    );
    console.log('\nBudgets:\n');
    console.log(
      table(
        ['budget', 'measured', 'result'],
        budgets.map((budget) => [budget.budget, budget.value, budget.pass ? 'pass' : 'MISSED']),
      ),
    );

    const json = {
      measuredAt: new Date().toISOString(),
      runs: RUNS,
      conditions: { cpuThrottle: CPU_THROTTLE, network: NETWORK },
      pages: Object.fromEntries(
        Object.entries(results).map(([name, result]) => [
          name,
          {
            bytes: result.bytes,
            fcp: result.fcp,
            lcp: result.lcp,
            tbt: result.tbt,
            longTasks: result.longTasks,
            longestAfterPaint: result.longestAfterPaint,
            longest: result.longest,
            ...(result.codeVisibleAfterDcl ? { codeVisibleAfterDcl: result.codeVisibleAfterDcl } : {}),
            loaded: result.loaded,
          },
        ]),
      ),
      lazyChunks: lazy.map(({ chunk, holds, raw, gzip }) => ({ chunk, holds, raw, gzip })),
      ratios,
      budgets,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(json, null, 2)}\n`);
    console.log('\nWrote bench/results.json');
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

await main();
