import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles';
// The README names each command's least privileged permissions per flow.
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphFiles.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphFiles.yml`);
const graph = both('Microsoft Graph');

// Delegated Files.Read reaches the signed-in user's own files; other users' drives and sites need Files.Read.All.
const READ = graph(['Files.Read.All'], ['Files.Read']);
const WRITE = graph(['Files.ReadWrite.All']);
const UPLOAD = graph(['Sites.ReadWrite.All'], ['Files.ReadWrite.All']);
// For the Sites.Selected setup: an admin instance grants the user app access to chosen sites.
const SITE_PERMISSIONS = graph(['Sites.FullControl.All']);

const COMMANDS = [
  command('msgraph-files-auth-test', 'Authentication', [], README, CODE),
  command('msgraph-files-generate-login-url', 'Authentication', [], README),
  command('msgraph-files-auth-reset', 'Authentication', [], README),

  command('msgraph-list-sharepoint-sites', 'Read files', graph(['Sites.Read.All']), README, graphDoc('site-search')),
  command('msgraph-list-drives-in-site', 'Read files', READ, README, graphDoc('drive-list')),
  command('msgraph-list-drive-content', 'Read files', READ, README, graphDoc('driveitem-list-children')),
  command('msgraph-download-file', 'Read files', READ, README, graphDoc('driveitem-get-content')),

  command('msgraph-upload-new-file', 'Manage files', UPLOAD, README, graphDoc('driveitem-put-content')),
  command('msgraph-replace-existing-file', 'Manage files', UPLOAD, README, graphDoc('driveitem-put-content')),
  command('msgraph-create-new-folder', 'Manage files', WRITE, README, graphDoc('driveitem-post-children')),
  command('msgraph-delete-file', 'Manage files', WRITE, README, graphDoc('driveitem-delete')),

  command(
    'msgraph-list-site-permissions',
    'Site permissions (admin instance)',
    SITE_PERMISSIONS,
    README,
    graphDoc('site-list-permissions'),
  ),
  command(
    'msgraph-create-site-permissions',
    'Site permissions (admin instance)',
    SITE_PERMISSIONS,
    README,
    graphDoc('site-post-permissions'),
  ),
  command(
    'msgraph-update-site-permissions',
    'Site permissions (admin instance)',
    SITE_PERMISSIONS,
    README,
    graphDoc('site-update-permissions'),
  ),
  command(
    'msgraph-delete-site-permissions',
    'Site permissions (admin instance)',
    SITE_PERMISSIONS,
    README,
    graphDoc('site-delete-permission'),
  ),
];

export const microsoftGraphFilesCommands: IntegrationCommands = {
  integration: 'microsoft-graph-files',
  // The code's dispatcher (main), besides test-module; the README lists the same.
  commandNames: [
    'msgraph-files-auth-test',
    'msgraph-files-generate-login-url',
    'msgraph-files-auth-reset',
    'msgraph-delete-file',
    'msgraph-list-sharepoint-sites',
    'msgraph-download-file',
    'msgraph-list-drive-content',
    'msgraph-create-new-folder',
    'msgraph-replace-existing-file',
    'msgraph-list-drives-in-site',
    'msgraph-upload-new-file',
    'msgraph-list-site-permissions',
    'msgraph-create-site-permissions',
    'msgraph-update-site-permissions',
    'msgraph-delete-site-permissions',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
