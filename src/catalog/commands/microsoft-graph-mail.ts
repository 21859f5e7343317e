import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphMail.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphMail.yml`);
// Client credentials only: application permissions on any mailbox (an application access policy can narrow them).
const app = (names: string[]) => both('Microsoft Graph')(names, []);

const READ = app(['Mail.Read']);
const WRITE = app(['Mail.ReadWrite']);
const SEND = app(['Mail.Send']);

const COMMANDS = [
  command('msgraph-mail-auth-reset', 'Authentication', [], README),

  command('msgraph-mail-list-emails', 'Read mail', READ, README, graphDoc('user-list-messages')),
  command('msgraph-mail-get-email', 'Read mail', READ, README, graphDoc('message-get')),
  command('msgraph-mail-get-email-as-eml', 'Read mail', READ, README, graphDoc('message-get')),
  command('msgraph-mail-list-attachments', 'Read mail', READ, README, graphDoc('message-list-attachments')),
  command('msgraph-mail-get-attachment', 'Read mail', READ, README, graphDoc('attachment-get')),

  command('msgraph-mail-delete-email', 'Manage mail', WRITE, README, graphDoc('message-delete')),
  command('msgraph-mail-move-email', 'Manage mail', WRITE, README, graphDoc('message-move')),
  command('msgraph-mail-update-email-status', 'Manage mail', WRITE, README, graphDoc('message-update')),
  command('msgraph-mail-create-draft', 'Manage mail', WRITE, README, graphDoc('user-post-messages')),

  command('msgraph-mail-list-folders', 'Folders', app(['Mail.ReadBasic.All']), README, graphDoc('user-list-mailfolders')),
  command('msgraph-mail-list-child-folders', 'Folders', app(['Mail.ReadBasic.All']), README, graphDoc('mailfolder-list-childfolders')),
  command('msgraph-mail-create-folder', 'Folders', WRITE, README, graphDoc('mailfolder-post-childfolders')),
  command('msgraph-mail-update-folder', 'Folders', WRITE, README, graphDoc('mailfolder-update')),
  command('msgraph-mail-delete-folder', 'Folders', WRITE, README, graphDoc('mailfolder-delete')),

  // Attachments over 3 MB go through a draft and an upload session, which needs Mail.ReadWrite besides Mail.Send.
  command(
    'send-mail',
    'Send mail',
    app(['Mail.Send', 'Mail.ReadWrite']),
    README,
    graphDoc('user-sendmail'),
    graphDoc('attachment-createuploadsession'),
  ),
  command(
    'reply-mail',
    'Send mail',
    app(['Mail.Send', 'Mail.ReadWrite']),
    README,
    graphDoc('message-reply'),
    graphDoc('attachment-createuploadsession'),
  ),
  command('msgraph-mail-reply-to', 'Send mail', SEND, README, graphDoc('message-reply')),
  command('msgraph-mail-send-draft', 'Send mail', SEND, README, graphDoc('message-send')),

  command('msgraph-mail-list-rules', 'Inbox rules', app(['MailboxSettings.Read']), README, graphDoc('mailfolder-list-messagerules')),
  command('msgraph-mail-get-rule', 'Inbox rules', app(['MailboxSettings.Read']), README, graphDoc('messagerule-get')),
  command('msgraph-mail-delete-rule', 'Inbox rules', app(['MailboxSettings.ReadWrite']), README, graphDoc('messagerule-delete')),
];

export const microsoftGraphMailCommands: IntegrationCommands = {
  integration: 'microsoft-graph-mail',
  // The README's commands; the code also answers msgraph-mail-search-email as an alias of msgraph-mail-list-emails.
  commandNames: [
    'msgraph-mail-list-emails',
    'msgraph-mail-get-email',
    'msgraph-mail-delete-email',
    'msgraph-mail-list-attachments',
    'msgraph-mail-get-attachment',
    'msgraph-mail-list-folders',
    'msgraph-mail-list-child-folders',
    'msgraph-mail-create-folder',
    'msgraph-mail-update-folder',
    'msgraph-mail-delete-folder',
    'msgraph-mail-move-email',
    'msgraph-mail-get-email-as-eml',
    'msgraph-mail-create-draft',
    'send-mail',
    'msgraph-mail-reply-to',
    'msgraph-mail-send-draft',
    'reply-mail',
    'msgraph-mail-update-email-status',
    'msgraph-mail-auth-reset',
    'msgraph-mail-list-rules',
    'msgraph-mail-get-rule',
    'msgraph-mail-delete-rule',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/mail-api-overview')],
};
