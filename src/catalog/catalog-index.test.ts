import { describe, expect, it } from 'vitest';
import { CATALOG_INDEX } from 'virtual:catalog-index';
import { catalogIndex } from './catalog-index';
import { INTEGRATIONS } from './integrations';

describe('first-screen catalog index', () => {
  it('is the full catalog reduced to what the picker and deep links need', () => {
    expect(CATALOG_INDEX).toEqual(catalogIndex(INTEGRATIONS));
    expect(CATALOG_INDEX.map((entry) => entry.id)).toEqual(INTEGRATIONS.map((integration) => integration.id));
  });
  it('carries no parameters, scopes or permissions', () => {
    const text = JSON.stringify(CATALOG_INDEX);
    expect(text).not.toMatch(/"parameters"|"signIn"|"permissions"|"nextCommands"/);
  });
});
