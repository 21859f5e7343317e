// npm run catalog:drift -- <demisto/content checkout, folders or .yml files>: compares the catalog with the
// integrations' definitions (parameter names, types, options, labels, flows) and prints the differences. Exits 1
// when a parameter of the catalog is missing from its definition or has another type there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { createServer } from 'vite';

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('Usage: npm run catalog:drift -- <path to a demisto/content checkout, or folders or .yml definition files>');
  process.exit(2);
}

function ymlFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const full = join(path, name);
    return statSync(full).isDirectory() ? ymlFiles(full) : name.endsWith('.yml') ? [full] : [];
  });
}

/**
 * The pack version a definition belongs to: a leading `# source: …; pack currentVersion X` comment (a copy kept
 * outside a checkout), else the `currentVersion` of the nearest pack_metadata.json above it (a checkout).
 */
function packVersion(file, text) {
  const noted = /^#.*pack currentVersion (\d+(?:\.\d+)*)/m.exec(text)?.[1];
  if (noted) return noted;
  for (let folder = dirname(file); folder !== dirname(folder); folder = dirname(folder)) {
    try {
      return JSON.parse(readFileSync(join(folder, 'pack_metadata.json'), 'utf8')).currentVersion;
    } catch {
      // not here: look further up
    }
  }
  return undefined;
}

const definitions = [];
for (const root of paths)
  for (const file of ymlFiles(root)) {
    let document;
    const text = readFileSync(file, 'utf8');
    try {
      document = parse(text);
    } catch (error) {
      console.error(`skipped ${file}: not YAML (${error.message.split('\n')[0]})`);
      continue;
    }
    if (document && typeof document.name === 'string' && Array.isArray(document.configuration))
      definitions.push({
        name: document.name,
        configuration: document.configuration,
        path: relative(root, file) || file,
        packVersion: packVersion(file, text),
      });
  }

// The catalog is TypeScript: Vite loads it as the app's build would.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { everyVersion } = await vite.ssrLoadModule('/src/catalog/integrations/index.ts');
  const INTEGRATIONS = everyVersion();
  const { catalogDrift, pairDefinitions } = await vite.ssrLoadModule('/src/catalog/drift.ts');
  const { pairs, unmatched } = pairDefinitions(INTEGRATIONS, definitions);
  let errors = 0;
  let differences = 0;
  for (const { integration, definition } of pairs) {
    const drifts = catalogDrift(integration, definition);
    errors += drifts.filter((drift) => drift.level === 'error').length;
    const found = drifts.filter((drift) => drift.level !== 'left out').length;
    differences += found;
    const entry = integration.version ? `${integration.id} ${integration.version.label}` : integration.id;
    const where = `${definition.path ?? definition.name}${definition.packVersion ? `, pack ${definition.packVersion}` : ''}`;
    console.log(`\n${entry} (${where}): ${found ? `${found} differences` : 'matches'}`);
    for (const drift of drifts) console.log(`  ${drift.level.padEnd(7)} ${drift.message}`);
  }
  for (const integration of unmatched)
    console.log(`\n${integration.id}${integration.version ? ` ${integration.version.label}` : ''}: no definition among these`);
  console.log(
    `\n${pairs.length} of ${INTEGRATIONS.length} catalog entries (versions included) compared with ${definitions.length} definitions; ${errors} errors, ${differences} differences in all.`,
  );
  process.exitCode = errors ? 1 : 0;
} finally {
  await vite.close();
}
