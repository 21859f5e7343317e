declare module 'virtual:catalog-index' {
  import type { IndexEntry } from './catalog-index';
  export const CATALOG_INDEX: IndexEntry[];
}
