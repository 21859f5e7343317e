import type { Plugin } from 'vite';
import { catalogIndex } from '../src/catalog/catalog-index.ts';
import { INTEGRATIONS } from '../src/catalog/integrations/index.ts';

const ID = 'virtual:catalog-index';

/** Serves `virtual:catalog-index`: the catalog's first-screen fields, computed from the full entries at build time. */
export function catalogIndexPlugin(): Plugin {
  return {
    name: 'ms-auth-wizard:catalog-index',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export const CATALOG_INDEX = ${JSON.stringify(catalogIndex(INTEGRATIONS))};` : undefined),
  };
}
