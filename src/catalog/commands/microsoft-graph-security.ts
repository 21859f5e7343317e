import { both, command, content, graphDoc, only } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphSecurity/Integrations/MicrosoftGraphSecurity';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphSecurity.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphSecurity.yml`);
const graph = both('Microsoft Graph');

// Alerts v2, the definition's default "MS graph security version"; Legacy Alerts need SecurityEvents.Read(Write).All instead.
const ALERT_READ = graph(['SecurityAlert.Read.All']);
const ALERT_WRITE = graph(['SecurityAlert.ReadWrite.All']);
// The README: eDiscovery and Threat Assessment commands work only with the authorization code flow (delegated).
const EDISCOVERY_READ = graph([], ['eDiscovery.Read.All']);
const EDISCOVERY_WRITE = graph([], ['eDiscovery.ReadWrite.All']);
const ASSESSMENT = graph([], ['ThreatAssessment.ReadWrite.All']);
const ASSESSMENT_DOC = graphDoc('informationprotection-post-threatassessmentrequests');

const ediscovery = (name: string, write: boolean, page: string) =>
  only('Delegated', command(`msg-${name}`, 'eDiscovery', write ? EDISCOVERY_WRITE : EDISCOVERY_READ, README, graphDoc(page)));
const assessment = (name: string, permissions = ASSESSMENT, ...extra: ReturnType<typeof graphDoc>[]) =>
  only('Delegated', command(name, 'Threat assessment', permissions, README, CODE, ASSESSMENT_DOC, ...extra));

const COMMANDS = [
  command('msg-auth-test', 'Authentication', [], README, CODE),
  command('msg-generate-login-url', 'Authentication', [], CODE),
  command('ms-graph-security-auth-reset', 'Authentication', [], CODE),

  command('msg-search-alerts', 'Alerts', ALERT_READ, README, graphDoc('security-list-alerts_v2')),
  command('msg-get-alert-details', 'Alerts', ALERT_READ, README, graphDoc('security-alert-get')),
  command('msg-update-alert', 'Alerts', ALERT_WRITE, README, graphDoc('security-alert-update')),
  command('msg-create-alert-comment', 'Alerts', ALERT_WRITE, README, graphDoc('security-alert-post-comments')),

  command('msg-list-security-incident', 'Incidents', graph(['SecurityIncident.Read.All']), README, graphDoc('security-list-incidents')),
  command(
    'msg-update-security-incident',
    'Incidents',
    graph(['SecurityIncident.ReadWrite.All']),
    README,
    graphDoc('security-incident-update'),
  ),
  command(
    'msg-advanced-hunting',
    'Advanced hunting',
    graph(['ThreatHunting.Read.All']),
    README,
    graphDoc('security-security-runhuntingquery'),
  ),

  // Deprecated; the README names User.Read.All (application) for them.
  command('msg-get-users', 'Users (deprecated)', graph(['User.Read.All']), README, graphDoc('user-list')),
  command('msg-get-user', 'Users (deprecated)', graph(['User.Read.All']), README, graphDoc('user-get')),

  ediscovery('list-ediscovery-cases', false, 'security-casesroot-list-ediscoverycases'),
  ediscovery('create-ediscovery-case', true, 'security-casesroot-post-ediscoverycases'),
  ediscovery('update-ediscovery-case', true, 'security-ediscoverycase-update'),
  ediscovery('close-ediscovery-case', true, 'security-ediscoverycase-close'),
  ediscovery('reopen-ediscovery-case', true, 'security-ediscoverycase-reopen'),
  ediscovery('delete-ediscovery-case', true, 'security-casesroot-delete-ediscoverycases'),
  ediscovery('list-ediscovery-custodians', false, 'security-ediscoverycase-list-custodians'),
  ediscovery('create-ediscovery-custodian', true, 'security-ediscoverycase-post-custodians'),
  ediscovery('release-ediscovery-custodian', true, 'security-ediscoverycustodian-release'),
  ediscovery('activate-ediscovery-custodian', true, 'security-ediscoverycustodian-activate'),
  ediscovery('apply-hold-ediscovery-custodian', true, 'security-ediscoverycustodian-applyhold'),
  ediscovery('remove-hold-ediscovery-custodian', true, 'security-ediscoverycustodian-removehold'),
  ediscovery('list-ediscovery-custodian-user-sources', false, 'security-ediscoverycustodian-list-usersources'),
  ediscovery('create-ediscovery-custodian-user-source', true, 'security-ediscoverycustodian-post-usersources'),
  ediscovery('list-ediscovery-custodian-site-sources', false, 'security-ediscoverycustodian-list-sitesources'),
  ediscovery('create-ediscovery-custodian-site-source', true, 'security-ediscoverycustodian-post-sitesources'),
  ediscovery('list-ediscovery-non-custodial-data-sources', false, 'security-ediscoverycase-list-noncustodialdatasources'),
  ediscovery('create-ediscovery-non-custodial-data-source', true, 'security-ediscoverycase-post-noncustodialdatasources'),
  ediscovery('list-ediscovery-searchs', false, 'security-ediscoverycase-list-searches'),
  ediscovery('create-ediscovery-search', true, 'security-ediscoverycase-post-searches'),
  ediscovery('update-ediscovery-search', true, 'security-ediscoverysearch-update'),
  ediscovery('delete-ediscovery-search', true, 'security-ediscoverycase-delete-searches'),
  ediscovery('purge-ediscovery-data', true, 'security-ediscoverysearch-purgedata'),

  // The mail assessment reads the message from the user's mailbox and, given an address, looks the user up first.
  assessment(
    'msg-create-mail-assessment-request',
    graph([], ['ThreatAssessment.ReadWrite.All', 'Mail.Read.Shared', 'User.Read.All']),
    graphDoc('user-list'),
  ),
  assessment('msg-create-email-file-assessment-request'),
  assessment('msg-create-file-assessment-request'),
  assessment('msg-create-url-assessment-request'),
  assessment('msg-list-threat-assessment-requests', ASSESSMENT, graphDoc('informationprotection-list-threatassessmentrequests')),
];

export const microsoftGraphSecurityCommands: IntegrationCommands = {
  integration: 'microsoft-graph-security',
  commandNames: [
    'msg-auth-test',
    'msg-search-alerts',
    'msg-get-alert-details',
    'msg-update-alert',
    'msg-get-users',
    'msg-get-user',
    'msg-create-alert-comment',
    'msg-create-ediscovery-case',
    'msg-list-ediscovery-cases',
    'msg-update-ediscovery-case',
    'msg-close-ediscovery-case',
    'msg-reopen-ediscovery-case',
    'msg-delete-ediscovery-case',
    'msg-create-ediscovery-custodian',
    'msg-list-ediscovery-custodians',
    'msg-release-ediscovery-custodian',
    'msg-activate-ediscovery-custodian',
    'msg-create-ediscovery-custodian-user-source',
    'msg-list-ediscovery-custodian-user-sources',
    'msg-create-ediscovery-custodian-site-source',
    'msg-list-ediscovery-custodian-site-sources',
    'msg-create-ediscovery-non-custodial-data-source',
    'msg-list-ediscovery-non-custodial-data-sources',
    'msg-apply-hold-ediscovery-custodian',
    'msg-remove-hold-ediscovery-custodian',
    'msg-create-ediscovery-search',
    'msg-update-ediscovery-search',
    'msg-list-ediscovery-searchs',
    'msg-delete-ediscovery-search',
    'msg-purge-ediscovery-data',
    'msg-advanced-hunting',
    'msg-list-security-incident',
    'msg-update-security-incident',
    'msg-create-mail-assessment-request',
    'msg-create-email-file-assessment-request',
    'msg-create-file-assessment-request',
    'msg-create-url-assessment-request',
    'msg-list-threat-assessment-requests',
    'ms-graph-security-auth-reset',
    'msg-generate-login-url',
  ],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE, graphDoc('resources/security-api-overview')],
};
