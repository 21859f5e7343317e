import type { Area, CloudId, FlowId, Integration } from './types';

/** What the first screen needs of an integration: enough to list, search and validate a deep link. */
export interface IndexEntry {
  id: string;
  name: string;
  productName: string;
  area: Area;
  keywords: string[];
  summary: string;
  clouds?: CloudId[];
  flows: FlowId[];
}

/**
 * The catalog index, derived from the full entries at build time (build/catalog-index.ts), so the first screen
 * carries no parameters, scopes or checklists; those load with the steps that use them.
 */
export function catalogIndex(integrations: readonly Integration[]): IndexEntry[] {
  return integrations.map(({ id, name, productName, area, keywords, summary, clouds, flows }) => ({
    id,
    name,
    productName,
    area,
    keywords,
    summary,
    ...(clouds ? { clouds } : {}),
    flows: flows.map((flow) => flow.id),
  }));
}
