/**
 * Credential lifetimes as Entra's app management policies write them (ISO 8601 durations such as P180D), and the
 * `validity` computation of a plan step, in the browser run's words. `prelude.sh` does the same in the script.
 */

/** Years and months have no fixed length; a policy's limit is measured as fixed days (as .NET's TimeSpan reads them). */
const DAYS = { Y: 365, M: 30, W: 7, D: 1 } as const;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$/;

/** The duration in whole seconds, or undefined when it is not an ISO 8601 duration (`P`, `PT`, `P1.5D` are not). */
export function durationSeconds(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text.endsWith('T') || !/\d/.test(text)) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  const totalDays = (years ?? 0) * DAYS.Y + (months ?? 0) * DAYS.M + (weeks ?? 0) * DAYS.W + (days ?? 0) * DAYS.D;
  return totalDays * 86_400 + (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** ISO 8601 UTC to the second, as both executors write dates: 2026-01-31T12:00:00Z. */
export const isoSecond = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const INVALID_DURATION = 'InvalidDuration';
export const invalidDurationMessage = (text: string) => `The lifetime "${text}" is not an ISO 8601 duration.`;
export const INVALID_UNTIL = 'InvalidDate';
export const invalidUntilMessage = (text: string) => `"${text}" is not a date and time.`;

export type Validity = { ok: true; start: string; end: string } | { ok: false; code: string; message: string };

/** From now for `lifetime`, but no later than `until` (an empty lifetime: until `until`). */
export function validity(now: Date, lifetime: string, until = ''): Validity {
  const start = Math.floor(now.getTime() / 1000);
  const seconds = lifetime ? durationSeconds(lifetime) : undefined;
  if (lifetime && seconds === undefined) return { ok: false, code: INVALID_DURATION, message: invalidDurationMessage(lifetime) };
  const cap = until ? Date.parse(until) : undefined;
  if (until && Number.isNaN(cap)) return { ok: false, code: INVALID_UNTIL, message: invalidUntilMessage(until) };
  if (seconds === undefined && cap === undefined) return { ok: false, code: INVALID_DURATION, message: invalidDurationMessage(lifetime) };
  const ends = [seconds === undefined ? Infinity : start + seconds, cap === undefined ? Infinity : Math.floor(cap / 1000)];
  return { ok: true, start: isoSecond(new Date(start * 1000)), end: isoSecond(new Date(Math.min(...ends) * 1000)) };
}
