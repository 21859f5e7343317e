// Pure helpers of the benchmark: statistics, budgets and the table. Unit-tested in bench/lib.test.ts.

/** Median, min and max of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Total blocking time: the part of each long task beyond 50 ms, for tasks that start after first contentful paint. */
export function totalBlockingTime(longTasks, fcp) {
  return longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

/**
 * The order of the pages in one run: every page once, walked with a step coprime to their number from a starting
 * place that moves each run, so that over the runs each page is loaded in every position and after every other page.
 * A fixed order favours some pages: here a load right after a script-heavy page paints measurably later (the home
 * after the stack floor: 1.38–1.47× the static floor; after the static floor: 1.30×).
 */
export function runOrder(names, run) {
  const count = names.length;
  const gcd = (a, b) => (b ? gcd(b, a % b) : a);
  const steps = Array.from({ length: Math.max(1, count - 1) }, (_, index) => index + 1).filter((step) => gcd(step, count) === 1);
  const step = steps[run % steps.length];
  return names.map((_, position) => names[(run + position * step) % count]);
}

/**
 * Median over runs of a page's figure divided by a floor's figure of the same run, rounded. Both were measured in the
 * same run, moments apart, so the machine's drift between runs (which moves the floors themselves by ±20%) cancels out;
 * a ratio of two medians taken from different runs does not. Runs where the floor measured zero are left out.
 */
export function pairedRatio(values, floorValues) {
  const ratios = values.flatMap((value, run) => (floorValues[run] > 0 ? [value / floorValues[run]] : []));
  return ratios.length ? Math.round(summarize(ratios).median * 100) / 100 : null;
}

/** Wizard figure divided by floor figure, rounded; null where the floor is zero. */
export function ratio(wizard, floor) {
  return floor > 0 ? Math.round((wizard / floor) * 100) / 100 : null;
}

/** Asset kind by file name. */
export function assetKind(path) {
  if (/\.html?$/.test(path) || path.endsWith('/')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

/** A paint figure may be at most this many times its floor's; the longest task after paint, the stack floor's. */
export const PAINT_LIMIT = 1.2;
export const LONG_TASK_LIMIT = 1.2;

/**
 * Checks the budgets (docs/performance.md) against measured figures; each entry says pass or miss, and by how much.
 * Paint budgets compare paired ratios (pairedRatio) of each page to its own floor; medians in ms are shown beside them.
 * @typedef {{ ratio: number | null, ms: number, floorMs: number }} Paired
 * @param {{ firstScreenJsCssGzip: number, stackFloorJsCssGzip: number, firstScreenHasLazyLibraries: boolean,
 *   codeVisibleAfterDclMs: number, paint?: { pages: { name: string, fcp: Paired, lcp: Paired }[], longestTaskAfterPaint: Paired } }} figures
 */
export function checkBudgets({ firstScreenJsCssGzip, stackFloorJsCssGzip, firstScreenHasLazyLibraries, codeVisibleAfterDclMs, paint }) {
  const limit = Math.min(1.25 * stackFloorJsCssGzip, 125 * 1024);
  const shown = ({ ratio, ms, floorMs }) => `${ratio}× (medians ${ms.toFixed(0)} and ${floorMs.toFixed(0)} ms)`;
  const paintBudgets = paint
    ? [
        ...paint.pages.flatMap((page) =>
          ['fcp', 'lcp'].map((key) => ({
            budget: `${page.name}: ${key.toUpperCase()} ≤ ${PAINT_LIMIT}× its own floor's (its HTML and CSS without scripts), same run, median over runs`,
            value: shown(page[key]),
            pass: page[key].ratio !== null && page[key].ratio <= PAINT_LIMIT,
          })),
        ),
        {
          budget: `longest task after first paint ≤ ${LONG_TASK_LIMIT}× the stack floor's longest, same run, median over runs`,
          value: shown(paint.longestTaskAfterPaint),
          pass: paint.longestTaskAfterPaint.ratio !== null && paint.longestTaskAfterPaint.ratio <= LONG_TASK_LIMIT,
        },
      ]
    : [];
  return [
    {
      budget: `first screen JS+CSS ≤ 1.25× stack floor and ≤ 125 KB gzip (${(limit / 1024).toFixed(1)} KB)`,
      value: `${(firstScreenJsCssGzip / 1024).toFixed(1)} KB`,
      pass: firstScreenJsCssGzip <= limit,
    },
    {
      budget: 'no msal, QR or other lazily needed library in the first screen',
      value: firstScreenHasLazyLibraries ? 'present' : 'absent',
      pass: !firstScreenHasLazyLibraries,
    },
    {
      budget: 'redirect landing shows the code ≤ 100 ms after DOMContentLoaded (4× CPU throttle)',
      value: `${codeVisibleAfterDclMs.toFixed(0)} ms`,
      pass: codeVisibleAfterDclMs <= 100,
    },
    ...paintBudgets,
  ];
}

/**
 * A page's floor: its own prerendered HTML with every script removed (the inline boot script, the entry module and its
 * preloads); its inlined stylesheet stays. What the page would cost if no script ran at all.
 */
export function withoutScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
}

/** The longest of the long tasks that start at or after first contentful paint; 0 when there is none. */
export function longestTaskAfter(longTasks, fcp) {
  return longTasks.filter(([start]) => start >= fcp).reduce((longest, [, duration]) => Math.max(longest, duration), 0);
}

/** A plain-text table: one row per array of cells. */
export function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(String(cell).length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
