import { CATALOG_INDEX } from 'virtual:catalog-index';
import type { IndexEntry } from './catalog-index';

export const INDEX: readonly IndexEntry[] = CATALOG_INDEX;

export function findIndexEntry(id: string | null | undefined): IndexEntry | undefined {
  return INDEX.find((entry) => entry.id === id);
}
