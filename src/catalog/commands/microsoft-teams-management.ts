import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftTeams/Integrations/MicrosoftTeamsManagement';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftTeamsManagement.py`);
const DEFINITION = content(`${DIR}/MicrosoftTeamsManagement.yml`);
const graph = both('Microsoft Graph');
// The device code sign-in asks for Group.ReadWrite.All, TeamMember.ReadWrite.All and Team.ReadBasic.All only, so the
// delegated names stay among them while the application names are Graph's least privileged.
const GROUP = ['Group.ReadWrite.All'];

const TEAM_READ = graph(['Team.ReadBasic.All']);
const TEAM_CREATE = graph(['Team.Create'], GROUP);
const TEAM_SETTINGS = graph(['TeamSettings.ReadWrite.All'], GROUP);
const GROUP_WRITE = graph(GROUP);
const MEMBERS_READ = graph(['TeamMember.Read.All'], ['TeamMember.ReadWrite.All']);
const MEMBERS_WRITE = graph(['TeamMember.ReadWrite.All']);

const COMMANDS = [
  command('microsoft-teams-auth-start', 'Authentication', [], CODE),
  command('microsoft-teams-auth-complete', 'Authentication', [], CODE),
  command('microsoft-teams-auth-test', 'Authentication', [], CODE),
  command('microsoft-teams-auth-reset', 'Authentication', [], CODE),

  // The code lists teams as groups with a Team provisioning option (beta /groups).
  command('microsoft-teams-teams-list', 'Read teams', graph(['GroupMember.Read.All'], GROUP), CODE, graphDoc('group-list')),
  command('microsoft-teams-team-get', 'Read teams', TEAM_READ, CODE, graphDoc('team-get')),
  command('microsoft-teams-teams-list-joined', 'Read teams', TEAM_READ, CODE, graphDoc('user-list-joinedteams')),

  command('microsoft-teams-team-create', 'Manage teams', TEAM_CREATE, CODE, graphDoc('team-post')),
  command('microsoft-teams-team-clone', 'Manage teams', TEAM_CREATE, CODE, graphDoc('team-clone')),
  command('microsoft-teams-team-create-from-group', 'Manage teams', GROUP_WRITE, CODE, graphDoc('team-put-teams')),
  command('microsoft-teams-team-update', 'Manage teams', TEAM_SETTINGS, CODE, graphDoc('team-update')),
  command('microsoft-teams-team-archive', 'Manage teams', TEAM_SETTINGS, CODE, graphDoc('team-archive')),
  command('microsoft-teams-team-unarchive', 'Manage teams', TEAM_SETTINGS, CODE, graphDoc('team-unarchive')),
  // The code deletes the team's group.
  command('microsoft-teams-team-delete', 'Manage teams', GROUP_WRITE, CODE, graphDoc('group-delete')),

  command('microsoft-teams-members-list', 'Team members', MEMBERS_READ, CODE, graphDoc('team-list-members')),
  command('microsoft-teams-member-get', 'Team members', MEMBERS_READ, CODE, graphDoc('team-get-members')),
  command('microsoft-teams-member-add', 'Team members', MEMBERS_WRITE, CODE, graphDoc('team-post-members')),
  command('microsoft-teams-member-update', 'Team members', MEMBERS_WRITE, CODE, graphDoc('team-update-members')),
  command('microsoft-teams-member-remove', 'Team members', MEMBERS_WRITE, CODE, graphDoc('team-delete-members')),
];

export const microsoftTeamsManagementCommands: IntegrationCommands = {
  integration: 'microsoft-teams-management',
  // The code's dispatcher (main), besides test-module.
  commandNames: [
    'microsoft-teams-auth-start',
    'microsoft-teams-auth-complete',
    'microsoft-teams-auth-test',
    'microsoft-teams-auth-reset',
    'microsoft-teams-team-create',
    'microsoft-teams-team-create-from-group',
    'microsoft-teams-teams-list',
    'microsoft-teams-team-get',
    'microsoft-teams-team-update',
    'microsoft-teams-team-delete',
    'microsoft-teams-members-list',
    'microsoft-teams-member-get',
    'microsoft-teams-member-add',
    'microsoft-teams-member-remove',
    'microsoft-teams-member-update',
    'microsoft-teams-team-archive',
    'microsoft-teams-team-unarchive',
    'microsoft-teams-team-clone',
    'microsoft-teams-teams-list-joined',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
