import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphListener';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphListener.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphListener.yml`);
// Authorization code only: delegated permissions on the signed-in user's own mailbox (a shared one needs the .Shared names).
const delegated = (names: string[]) => both('Microsoft Graph')([], names);

const READ = delegated(['Mail.Read']);
const WRITE = delegated(['Mail.ReadWrite']);
const SEND = delegated(['Mail.Send']);
// The README: attachments over 3 MB need Mail.ReadWrite besides Mail.Send (a draft and an upload session).
const SEND_WITH_ATTACHMENTS = delegated(['Mail.Send', 'Mail.ReadWrite']);
const UPLOAD_DOC = graphDoc('attachment-createuploadsession');

const COMMANDS = [
  command('msgraph-mail-test', 'Authentication', [], README, CODE),
  command('msgraph-mail-generate-login-url', 'Authentication', [], CODE),
  command('msgraph-mail-auth-reset', 'Authentication', [], CODE),

  command('msgraph-mail-list-emails', 'Read mail', READ, README, graphDoc('user-list-messages')),
  command('msgraph-mail-get-email-as-eml', 'Read mail', READ, README, graphDoc('message-get')),
  command('msgraph-mail-list-attachments', 'Read mail', READ, README, graphDoc('message-list-attachments')),
  command('msgraph-mail-get-attachment', 'Read mail', READ, README, graphDoc('attachment-get')),

  command('msgraph-mail-move-email', 'Manage mail', WRITE, README, graphDoc('message-move')),
  command('msgraph-update-email-status', 'Manage mail', WRITE, README, graphDoc('message-update')),
  command('msgraph-mail-create-draft', 'Manage mail', WRITE, README, graphDoc('user-post-messages')),

  command('msgraph-mail-list-folders', 'Folders', delegated(['Mail.ReadBasic']), README, graphDoc('user-list-mailfolders')),
  command('msgraph-mail-list-child-folders', 'Folders', delegated(['Mail.ReadBasic']), README, graphDoc('mailfolder-list-childfolders')),
  command('msgraph-mail-create-folder', 'Folders', WRITE, README, graphDoc('mailfolder-post-childfolders')),

  command('send-mail', 'Send mail', SEND_WITH_ATTACHMENTS, README, graphDoc('user-sendmail'), UPLOAD_DOC),
  command('reply-mail', 'Send mail', SEND_WITH_ATTACHMENTS, README, graphDoc('message-reply'), UPLOAD_DOC),
  command('msgraph-mail-reply-to', 'Send mail', SEND, README, graphDoc('message-reply')),
  command('msgraph-mail-send-draft', 'Send mail', SEND, README, graphDoc('message-send')),

  command('msgraph-mail-list-rules', 'Inbox rules', delegated(['MailboxSettings.Read']), README, graphDoc('mailfolder-list-messagerules')),
  command('msgraph-mail-get-rule', 'Inbox rules', delegated(['MailboxSettings.Read']), README, graphDoc('messagerule-get')),
  command('msgraph-mail-delete-rule', 'Inbox rules', delegated(['MailboxSettings.ReadWrite']), README, graphDoc('messagerule-delete')),
];

export const microsoftGraphMailSingleUserCommands: IntegrationCommands = {
  integration: 'microsoft-graph-mail-single-user',
  // The code's dispatcher (main), besides test-module and fetch-incidents.
  commandNames: [
    'msgraph-mail-test',
    'msgraph-mail-auth-reset',
    'msgraph-mail-list-emails',
    'msgraph-mail-create-draft',
    'msgraph-mail-reply-to',
    'msgraph-mail-list-attachments',
    'msgraph-mail-get-attachment',
    'msgraph-mail-create-folder',
    'msgraph-mail-get-email-as-eml',
    'msgraph-mail-move-email',
    'msgraph-mail-list-folders',
    'msgraph-mail-list-child-folders',
    'msgraph-mail-send-draft',
    'msgraph-update-email-status',
    'reply-mail',
    'send-mail',
    'msgraph-mail-generate-login-url',
    'msgraph-mail-get-rule',
    'msgraph-mail-list-rules',
    'msgraph-mail-delete-rule',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/mail-api-overview')],
};
