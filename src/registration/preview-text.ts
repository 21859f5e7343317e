import type { PreviewOutcome, PreviewReport } from './run';

/** Each preview outcome in an admin's words, for the preview list. */
const OUTCOME_TEXT: Record<PreviewOutcome, string> = {
  exists: 'already there',
  create: 'would be created',
  update: 'would be updated',
  gone: 'already gone',
  remove: 'would be removed',
  found: 'found',
  failed: 'would fail',
  skipped: 'not checked',
};

/** One step's line: its outcome, and the step whose creation it waits for. */
export function outcomeLine(report: PreviewReport, reports: PreviewReport[]): string {
  const after = report.after && reports.find((candidate) => candidate.id === report.after);
  return `${OUTCOME_TEXT[report.outcome]}${after ? ` (once "${after.title}" is done)` : ''}`;
}

/** The preview in one sentence, for the live region: what a run would change, and that nothing was. */
export function previewSummary(reports: PreviewReport[], cancelled = false): string {
  const count = (outcome: PreviewOutcome) => reports.filter((report) => report.outcome === outcome).length;
  const parts = [
    [count('exists'), 'already there'],
    [count('create'), 'to create'],
    [count('update'), 'to update'],
    [count('gone'), 'already gone'],
    [count('remove'), 'to remove'],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${n} ${what}`);
  const failed = reports.find((report) => report.outcome === 'failed');
  const head = cancelled
    ? 'Preview cancelled'
    : failed
      ? `Preview: a run would stop at "${failed.title}"`
      : count('create') + count('update') + count('remove')
        ? 'Preview: a run would make changes'
        : 'Preview: a run would change nothing';
  return `${head}${parts.length ? ` (${parts.join(', ')})` : ''}. Nothing was changed.`;
}
