import { command, content, learn } from './common';
import type { Permission } from '../types';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftExchangeOnline/Integrations/EWSO365';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/EWSO365.py`);
const DEFINITION = content(`${DIR}/EWSO365.yml`);
const APP_ONLY_DOC = learn('exchange/client-developer/exchange-web-services/how-to-authenticate-an-ews-application-by-using-oauth');

// EWS has one application permission for everything: the README's full_access_as_app. Which mailboxes it reaches is
// Exchange's business (an application access policy, the Discovery Management role group), not the app registration's.
const EWS: Permission[] = [{ api: 'Office 365 Exchange Online', name: 'full_access_as_app', type: 'Application' }];

const ews = (name: string, group: string) => command(name, group, EWS, README, APP_ONLY_DOC);

const COMMANDS = [
  command('ews-auth-reset', 'Authentication', [], README, CODE),

  ews('ews-search-mailbox', 'Items'),
  ews('ews-get-items', 'Items'),
  ews('ews-get-items-from-folder', 'Items'),
  ews('ews-get-items-as-eml', 'Items'),
  ews('ews-move-item', 'Items'),
  ews('ews-move-item-between-mailboxes', 'Items'),
  ews('ews-delete-items', 'Items'),
  ews('ews-recover-messages', 'Items'),
  ews('ews-mark-item-as-junk', 'Items'),
  ews('ews-mark-items-as-read', 'Items'),

  ews('ews-get-attachment', 'Attachments'),
  ews('ews-delete-attachment', 'Attachments'),

  ews('ews-find-folders', 'Folders'),
  ews('ews-get-folder', 'Folders'),
  ews('ews-create-folder', 'Folders'),

  ews('send-mail', 'Sending mail'),
  ews('reply-mail', 'Sending mail'),

  // The README adds eDiscovery rights (the Discovery Management role group) in Exchange for this one.
  ews('ews-get-searchable-mailboxes', 'Mailboxes and contacts'),
  ews('ews-get-contacts', 'Mailboxes and contacts'),
  ews('ews-get-out-of-office', 'Mailboxes and contacts'),
  ews('ews-expand-group', 'Mailboxes and contacts'),
];

export const ewsO365Commands: IntegrationCommands = {
  integration: 'ews-o365',
  // The definition's script.commands (the code's sub_main dispatches the same names, besides test-module and fetch-incidents).
  commandNames: [
    'ews-get-attachment',
    'ews-delete-attachment',
    'ews-get-searchable-mailboxes',
    'ews-move-item',
    'ews-delete-items',
    'ews-search-mailbox',
    'ews-get-contacts',
    'ews-get-out-of-office',
    'ews-recover-messages',
    'ews-create-folder',
    'ews-mark-item-as-junk',
    'ews-find-folders',
    'ews-get-items-from-folder',
    'ews-get-items',
    'ews-move-item-between-mailboxes',
    'ews-get-folder',
    'ews-expand-group',
    'ews-mark-items-as-read',
    'ews-get-items-as-eml',
    'send-mail',
    'reply-mail',
    'ews-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, APP_ONLY_DOC],
};
