import { describe, expect, it } from 'vitest';
import { durationSeconds, invalidDurationMessage, validity } from './lifetime';

const DAY = 86_400;

describe('durationSeconds: an app management policy’s maxLifetime', () => {
  it('reads days, weeks, time, and years and months as 365 and 30 days', () => {
    expect(durationSeconds('P180D')).toBe(180 * DAY);
    expect(durationSeconds('P2W')).toBe(14 * DAY);
    expect(durationSeconds('P4DT12H30M5S')).toBe(4 * DAY + 12 * 3600 + 30 * 60 + 5);
    expect(durationSeconds('P1Y')).toBe(365 * DAY);
    expect(durationSeconds('P6M')).toBe(180 * DAY);
    expect(durationSeconds('PT1.5S')).toBe(1);
  });

  it('refuses what is not an ISO 8601 duration', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '180', 'P1.5D', 'p180d', 'P-1D', '180 days']) expect(durationSeconds(text)).toBeUndefined();
  });
});

describe('validity: from now for the lifetime, no later than a date', () => {
  const now = new Date('2026-03-01T10:20:30.456Z');

  it('starts now, to the second, and ends the lifetime later', () => {
    expect(validity(now, 'P180D')).toEqual({ ok: true, start: '2026-03-01T10:20:30Z', end: '2026-08-28T10:20:30Z' });
  });

  it('ends at the date when that is sooner, and at the date alone without a lifetime', () => {
    expect(validity(now, 'P1Y', '2026-06-01T00:00:00Z')).toMatchObject({ ok: true, end: '2026-06-01T00:00:00Z' });
    expect(validity(now, 'P30D', '2027-06-01T00:00:00Z')).toMatchObject({ ok: true, end: '2026-03-31T10:20:30Z' });
    expect(validity(now, '', '2027-06-01T00:00:00.000Z')).toMatchObject({ ok: true, end: '2027-06-01T00:00:00Z' });
  });

  it('fails with a code and words on a bad lifetime or date, or with neither', () => {
    expect(validity(now, 'six months')).toEqual({ ok: false, code: 'InvalidDuration', message: invalidDurationMessage('six months') });
    expect(validity(now, 'P1D', 'soon')).toMatchObject({ ok: false, code: 'InvalidDate' });
    expect(validity(now, '')).toMatchObject({ ok: false, code: 'InvalidDuration' });
  });
});
