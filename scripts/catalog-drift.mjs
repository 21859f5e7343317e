// npm run catalog:drift -- <demisto/content checkout, folders or .yml files>: compares the catalog with the
// integrations' definitions (parameter names, types, options, labels, flows) and prints the differences. Exits 1
// when a parameter of the catalog is missing from its definition or has another type there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const definitions = [];
for (const root of paths)
  for (const file of ymlFiles(root)) {
    let document;
    try {
      document = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`skipped ${file}: not YAML (${error.message.split('\n')[0]})`);
      continue;
    }
    if (document && typeof document.name === 'string' && Array.isArray(document.configuration))
      definitions.push({ name: document.name, configuration: document.configuration, path: relative(root, file) || file });
  }

// The catalog is TypeScript: Vite loads it as the app's build would.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { INTEGRATIONS } = await vite.ssrLoadModule('/src/catalog/integrations/index.ts');
  const { catalogDrift, pairDefinitions } = await vite.ssrLoadModule('/src/catalog/drift.ts');
  const { pairs } = pairDefinitions(INTEGRATIONS, definitions);
  let errors = 0;
  for (const { integration, definition } of pairs) {
    const drifts = catalogDrift(integration, definition);
    errors += drifts.filter((drift) => drift.level === 'error').length;
    console.log(
      `\n${integration.id} (${definition.path ?? definition.name}): ${drifts.length ? `${drifts.length} differences` : 'matches'}`,
    );
    for (const drift of drifts) console.log(`  ${drift.level.padEnd(7)} ${drift.message}`);
  }
  console.log(
    `\n${pairs.length} of ${INTEGRATIONS.length} catalog entries compared with ${definitions.length} definitions; ${errors} errors.`,
  );
  process.exitCode = errors ? 1 : 0;
} finally {
  await vite.close();
}
