import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphIdentityandAccess/Integrations/MicrosoftGraphIdentityandAccess';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphIdentityandAccess.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphIdentityandAccess.yml`);
const graph = both('Microsoft Graph');
// The device code sign-in asks for named scopes (the read-write ones), so the delegated names follow them.

const ROLES_READ = graph(['RoleManagement.Read.Directory'], ['RoleManagement.ReadWrite.Directory']);
const ROLES_WRITE = graph(['RoleManagement.ReadWrite.Directory']);
const POLICY_READ = graph(['Policy.Read.All']);
// Graph's conditional access write operations name Policy.Read.All next to Policy.ReadWrite.ConditionalAccess.
const POLICY_WRITE = graph(['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All']);
const RISKY_READ = graph(['IdentityRiskyUser.Read.All'], ['IdentityRiskyUser.ReadWrite.All']);
const RISKY_WRITE = graph(['IdentityRiskyUser.ReadWrite.All']);

const COMMANDS = [
  command('msgraph-identity-auth-start', 'Authentication', [], README, CODE),
  command('msgraph-identity-auth-complete', 'Authentication', [], README, CODE),
  command('msgraph-identity-auth-test', 'Authentication', [], README, CODE),
  command('msgraph-identity-auth-reset', 'Authentication', [], README, CODE),

  command('msgraph-identity-directory-roles-list', 'Directory roles', ROLES_READ, README, graphDoc('directoryrole-list')),
  command('msgraph-identity-directory-role-members-list', 'Directory roles', ROLES_READ, README, graphDoc('directoryrole-list-members')),
  command(
    'msgraph-identity-directory-role-activate',
    'Directory roles',
    ROLES_WRITE,
    README,
    graphDoc('directoryrole-post-directoryroles'),
  ),
  command('msgraph-identity-directory-role-member-add', 'Directory roles', ROLES_WRITE, README, graphDoc('directoryrole-post-members')),
  command('msgraph-identity-directory-role-member-remove', 'Directory roles', ROLES_WRITE, README, graphDoc('directoryrole-delete-member')),

  command(
    'msgraph-identity-ip-named-locations-list',
    'Named locations',
    POLICY_READ,
    README,
    graphDoc('conditionalaccessroot-list-namedlocations'),
  ),
  command('msgraph-identity-ip-named-locations-get', 'Named locations', POLICY_READ, README, graphDoc('ipnamedlocation-get')),
  command(
    'msgraph-identity-ip-named-locations-create',
    'Named locations',
    POLICY_WRITE,
    README,
    graphDoc('conditionalaccessroot-post-namedlocations'),
  ),
  command('msgraph-identity-ip-named-locations-update', 'Named locations', POLICY_WRITE, README, graphDoc('ipnamedlocation-update')),
  command('msgraph-identity-ip-named-locations-delete', 'Named locations', POLICY_WRITE, README, graphDoc('ipnamedlocation-delete')),

  command('msgraph-identity-ca-policies-list', 'Conditional access', POLICY_READ, README, graphDoc('conditionalaccessroot-list-policies')),
  command('msgraph-identity-ca-policy-create', 'Conditional access', POLICY_WRITE, README, graphDoc('conditionalaccessroot-post-policies')),
  command(
    'msgraph-identity-ca-policy-update',
    'Conditional access',
    POLICY_WRITE,
    README,
    CODE,
    graphDoc('conditionalaccesspolicy-update'),
  ),
  command('msgraph-identity-ca-policy-delete', 'Conditional access', POLICY_WRITE, README, graphDoc('conditionalaccesspolicy-delete')),

  command(
    'msgraph-identity-protection-risks-list',
    'Identity protection',
    graph(['IdentityRiskEvent.Read.All']),
    README,
    graphDoc('riskdetection-list'),
  ),
  command('msgraph-identity-protection-risky-user-list', 'Identity protection', RISKY_READ, README, graphDoc('riskyuser-list')),
  command(
    'msgraph-identity-protection-risky-user-history-list',
    'Identity protection',
    RISKY_READ,
    README,
    graphDoc('riskyuser-list-history'),
  ),
  command(
    'msgraph-identity-protection-risky-user-confirm-compromised',
    'Identity protection',
    RISKY_WRITE,
    README,
    graphDoc('riskyuser-confirmcompromised'),
  ),
  command('msgraph-identity-protection-risky-user-dismiss', 'Identity protection', RISKY_WRITE, README, graphDoc('riskyuser-dismiss')),
];

export const microsoftGraphIdentityAccessCommands: IntegrationCommands = {
  integration: 'microsoft-graph-identity-access',
  // The code's dispatcher (main), besides test-module and fetch-incidents.
  commandNames: [
    'msgraph-identity-auth-start',
    'msgraph-identity-auth-complete',
    'msgraph-identity-auth-test',
    'msgraph-identity-auth-reset',
    'msgraph-identity-directory-roles-list',
    'msgraph-identity-directory-role-members-list',
    'msgraph-identity-directory-role-activate',
    'msgraph-identity-directory-role-member-add',
    'msgraph-identity-directory-role-member-remove',
    'msgraph-identity-ip-named-locations-create',
    'msgraph-identity-ip-named-locations-get',
    'msgraph-identity-ip-named-locations-update',
    'msgraph-identity-ip-named-locations-delete',
    'msgraph-identity-ip-named-locations-list',
    'msgraph-identity-protection-risks-list',
    'msgraph-identity-protection-risky-user-list',
    'msgraph-identity-protection-risky-user-history-list',
    'msgraph-identity-protection-risky-user-confirm-compromised',
    'msgraph-identity-protection-risky-user-dismiss',
    'msgraph-identity-ca-policies-list',
    'msgraph-identity-ca-policy-delete',
    'msgraph-identity-ca-policy-create',
    'msgraph-identity-ca-policy-update',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
