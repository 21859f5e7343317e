import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphApplications/Integrations/MicrosoftGraphApplications';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphApplications.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphApplications.yml`);
const graph = both('Microsoft Graph');

// The device code sign-in asks for Application.ReadWrite.All alone, so reading needs it too when signed in as a user.
const READ = graph(['Application.Read.All'], ['Application.ReadWrite.All']);
const WRITE = graph(['Application.ReadWrite.All']);

const COMMANDS = [
  command('msgraph-apps-auth-start', 'Authentication', [], README, CODE),
  command('msgraph-apps-auth-complete', 'Authentication', [], README, CODE),
  command('msgraph-apps-auth-test', 'Authentication', [], README, CODE),
  command('msgraph-apps-auth-reset', 'Authentication', [], README, CODE),

  command('msgraph-apps-service-principal-list', 'Read service principals', READ, README, graphDoc('serviceprincipal-list')),
  command('msgraph-apps-service-principal-get', 'Read service principals', READ, README, graphDoc('serviceprincipal-get')),

  command('msgraph-apps-service-principal-remove', 'Manage service principals', WRITE, README, graphDoc('serviceprincipal-delete')),
  command('msgraph-apps-service-principal-update', 'Manage service principals', WRITE, README, graphDoc('serviceprincipal-update')),
  command(
    'msgraph-apps-service-principal-password-add',
    'Manage service principals',
    WRITE,
    README,
    graphDoc('serviceprincipal-addpassword'),
  ),
  command(
    'msgraph-apps-service-principal-password-remove',
    'Manage service principals',
    WRITE,
    README,
    graphDoc('serviceprincipal-removepassword'),
  ),
  // The lock sits on the application object (servicePrincipalLockConfiguration).
  command(
    'msgraph-apps-service-principal-unlock-configuration',
    'Manage service principals',
    WRITE,
    README,
    CODE,
    graphDoc('application-update'),
  ),
  command(
    'msgraph-apps-service-principal-lock-configuration',
    'Manage service principals',
    WRITE,
    README,
    CODE,
    graphDoc('application-update'),
  ),
];

export const microsoftGraphApplicationsCommands: IntegrationCommands = {
  integration: 'microsoft-graph-applications',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'msgraph-apps-auth-start',
    'msgraph-apps-auth-complete',
    'msgraph-apps-auth-test',
    'msgraph-apps-auth-reset',
    'msgraph-apps-service-principal-list',
    'msgraph-apps-service-principal-remove',
    'msgraph-apps-service-principal-get',
    'msgraph-apps-service-principal-update',
    'msgraph-apps-service-principal-password-add',
    'msgraph-apps-service-principal-password-remove',
    'msgraph-apps-service-principal-unlock-configuration',
    'msgraph-apps-service-principal-lock-configuration',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
