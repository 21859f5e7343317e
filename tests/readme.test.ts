import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/catalog/clouds';
import { FLOWS } from '../src/catalog/flows';
import { everyVersion } from '../src/catalog/integrations';
import { cloudReach } from '../src/catalog/reach';
import type { CloudId } from '../src/catalog/types';
import { COMMANDS } from '../src/catalog/commands';
import { AADSTS_ERRORS } from '../src/catalog/errors';
import { API_ERRORS } from '../src/troubleshoot/api-errors';
import { API_MESSAGES } from '../src/troubleshoot/api-messages';
import { PRODUCT_MESSAGES } from '../src/troubleshoot/product-messages';
import { TOKEN_DESCRIPTION_TEXTS } from '../src/troubleshoot/token-descriptions';

/** The page that lists the supported integrations, generated from the catalog. */
const INTEGRATIONS_PAGE = 'docs/integrations.md';
const REGENERATE = '(generated from src/catalog by `UPDATE_README=1 npm run test:unit`)';

const CLOUD_NAMES: Record<CloudId, string> = {
  ...(Object.fromEntries(Object.values(CLOUDS).map((cloud) => [cloud.id, cloud.label])) as Record<Exclude<CloudId, 'custom'>, string>),
  custom: 'custom endpoints',
};

/** "all", "Worldwide only", "all but custom endpoints" or the few it reaches: shortest for the reader. */
function cloudsOf(clouds: readonly CloudId[]): string {
  const missing = (Object.keys(CLOUD_NAMES) as CloudId[]).filter((id) => !clouds.includes(id));
  if (!missing.length) return 'all';
  if (clouds.length === 1) return `${CLOUD_NAMES[clouds[0]!]} only`;
  if (missing.length <= clouds.length) return `all but ${missing.map((id) => CLOUD_NAMES[id]).join(', ')}`;
  return clouds.map((id) => CLOUD_NAMES[id]).join(', ');
}

/** The list of supported integrations (docs/integrations.md), generated from the catalog so it cannot drift. */
function integrationsTable(): string {
  const rows = everyVersion().map((integration) => {
    const name = integration.version ? `${integration.productName}, ${integration.version.label.toLowerCase()}` : integration.productName;
    const link = integration.version ? `\`${integration.id}\` \`version=${integration.version.id}\`` : `\`${integration.id}\``;
    const flows = integration.flows.map((flow) => `\`${flow.id}\``).join(', ');
    return `| ${name} | ${link} | ${flows} | ${cloudsOf(cloudReach(integration).clouds)} | ${integration.area} |`;
  });
  return ['| Integration | `integration=` | Flows (`flow=`) | Clouds | Area |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Where each entry's facts were read: the vendor's public definitions (linked) and this project's reference notes. */
function sourcesList(): string {
  // "owner/repo@commit path (remark)" links to that commit's file; "owner/repo path" to the default branch.
  const source = (text: string) => {
    const vendor = /^([\w.-]+\/[\w.-]+)(?:@([0-9a-f]{40}))? (\S+)(.*)$/.exec(text);
    if (!vendor || !vendor[3]!.includes('/')) return `\`${text}\``;
    const [, repository, commit, path, remark] = vendor;
    const link = `[${path!.split('/').at(-1)}${commit ? `@${commit.slice(0, 7)}` : ''}](https://github.com/${repository}/blob/${commit ?? 'master'}/${path})`;
    return `${link}${remark}`;
  };
  return everyVersion()
    .map((integration) => {
      const name = integration.version ? `${integration.productName}, ${integration.version.label.toLowerCase()}` : integration.productName;
      return `- ${name} (\`${integration.id}\`): ${integration.sources.map(source).join(', ')}`;
    })
    .join('\n');
}

/** What the troubleshooter and least privilege cover, counted from their data. */
function coverage(): string {
  const integrations = new Set(PRODUCT_MESSAGES.flatMap((message) => (message.integrations === 'module' ? [] : message.integrations)));
  const commands = Object.values(COMMANDS);
  return [
    `- **${PRODUCT_MESSAGES.length} messages the product prints** about sign-in and set-up, read from the code of ${integrations.size} integrations and the shared Microsoft module (${PRODUCT_MESSAGES.filter((message) => message.integrations === 'module').length} of them the module's);`,
    `- **${Object.keys(AADSTS_ERRORS).length} AADSTS codes** of Microsoft Entra ID, ${TOKEN_DESCRIPTION_TEXTS.length} of their descriptions also without the number;`,
    `- **${Object.keys(API_ERRORS).length} API error codes** and **${API_MESSAGES.length} API messages** recognised by their words alone (Graph, Resource Manager, Defender, Log Analytics, Exchange, Teams bots);`,
    `- least privilege: **${commands.reduce((sum, entry) => sum + entry.commands.length, 0)} commands of ${commands.length} integrations** with the permissions each needs.`,
  ].join('\n');
}

const SECTIONS = [
  { name: 'integrations', generate: integrationsTable, file: INTEGRATIONS_PAGE },
  { name: 'sources', generate: sourcesList, file: INTEGRATIONS_PAGE },
  { name: 'coverage', generate: coverage, file: 'README.md' },
];

describe('docs', () => {
  for (const section of SECTIONS) {
    it(`has the ${section.name} section generated from the data`, () => {
      const readme = readFileSync(section.file, 'utf8');
      const startMarker = `<!-- ${section.name}:start ${REGENERATE} -->`;
      const start = readme.indexOf(startMarker);
      const end = readme.indexOf(`<!-- ${section.name}:end -->`);
      expect(start, `${section.file} has the generated ${section.name} section`).toBeGreaterThan(-1);
      expect(end).toBeGreaterThan(start);
      const current = readme.slice(start + startMarker.length, end).trim();
      const generated = section.generate();
      if (process.env.UPDATE_README && current !== generated) {
        writeFileSync(section.file, `${readme.slice(0, start + startMarker.length)}\n${generated}\n${readme.slice(end)}`);
        return;
      }
      expect(current).toBe(generated);
    });
  }

  it('names every flow the deep links accept', () => {
    const readme = readFileSync('docs/hosting.md', 'utf8');
    expect(Object.keys(FLOWS).filter((flow) => !readme.includes(`\`${flow}\``))).toEqual([]);
  });
});
