import { describe, expect, it } from 'vitest';
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

describe('bench helpers', () => {
  it('summarizes runs by median, min and max', () => {
    expect(summarize([5, 1, 3, 9, 7])).toEqual({ median: 5, min: 1, max: 9, runs: 5 });
    expect(summarize([4, 2, 8, 6])).toEqual({ median: 5, min: 2, max: 8, runs: 4 });
  });
  it('orders the pages so that over the runs each is loaded in every position and after every other page', () => {
    const pages = ['home', 'integration page', 'flow', 'deep link', 'redirect', 'stack floor', 'static floor'];
    const orders = Array.from({ length: 42 }, (_, run) => runOrder(pages, run));
    expect(orders[0]).toEqual(pages);
    for (const order of orders) expect([...order].sort()).toEqual([...pages].sort());
    for (let position = 0; position < pages.length; position += 1)
      expect(new Set(orders.map((order) => order[position])).size).toBe(pages.length);
    for (const page of pages) {
      const before = new Set(orders.flatMap((order) => (order.indexOf(page) > 0 ? [order[order.indexOf(page) - 1]] : [])));
      expect([...before].sort()).toEqual(pages.filter((other) => other !== page).sort());
    }
    // Four pages: steps 1 and 3 only (2 would visit half of them).
    expect(runOrder(['a', 'b', 'c', 'd'], 1)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('counts blocking time beyond 50 ms of long tasks after FCP', () => {
    expect(
      totalBlockingTime(
        [
          [10, 200],
          [100, 80],
          [150, 50],
          [300, 120],
        ],
        50,
      ),
    ).toBe(30 + 0 + 70);
  });
  it('computes ratios and classifies assets', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 0)).toBeNull();
    expect(['/wizard/', 'a.js', 'b.css', 'c.woff2', 'd.svg'].map(assetKind)).toEqual(['html', 'js', 'css', 'font', 'other']);
  });
  it('checks the budgets', () => {
    const results = checkBudgets({
      firstScreenJsCssGzip: 120 * 1024,
      stackFloorJsCssGzip: 100 * 1024,
      firstScreenHasLazyLibraries: false,
      codeVisibleAfterDclMs: 140,
    });
    expect(results.map((result: { pass: boolean }) => result.pass)).toEqual([true, true, false]);
    expect(
      checkBudgets({
        firstScreenJsCssGzip: 126 * 1024,
        stackFloorJsCssGzip: 110 * 1024,
        firstScreenHasLazyLibraries: true,
        codeVisibleAfterDclMs: 10,
      })[0].pass,
    ).toBe(false);
  });
  it("checks each page's paint against its own floor, and the longest task against the stack floor's", () => {
    const paired = (ratio: number | null) => ({ ratio, ms: 500, floorMs: 400 });
    const paint = {
      pages: [
        { name: 'home', fcp: paired(1.05), lcp: paired(1.19) },
        { name: 'flow page', fcp: paired(1.21), lcp: paired(null) },
      ],
      longestTaskAfterPaint: paired(1.2),
    };
    const base = { firstScreenJsCssGzip: 1, stackFloorJsCssGzip: 1, firstScreenHasLazyLibraries: false, codeVisibleAfterDclMs: 0 };
    const results = checkBudgets({ ...base, paint }).slice(3);
    expect(results.map((result: { pass: boolean }) => result.pass)).toEqual([true, true, false, false, true]);
    expect(results[2].budget).toMatch(/^flow page: FCP ≤ 1\.2× its own floor's/);
  });
  it("makes a page's floor of its HTML without any script, keeping its inlined stylesheet", () => {
    const html =
      '<head><style>body{color:red}</style><script>boot()</script><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react.js"></head><body><div id="root">Hi</div></body>';
    expect(withoutScripts(html)).toBe('<head><style>body{color:red}</style></head><body><div id="root">Hi</div></body>');
  });
  it('finds the longest task after paint', () => {
    expect(
      longestTaskAfter(
        [
          [10, 300],
          [600, 90],
          [700, 120],
        ],
        500,
      ),
    ).toBe(120);
    expect(longestTaskAfter([[10, 300]], 500)).toBe(0);
  });
  it('pairs each run of a page with the floor of the same run', () => {
    // The floor drifts between runs (a busy machine in runs 2 and 4): each run's ratio, then their median.
    const floor = [300, 500, 320, 520, 310];
    const page = [360, 650, 400, 676, 341];
    expect(pairedRatio(page, floor)).toBe(1.25); // ratios 1.2, 1.3, 1.25, 1.3, 1.1
    expect(pairedRatio([100, 200], [0, 100])).toBe(2);
    expect(pairedRatio([100], [0])).toBeNull();
  });
  it('lays out a table', () => {
    expect(table(['a', 'bb'], [['xxx', 1]])).toBe('a    bb\n---  --\nxxx  1 ');
  });
});
