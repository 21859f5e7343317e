import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphGroups/Integrations/MicrosoftGraphGroups';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphGroups.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphGroups.yml`);
const graph = both('Microsoft Graph');

// The README names Directory.ReadWrite.All / Group.ReadWrite.All for every command; Graph's reference needs less.
const MEMBERS_READ = graph(['GroupMember.Read.All']);
const MEMBERS_WRITE = graph(['GroupMember.ReadWrite.All']);

const COMMANDS = [
  command('msgraph-groups-generate-login-url', 'Authentication', [], README, DEFINITION),
  command('msgraph-groups-auth-reset', 'Authentication', [], DEFINITION),

  command('msgraph-groups-list-groups', 'Read groups', MEMBERS_READ, README, graphDoc('group-list')),
  command('msgraph-groups-get-group', 'Read groups', MEMBERS_READ, README, graphDoc('group-get')),
  // Members' user properties beyond the basic ones come back empty without User.Read.All.
  command('msgraph-groups-list-members', 'Read groups', MEMBERS_READ, README, graphDoc('group-list-members')),

  command(
    'msgraph-groups-create-group',
    'Manage groups',
    graph(['Group.Create'], ['Group.ReadWrite.All']),
    README,
    graphDoc('group-post-groups'),
  ),
  command('msgraph-groups-delete-group', 'Manage groups', graph(['Group.ReadWrite.All']), README, graphDoc('group-delete')),

  command('msgraph-groups-add-member', 'Manage membership', MEMBERS_WRITE, README, graphDoc('group-post-members')),
  command('msgraph-groups-remove-member', 'Manage membership', MEMBERS_WRITE, README, graphDoc('group-delete-members')),
];

export const microsoftGraphGroupsCommands: IntegrationCommands = {
  integration: 'microsoft-graph-groups',
  commandNames: [
    'msgraph-groups-list-groups',
    'msgraph-groups-get-group',
    'msgraph-groups-create-group',
    'msgraph-groups-delete-group',
    'msgraph-groups-list-members',
    'msgraph-groups-add-member',
    'msgraph-groups-remove-member',
    'msgraph-groups-generate-login-url',
    'msgraph-groups-auth-reset',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/group')],
};
