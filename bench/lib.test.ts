import { describe, expect, it } from 'vitest';
import { assetKind, checkBudgets, longestTaskAfter, ratio, summarize, table, totalBlockingTime } from './lib.mjs';

describe('bench helpers', () => {
  it('summarizes runs by median, min and max', () => {
    expect(summarize([5, 1, 3, 9, 7])).toEqual({ median: 5, min: 1, max: 9, runs: 5 });
    expect(summarize([4, 2, 8, 6])).toEqual({ median: 5, min: 2, max: 8, runs: 4 });
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
  it('checks the paint budgets against the static and stack floors', () => {
    const paint = {
      homeFcpMs: 500,
      staticFloorFcpMs: 400,
      integrationPageLcpMs: 530,
      staticFloorLcpMs: 400,
      longestTaskAfterPaintMs: 120,
      stackFloorLongestTaskMs: 150,
    };
    const base = { firstScreenJsCssGzip: 1, stackFloorJsCssGzip: 1, firstScreenHasLazyLibraries: false, codeVisibleAfterDclMs: 0 };
    expect(
      checkBudgets({ ...base, paint })
        .slice(3)
        .map((result: { pass: boolean }) => result.pass),
    ).toEqual([true, false, true]);
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
  it('lays out a table', () => {
    expect(table(['a', 'bb'], [['xxx', 1]])).toBe('a    bb\n---  --\nxxx  1 ');
  });
});
