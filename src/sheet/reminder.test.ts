import { describe, expect, it } from 'vitest';
import { escapeText, fold, reminderFileName, reminderIcs, type Reminder } from './reminder';

const NOW = new Date('2026-03-01T10:20:30.456Z');
const CLIENT = '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e';
const SECRET = 'abc8Q~Zx9-very-secret-value';
const reminder: Reminder = {
  integration: 'Microsoft Graph User',
  appName: 'Cortex XSOAR - Microsoft Graph User',
  clientId: CLIENT,
  tenantId: '72f988bf-0000-4000-8000-00000000c0de',
  credential: 'secret',
  endDateTime: '2026-08-28T10:20:30Z',
  daysBefore: 14,
  rotateUrl: 'https://docs.example.com/ms-auth-wizard/#/register?integration=microsoft-graph-user&flow=client-credentials&cloud=global',
  portalUrl: `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${CLIENT}`,
};

/** Reads an iCalendar text back as RFC 5545 says: unfold, then NAME(;params):value per line, TEXT unescaped. */
function parse(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter(Boolean);
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
    return { name: name ?? '', params, value };
  });
}
const valueOf = (text: string, name: string) => parse(text).find((line) => line.name === name)?.value;

describe('reminderIcs', () => {
  const ics = reminderIcs(reminder, NOW);

  it('is one VCALENDAR with one VEVENT, CRLF line endings, and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics)[0]).toEqual({ name: 'BEGIN', params: [], value: 'VCALENDAR' });
    expect(
      parse(ics)
        .filter((line) => line.name === 'BEGIN')
        .map((line) => line.value),
    ).toEqual(['VCALENDAR', 'VEVENT', 'VALARM']);
    expect(parse(ics).at(-1)).toEqual({ name: 'END', params: [], value: 'VCALENDAR' });
    expect(valueOf(ics, 'VERSION')).toBe('2.0');
    expect(valueOf(ics, 'PRODID')).toMatch(/^-\/\/.+\/\/EN$/);
  });

  it('has a UID, a DTSTAMP in UTC, and an all-day DTSTART the chosen days before the end', () => {
    expect(valueOf(ics, 'UID')).toBe(`${CLIENT}-secret-20260828-14d@ms-auth-wizard`);
    expect(valueOf(ics, 'DTSTAMP')).toBe('20260301T102030Z');
    const start = parse(ics).find((line) => line.name === 'DTSTART');
    expect(start).toEqual({ name: 'DTSTART', params: ['VALUE=DATE'], value: '20260814' });
    expect(valueOf(ics, 'DTEND')).toBe('20260815');
    expect(valueOf(reminderIcs({ ...reminder, daysBefore: 30 }, NOW), 'DTSTART')).toBe('20260729');
    expect(valueOf(reminderIcs({ ...reminder, daysBefore: 7 }, NOW), 'DTSTART')).toBe('20260821');
  });

  it('names the integration and the app, and says where to rotate, with the client ID', () => {
    expect(valueOf(ics, 'SUMMARY')).toBe(
      'Rotate the client secret of "Cortex XSOAR - Microsoft Graph User" (Microsoft Graph User): it ends on 2026-08-28',
    );
    const description = valueOf(ics, 'DESCRIPTION') ?? '';
    expect(description.split('\n')).toEqual([
      'The client secret of the app "Cortex XSOAR - Microsoft Graph User" (Microsoft Graph User in Cortex XSOAR) ends on 2026-08-28.',
      `Application (client) ID: ${CLIENT}`,
      'Directory (tenant) ID: 72f988bf-0000-4000-8000-00000000c0de',
      'Make a new client secret, update the instance in Cortex XSOAR, then delete the old one.',
      `Rotate with the wizard: ${reminder.rotateUrl}`,
      `Or in the portal (Certificates & secrets): ${reminder.portalUrl}`,
    ]);
    expect(valueOf(ics, 'URL')).toBe(reminder.rotateUrl);
  });

  it('never holds the secret, even when the object it is made from does', () => {
    const withSecret = { ...reminder, clientSecret: SECRET, secret: SECRET } as Reminder;
    expect(reminderIcs(withSecret, NOW)).not.toContain(SECRET);
    expect(reminderIcs(withSecret, NOW).replace(/\r\n /g, '')).not.toContain(SECRET.slice(0, 12));
  });

  it('escapes text and folds a long line of multi-byte characters without splitting one', () => {
    const odd = reminderIcs({ ...reminder, appName: 'Ünïcödé; a, b\\c — éèêëēėę'.repeat(3), credential: 'certificate' }, NOW);
    for (const line of odd.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(valueOf(odd, 'SUMMARY')).toBe(
      `Rotate the certificate of "${'Ünïcödé; a, b\\c — éèêëēėę'.repeat(3)}" (Microsoft Graph User): it ends on 2026-08-28`,
    );
    expect(odd).toContain('Ünïcödé\\; a\\, b\\\\c');
  });
});

describe('escapeText and fold', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves a short line alone and folds a long one at 75 octets, continuations at 74 after the space', () => {
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = fold(`DESCRIPTION:${'x'.repeat(200)}`);
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 64]);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('names the file after the integration and the end date', () => {
    expect(reminderFileName('microsoft-graph-user', '2026-08-28T10:20:30Z')).toBe('microsoft-graph-user-credential-ends-2026-08-28.ics');
  });
});
