import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../catalog/clouds';
import type { RegistrationPlan } from './model';
import { outcomeLine, previewSummary } from './preview-text';
import type { PreviewReport } from './run';
import { RunPanel } from './run-panel';

const reports: PreviewReport[] = [
  { id: 'tenant', title: 'Read the tenant ID', outcome: 'found' },
  { id: 'application', title: 'Create the app registration "X"', outcome: 'exists' },
  { id: 'configure', title: 'Set API permissions on the app', outcome: 'update' },
  { id: 'service-principal', title: "Create the app's service principal", outcome: 'create' },
  { id: 'grant-1', title: 'Grant User.Read.All', outcome: 'create', after: 'service-principal' },
];

describe('the preview in words', () => {
  it('says per step what a run would do, and after which step', () => {
    expect(reports.map((report) => outcomeLine(report, reports))).toEqual([
      'found',
      'already there',
      'would be updated',
      'would be created',
      `would be created (once "Create the app's service principal" is done)`,
    ]);
  });

  it('sums it up for the live region, saying nothing was changed', () => {
    expect(previewSummary(reports)).toBe(
      'Preview: a run would make changes (1 already there, 2 to create, 1 to update). Nothing was changed.',
    );
    expect(previewSummary(reports.slice(0, 2))).toBe('Preview: a run would change nothing (1 already there). Nothing was changed.');
    expect(
      previewSummary([
        { ...reports[0]!, outcome: 'failed' },
        { ...reports[1]!, outcome: 'skipped' },
      ]),
    ).toBe('Preview: a run would stop at "Read the tenant ID". Nothing was changed.');
    expect(previewSummary(reports.slice(0, 2), true)).toBe('Preview cancelled (1 already there). Nothing was changed.');
  });
});

describe('the run panel', () => {
  it('offers a labelled Preview button beside Run, described by what it does, and no Cancel before a run', () => {
    const plan: RegistrationPlan = {
      hosts: { graph: 'https://graph.microsoft.com', arm: 'https://management.azure.com' },
      scopes: { graph: ['https://graph.microsoft.com/User.Read'], arm: [] },
      constants: {},
      fresh: [],
      steps: [],
      result: [],
      credential: 'none',
      creates: [],
    };
    const html = renderToStaticMarkup(createElement(RunPanel, { plan, cloud: CLOUDS.global, onDone: () => undefined }));
    const preview = html.match(/<button[^>]*aria-describedby="([^"]+)"[^>]*>Preview<\/button>/);
    expect(preview).not.toBeNull();
    expect(html).toContain(`id="${preview?.[1]}"`);
    expect(html).toMatch(/<button[^>]*>Register the app for me<\/button>/);
    expect(html).not.toContain('Cancel the run');
  });
});
