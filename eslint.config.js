import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The parts of the app and what each may import (docs/architecture.md draws the same): shared pieces at the bottom,
 * features in the middle, the composition at the top; never back up, never sideways unless listed.
 */
const PARTS = {
  catalog: [],
  oauth: ['catalog'],
  state: ['catalog', 'oauth'],
  components: ['catalog', 'oauth', 'state'],
  certificate: ['catalog', 'components', 'state'],
  verify: ['catalog', 'oauth', 'components', 'state'],
  sheet: ['catalog', 'oauth', 'certificate', 'components', 'state'],
  registration: ['catalog', 'oauth', 'verify', 'components', 'state'],
  troubleshoot: ['catalog', 'oauth', 'components', 'state'],
  wizard: ['catalog', 'oauth', 'state', 'components', 'certificate', 'verify', 'registration'],
  app: ['catalog', 'oauth', 'state', 'components', 'certificate', 'verify', 'sheet', 'registration', 'troubleshoot', 'wizard'],
  prerender: ['catalog', 'state', 'components', 'app', 'wizard', 'sheet'],
};
const zones = Object.entries(PARTS).map(([part, allowed]) => ({
  target: `./src/${part}`,
  from: './src',
  except: [`./${part}`, ...allowed.map((other) => `./${other}`)],
  message: `src/${part} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/architecture.md).`,
}));

export default tseslint.config(
  { ignores: ['dist', 'e2e/.dist', 'node_modules', 'test-results', 'test-reports', 'playwright-report', 'bench/tmp'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Hook rules for the app only: Playwright fixtures also call a function named `use`.
  { files: ['src/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  // The parts' directions and no import cycles, checked on every build of the app's own code.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The app's code keeps the directions, and never imports the tests' stand-ins or helpers; tests may compose parts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...zones,
            { target: './src', from: './testing', message: 'Test stand-ins and helpers are for tests only.' },
            { target: './src', from: './e2e', message: 'End-to-end code is for tests only.' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], extends: [js.configs.recommended], languageOptions: { globals: globals.node } },
  // The benchmark passes functions to the page, where browser globals exist.
  { files: ['bench/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
