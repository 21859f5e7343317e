import type { Permission } from '../types';
import { command, content } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/AzureDevOps/Integrations/AzureDevOps';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/AzureDevOps.py`);
const DEFINITION = content(`${DIR}/AzureDevOps.yml`);

// Azure DevOps has one delegated scope for its whole REST API; what a command may do is the member's access level and
// project permissions in the organization (the app's service principal's, with client credentials). The README's
// Microsoft Graph User.Read only lets the user sign in: no command calls Graph.
const DEVOPS: Permission[] = [{ api: 'Azure DevOps', name: 'user_impersonation', type: 'Delegated' }];

const devops = (name: string, group: string) => command(name, group, DEVOPS, README, CODE);

const COMMANDS = [
  command('azure-devops-generate-login-url', 'Authentication', [], README, CODE),
  command('azure-devops-auth-start', 'Authentication', [], README, CODE),
  command('azure-devops-auth-complete', 'Authentication', [], README, CODE),
  command('azure-devops-auth-test', 'Authentication', [], README, CODE),
  command('azure-devops-auth-reset', 'Authentication', [], README, CODE),

  devops('azure-devops-user-add', 'Users'),
  devops('azure-devops-user-remove', 'Users'),
  devops('azure-devops-user-list', 'Users'),

  devops('azure-devops-project-list', 'Projects and teams'),
  devops('azure-devops-project-team-list', 'Projects and teams'),
  devops('azure-devops-team-member-list', 'Projects and teams'),

  devops('azure-devops-pull-request-create', 'Pull requests'),
  devops('azure-devops-pull-request-get', 'Pull requests'),
  devops('azure-devops-pull-request-update', 'Pull requests'),
  devops('azure-devops-pull-request-list', 'Pull requests'),
  devops('azure-devops-pull-request-reviewer-list', 'Pull requests'),
  devops('azure-devops-pull-request-reviewer-add', 'Pull requests'),
  devops('azure-devops-pull-request-commit-list', 'Pull requests'),
  devops('azure-devops-pull-request-thread-create', 'Pull requests'),
  devops('azure-devops-pull-request-thread-update', 'Pull requests'),
  devops('azure-devops-pull-request-thread-list', 'Pull requests'),

  devops('azure-devops-repository-list', 'Repositories'),
  devops('azure-devops-branch-list', 'Repositories'),
  devops('azure-devops-branch-create', 'Repositories'),
  devops('azure-devops-commit-list', 'Repositories'),
  devops('azure-devops-commit-get', 'Repositories'),
  devops('azure-devops-file-create', 'Repositories'),
  devops('azure-devops-file-update', 'Repositories'),
  devops('azure-devops-file-delete', 'Repositories'),
  devops('azure-devops-file-list', 'Repositories'),
  devops('azure-devops-file-get', 'Repositories'),
  devops('azure-devops-blob-zip-get', 'Repositories'),

  devops('azure-devops-pipeline-run', 'Pipelines'),
  devops('azure-devops-pipeline-run-get', 'Pipelines'),
  devops('azure-devops-pipeline-run-list', 'Pipelines'),
  devops('azure-devops-pipeline-list', 'Pipelines'),

  devops('azure-devops-work-item-get', 'Work items'),
  devops('azure-devops-work-item-create', 'Work items'),
  devops('azure-devops-work-item-update', 'Work items'),

  // Mirroring: the product calls these for mirrored pull requests.
  command('get-mapping-fields', 'Mirroring', [], README, CODE),
  devops('update-remote-system', 'Mirroring'),
];

export const azureDevOpsCommands: IntegrationCommands = {
  integration: 'azure-devops',
  // The code's dispatcher (main), besides test-module and fetch-incidents.
  commandNames: [
    'azure-devops-generate-login-url',
    'azure-devops-auth-start',
    'azure-devops-auth-complete',
    'azure-devops-auth-test',
    'azure-devops-user-add',
    'azure-devops-user-remove',
    'azure-devops-pull-request-create',
    'azure-devops-pull-request-get',
    'azure-devops-pull-request-update',
    'azure-devops-pull-request-list',
    'azure-devops-project-list',
    'azure-devops-repository-list',
    'azure-devops-user-list',
    'azure-devops-pipeline-run-get',
    'azure-devops-pipeline-run-list',
    'azure-devops-pipeline-list',
    'azure-devops-branch-list',
    'azure-devops-auth-reset',
    'azure-devops-pipeline-run',
    'get-mapping-fields',
    'update-remote-system',
    'azure-devops-pull-request-reviewer-list',
    'azure-devops-pull-request-reviewer-add',
    'azure-devops-pull-request-commit-list',
    'azure-devops-commit-list',
    'azure-devops-commit-get',
    'azure-devops-work-item-get',
    'azure-devops-work-item-create',
    'azure-devops-work-item-update',
    'azure-devops-file-create',
    'azure-devops-file-update',
    'azure-devops-file-delete',
    'azure-devops-file-list',
    'azure-devops-file-get',
    'azure-devops-branch-create',
    'azure-devops-pull-request-thread-create',
    'azure-devops-pull-request-thread-update',
    'azure-devops-pull-request-thread-list',
    'azure-devops-project-team-list',
    'azure-devops-team-member-list',
    'azure-devops-blob-zip-get',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
