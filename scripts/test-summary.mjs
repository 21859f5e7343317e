// Adds up the Vitest and Playwright JSON reports into the one summary line the README promises.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath, e2ePath, failedChecks = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedChecks);
const missing = [];

if (unitPath && existsSync(unitPath)) {
  const unit = JSON.parse(readFileSync(unitPath, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else missing.push('unit');

if (e2ePath && existsSync(e2ePath)) {
  const { stats, errors = [] } = JSON.parse(readFileSync(e2ePath, 'utf8'));
  passed += stats.expected + stats.flaky;
  // Errors outside any test (a server that would not start, a broken config) fail the run too.
  failed += stats.unexpected + errors.length;
  for (const error of errors) console.log(`End-to-end run error: ${String(error.message ?? '').split('\n')[0]}`);
} else missing.push('end-to-end');

// A suite that produced no report did not run: count it as a failure rather than hide it.
if (missing.length) console.log(`No report from the ${missing.join(' and ')} tests.`);
failed += missing.length;
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
