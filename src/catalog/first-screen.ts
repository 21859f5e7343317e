import { CATALOG_INDEX } from 'virtual:catalog-index';
import type { IndexEntry } from './catalog-index';

export const INDEX: readonly IndexEntry[] = CATALOG_INDEX;

/** An integration's first-screen fields, as the given older version has them (its flows, clouds and name) where it is one. */
export function findIndexEntry(id: string | null | undefined, version?: string | null): IndexEntry | undefined {
  const entry = INDEX.find((candidate) => candidate.id === id);
  const older = entry?.versions?.find((candidate) => candidate.id === version);
  if (!entry || !older) return entry;
  return { ...entry, flows: older.flows, clouds: older.clouds, productName: older.productName };
}
