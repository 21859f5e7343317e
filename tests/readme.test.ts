import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../src/catalog/flows';
import { INTEGRATIONS } from '../src/catalog/integrations';

const START = '<!-- integrations:start (generated from src/catalog by `UPDATE_README=1 npm run test:unit`) -->';
const END = '<!-- integrations:end -->';

/** The README's list of supported integrations, generated from the catalog so it cannot drift. */
function integrationsTable(): string {
  const rows = INTEGRATIONS.map(
    (integration) =>
      `| ${integration.productName} | \`${integration.id}\` | ${integration.flows.map((flow) => `\`${flow.id}\``).join(', ')} | ${integration.area} |`,
  );
  return ['| Integration | `integration=` | Flows (`flow=`) | Area |', '|---|---|---|---|', ...rows].join('\n');
}

describe('README', () => {
  it('lists exactly the integrations of the catalog', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README has the generated integrations section').toBeGreaterThan(-1);
    const current = readme.slice(start + START.length, end).trim();
    const generated = integrationsTable();
    if (process.env.UPDATE_README && current !== generated) {
      writeFileSync('README.md', `${readme.slice(0, start + START.length)}\n${generated}\n${readme.slice(end)}`);
      return;
    }
    expect(current).toBe(generated);
    expect(Object.keys(FLOWS).every((flow) => readme.includes(`\`${flow}\``))).toBe(true);
  });
});
