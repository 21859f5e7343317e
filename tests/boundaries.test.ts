import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, expect, it } from 'vitest';

const eslint = new ESLint();
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  );

it('lint refuses an import against the parts’ directions, and the tests’ stand-ins in app code', async () => {
  // The catalog is the bottom part: it may not reach up into the sheet.
  expect(await messages("import { sheetRows } from '../sheet/parameters';\nexport const x = sheetRows;\n", 'src/catalog/probe.ts')).toEqual(
    [expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/catalog may import only itself/)],
  );
  // Registration may not import the wizard's steps (state is shared; the steps are not).
  expect(
    await messages("import { FlowStep } from '../wizard/steps/flow-step';\nexport const x = FlowStep;\n", 'src/registration/probe.ts'),
  ).toEqual([expect.stringMatching(/src\/registration may import only catalog, oauth, verify, components, state/)]);
  expect(
    await messages("import { PRODUCT_READS } from '../../testing/product-reads';\nexport const x = PRODUCT_READS;\n", 'src/sheet/probe.ts'),
  ).toEqual([expect.stringMatching(/Test stand-ins and helpers are for tests only/)]);
  // The allowed direction passes.
  expect(await messages("import { FLOWS } from '../catalog/flows';\nexport const x = FLOWS;\n", 'src/sheet/probe.ts')).toEqual([]);
}, 60_000);

const cycle = join('src', 'lint-cycle-probe');
afterAll(() => rmSync(cycle, { recursive: true, force: true }));

it('lint refuses an import cycle', async () => {
  mkdirSync(cycle, { recursive: true });
  writeFileSync(join(cycle, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
  writeFileSync(join(cycle, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
  const [result] = await eslint.lintFiles([join(cycle, 'a.ts')]);
  expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
}, 60_000);
