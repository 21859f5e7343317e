/**
 * A calendar reminder to rotate a credential before it ends: an iCalendar file (RFC 5545) with one all-day event some
 * days before the end. It names the app and where to rotate, never the credential itself.
 */

export const REMINDER_DAYS = [7, 14, 30] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

export interface Reminder {
  /** The integration, in the product's words. */
  integration: string;
  appName: string;
  clientId?: string;
  tenantId?: string;
  credential: 'secret' | 'certificate';
  /** When Entra's credential ends (ISO 8601). */
  endDateTime: string;
  daysBefore: ReminderDays;
  /** The wizard's Rotate page for this integration and flow. */
  rotateUrl: string;
  /** The app's Certificates & secrets page in the portal, when the cloud has a portal. */
  portalUrl?: string;
}

const CRLF = '\r\n';
const DAY = 86_400_000;

/** TEXT as RFC 5545 3.3.11 escapes it. */
export const escapeText = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');

/** A content line folded at 75 octets (RFC 5545 3.1): CRLF and a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation's leading space counts among its 75.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  return [...parts, current].join(`${CRLF} `);
}

const dateOnly = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');
const stamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export const credentialWord = (credential: Reminder['credential']) => (credential === 'secret' ? 'client secret' : 'certificate');

/** The reminder's file: VCALENDAR with one VEVENT (and its alarm), CRLF line endings, folded lines. */
export function reminderIcs(reminder: Reminder, now: Date): string {
  const end = new Date(reminder.endDateTime);
  if (Number.isNaN(end.getTime())) throw new Error(`Not a date: ${reminder.endDateTime}`);
  const day = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) - reminder.daysBefore * DAY);
  const what = credentialWord(reminder.credential);
  const endsOn = reminder.endDateTime.slice(0, 10);
  const description = [
    `The ${what} of the app "${reminder.appName}" (${reminder.integration} in Cortex XSOAR) ends on ${endsOn}.`,
    reminder.clientId ? `Application (client) ID: ${reminder.clientId}` : '',
    reminder.tenantId ? `Directory (tenant) ID: ${reminder.tenantId}` : '',
    `Make a new ${what}, update the instance in Cortex XSOAR, then delete the old one.`,
    `Rotate with the wizard: ${reminder.rotateUrl}`,
    reminder.portalUrl ? `Or in the portal (Certificates & secrets): ${reminder.portalUrl}` : '',
  ].filter(Boolean);
  const uid = `${reminder.clientId ?? reminder.appName.replace(/[^\w-]+/g, '-')}-${reminder.credential}-${dateOnly(end)}-${reminder.daysBefore}d@ms-auth-wizard`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cortex XSOAR//Microsoft authentication wizard//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${dateOnly(day)}`,
    `DTEND;VALUE=DATE:${dateOnly(new Date(day.getTime() + DAY))}`,
    `SUMMARY:${escapeText(`Rotate the ${what} of "${reminder.appName}" (${reminder.integration}): it ends on ${endsOn}`)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `URL:${reminder.rotateUrl}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`Rotate the ${what} of "${reminder.appName}"`)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** The file's name: the integration and the end date. */
export const reminderFileName = (integrationId: string, endDateTime: string) =>
  `${integrationId}-credential-ends-${endDateTime.slice(0, 10)}.ics`;
