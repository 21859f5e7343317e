import { findIntegration } from './integrations/index.ts';
import { cloudReach } from './reach.ts';
import type { Area, CloudId, FlowId, Integration } from './types';

/** What the first screen needs of an integration: enough to list, search and validate a deep link. */
export interface IndexEntry {
  id: string;
  name: string;
  productName: string;
  area: Area;
  keywords: string[];
  summary: string;
  /** The clouds the product can reach for it (see reach.ts). */
  clouds: CloudId[];
  flows: FlowId[];
  /** Older versions that sign in differently: what a link naming one may choose. */
  versions?: { id: string; label: string; productName: string; clouds: CloudId[]; flows: FlowId[] }[];
  deprecated?: true;
}

/**
 * The catalog index, derived from the full entries at build time (build/catalog-index.ts), so the first screen
 * carries no parameters, scopes or checklists; those load with the steps that use them.
 */
export function catalogIndex(integrations: readonly Integration[]): IndexEntry[] {
  return integrations.map((integration) => {
    const { id, name, productName, area, keywords, summary, flows, olderVersions, deprecated } = integration;
    const versions = olderVersions?.map(({ id: version, label }) => {
      const older = findIntegration(id, version)!;
      return {
        id: version,
        label,
        productName: older.productName,
        clouds: cloudReach(older).clouds,
        flows: older.flows.map((flow) => flow.id),
      };
    });
    return {
      id,
      name,
      productName,
      area,
      keywords,
      summary,
      clouds: cloudReach(integration).clouds,
      flows: flows.map((flow) => flow.id),
      ...(versions ? { versions } : {}),
      ...(deprecated ? { deprecated: true as const } : {}),
    };
  });
}
