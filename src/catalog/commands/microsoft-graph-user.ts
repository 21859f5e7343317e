import { both, command, content, graphDoc, only } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphUser/Integrations/MicrosoftGraphUser';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphUser.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphUser.yml`);
/**
 * Application names per command; signed in as a user, the code asks for Directory.AccessAsUser.All alone (its
 * authorization code scope), so every command needs that delegated name and no narrower one would reach the token.
 */
const graph = (application: string[]) => both('Microsoft Graph')(application, ['Directory.AccessAsUser.All']);

const USER_READ = graph(['User.Read.All']);
const USER_WRITE = graph(['User.ReadWrite.All']);
// Graph's least privileged for accountEnabled; a privileged admin target needs Directory.AccessAsUser.All and a role.
const ENABLE_DISABLE = graph(['User.EnableDisableAccount.All', 'User.Read.All']);
const USER_UPDATE_DOC = graphDoc('user-update');

const COMMANDS = [
  command('msgraph-user-test', 'Authentication', [], README, CODE),
  command('msgraph-user-generate-login-url', 'Authentication', [], README),
  command('msgraph-user-auth-reset', 'Authentication', [], README),

  command('msgraph-user-get', 'Read users', USER_READ, DEFINITION, README, graphDoc('user-get')),
  command('msgraph-user-list', 'Read users', USER_READ, DEFINITION, README, graphDoc('user-list')),
  command('msgraph-user-get-delta', 'Read users', USER_READ, DEFINITION, graphDoc('user-delta')),
  command('msgraph-direct-reports', 'Read users', USER_READ, README, graphDoc('user-list-directreports')),
  command('msgraph-user-get-manager', 'Read users', USER_READ, README, graphDoc('user-list-manager')),

  command('msgraph-user-create', 'Manage users', USER_WRITE, DEFINITION, README, graphDoc('user-post-users')),
  command('msgraph-user-update', 'Manage users', USER_WRITE, DEFINITION, README, USER_UPDATE_DOC),
  command('msgraph-user-delete', 'Manage users', USER_WRITE, DEFINITION, README, graphDoc('user-delete')),
  command('msgraph-user-assign-manager', 'Manage users', USER_WRITE, DEFINITION, README, graphDoc('user-post-manager')),

  command('msgraph-user-account-disable', 'Block and unblock', ENABLE_DISABLE, DEFINITION, README, USER_UPDATE_DOC),
  command('msgraph-user-terminate-session', 'Block and unblock', ENABLE_DISABLE, DEFINITION, CODE, USER_UPDATE_DOC),
  command('msgraph-user-unblock', 'Block and unblock', ENABLE_DISABLE, README, CODE, USER_UPDATE_DOC),
  command(
    'msgraph-user-session-revoke',
    'Block and unblock',
    graph(['User.RevokeSessions.All']),
    DEFINITION,
    graphDoc('user-revokesigninsessions'),
  ),
  // The README: only with the authorization code flow, and the signed-in admin needs an authentication admin role.
  only(
    'Delegated',
    command(
      'msgraph-user-change-password',
      'Block and unblock',
      both('Microsoft Graph')([], ['Directory.AccessAsUser.All']),
      DEFINITION,
      README,
    ),
  ),

  command(
    'msgraph-user-tap-policy-list',
    'Temporary Access Pass',
    graph(['UserAuthenticationMethod.Read.All']),
    DEFINITION,
    README,
    graphDoc('authentication-list-temporaryaccesspassmethods'),
  ),
  command(
    'msgraph-user-tap-policy-create',
    'Temporary Access Pass',
    graph(['UserAuthenticationMethod.ReadWrite.All']),
    DEFINITION,
    README,
    graphDoc('authentication-post-temporaryaccesspassmethods'),
  ),
  command(
    'msgraph-user-tap-policy-delete',
    'Temporary Access Pass',
    graph(['UserAuthenticationMethod.ReadWrite.All']),
    DEFINITION,
    README,
    graphDoc('temporaryaccesspassauthenticationmethod-delete'),
  ),
];

export const microsoftGraphUserCommands: IntegrationCommands = {
  integration: 'microsoft-graph-user',
  commandNames: [
    'msgraph-user-terminate-session',
    'msgraph-user-account-disable',
    'msgraph-user-unblock',
    'msgraph-user-update',
    'msgraph-user-delete',
    'msgraph-user-create',
    'msgraph-user-get-delta',
    'msgraph-user-get',
    'msgraph-user-list',
    'msgraph-direct-reports',
    'msgraph-user-get-manager',
    'msgraph-user-assign-manager',
    'msgraph-user-change-password',
    'msgraph-user-test',
    'msgraph-user-session-revoke',
    'msgraph-user-tap-policy-list',
    'msgraph-user-tap-policy-create',
    'msgraph-user-tap-policy-delete',
    'msgraph-user-generate-login-url',
    'msgraph-user-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/user')],
};
