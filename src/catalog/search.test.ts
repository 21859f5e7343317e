import { describe, expect, it } from 'vitest';
import { INTEGRATIONS } from './integrations';
import { groupByArea, searchIntegrations } from './search';

const ids = (query: string) => searchIntegrations(INTEGRATIONS, query).map((integration) => integration.id);

describe('searchIntegrations', () => {
  it('finds integrations by what admins type', () => {
    expect(ids('sentinel')[0]).toBe('azure-sentinel');
    expect(ids('defender')).toContain('microsoft-defender-endpoint');
    expect(ids('MDE')).toEqual(['microsoft-defender-endpoint']);
    expect(ids('mail')[0]).toBe('microsoft-graph-mail');
    expect(ids('storage')[0]).toBe('azure-storage');
    expect(ids('kql')).toEqual(['azure-log-analytics', 'azure-data-explorer', 'azure-resource-graph']);
    expect(ids('teams')).toEqual(expect.arrayContaining(['microsoft-teams', 'microsoft-teams-management', 'microsoft-graph-files']));
    expect(ids('teams management')[0]).toBe('microsoft-teams-management');
    expect(ids('ado')).toEqual(['azure-devops']);
    expect(ids('sql')[0]).toBe('azure-sql-management');
    expect(ids('unified audit log')).toEqual(['microsoft-management-activity']);
    expect(ids('kusto')).toEqual(['azure-data-explorer']);
  });
  it('needs every word and ignores case and accents', () => {
    expect(ids('AZURE  vault')).toEqual(['azure-key-vault']);
    expect(ids('vaúlt')).toEqual(['azure-key-vault']);
    expect(ids('sentinel storage')).toEqual([]);
  });
  it('returns everything for an empty query', () => {
    expect(ids('  ')).toHaveLength(INTEGRATIONS.length);
  });
});

describe('groupByArea', () => {
  it('keeps every integration exactly once', () => {
    const groups = groupByArea(INTEGRATIONS);
    expect(groups.flatMap((group) => group.integrations)).toHaveLength(INTEGRATIONS.length);
    expect(groups.every((group) => group.integrations.length > 0)).toBe(true);
  });
});
