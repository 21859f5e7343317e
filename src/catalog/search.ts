import type { Area, Integration } from './types';
import { AREAS } from './types';

/** The fields search and grouping read: full entries and first-screen index entries both have them. */
type Searchable = Pick<Integration, 'id' | 'name' | 'productName' | 'keywords' | 'summary' | 'area'>;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Integrations matching what an admin typed: every word must appear in the name, product name, id, keywords or
 * summary. Name hits rank first (the whole query as a phrase higher still), then keyword hits, then summary hits.
 */
export function searchIntegrations<T extends Searchable>(integrations: readonly T[], query: string): T[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...integrations];
  const scored = integrations
    .map((integration) => {
      const name = normalise([integration.name, integration.productName].join(' '));
      const strong = normalise([integration.id, ...integration.keywords].join(' '));
      const weak = normalise(integration.summary);
      let score = 0;
      for (const word of words) {
        if (name.includes(word)) score += 3;
        else if (strong.includes(word)) score += 2;
        else if (weak.includes(word)) score += 1;
        else return undefined;
      }
      // "teams management" should put Microsoft Teams Management before "File Management (…/Teams)".
      if (words.length > 1 && name.includes(words.join(' '))) score += words.length;
      return { integration, score };
    })
    .filter((entry): entry is { integration: T; score: number } => entry !== undefined);
  return scored.sort((a, b) => b.score - a.score).map((entry) => entry.integration);
}

/** Integrations by product area, in the areas' order; empty areas left out. */
export function groupByArea<T extends Searchable>(integrations: readonly T[]): { area: Area; integrations: T[] }[] {
  return AREAS.map((area) => ({ area, integrations: integrations.filter((integration) => integration.area === area) })).filter(
    (group) => group.integrations.length > 0,
  );
}
