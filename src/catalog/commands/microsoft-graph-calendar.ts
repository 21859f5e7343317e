import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphCalendar.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphCalendar.yml`);
// Client credentials only. A user's calendar; an Office 365 group's needs Group.ReadWrite.All (the README lists it).
const app = (names: string[]) => both('Microsoft Graph')(names, []);
const READ = app(['Calendars.Read']);
const WRITE = app(['Calendars.ReadWrite']);

const COMMANDS = [
  command('msgraph-calendar-auth-reset', 'Authentication', [], CODE),
  command('msgraph-calendar-list-calendars', 'Read calendars', READ, README, graphDoc('user-list-calendars')),
  command('msgraph-calendar-get-calendar', 'Read calendars', READ, README, graphDoc('calendar-get')),
  command('msgraph-calendar-list-events', 'Read calendars', READ, README, graphDoc('user-list-events')),
  command('msgraph-calendar-get-event', 'Read calendars', READ, README, graphDoc('event-get')),
  command('msgraph-calendar-create-event', 'Manage events', WRITE, README, graphDoc('user-post-events')),
  command('msgraph-calendar-update-event', 'Manage events', WRITE, README, graphDoc('event-update')),
  command('msgraph-calendar-delete-event', 'Manage events', WRITE, README, graphDoc('event-delete')),
];

export const microsoftGraphCalendarCommands: IntegrationCommands = {
  integration: 'microsoft-graph-calendar',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'msgraph-calendar-list-calendars',
    'msgraph-calendar-get-calendar',
    'msgraph-calendar-list-events',
    'msgraph-calendar-get-event',
    'msgraph-calendar-create-event',
    'msgraph-calendar-update-event',
    'msgraph-calendar-delete-event',
    'msgraph-calendar-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
