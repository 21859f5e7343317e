import { describe, expect, it } from 'vitest';
import { FLOWS } from '../flows';
import { INTEGRATIONS } from '../integrations';
import type { Permission } from '../types';
import { COMMANDS } from '.';

const key = (p: Permission) => `${p.api}|${p.name}|${p.type}`;

/** Permissions named outside the catalog's set, with the reason; `types` defaults to both kinds. */
interface Extra {
  api: Permission['api'];
  names: string[];
  types?: Permission['type'][];
  why: string;
}
const BOTH: Permission['type'][] = ['Application', 'Delegated'];
const keys = (extra: Extra) => extra.names.flatMap((name) => (extra.types ?? BOTH).map((type) => key({ api: extra.api, name, type })));

/**
 * Permissions a command needs that the catalog's integration-wide set (any flow) leaves out, each with the reason. A
 * least-privileged name where the catalog grants a broader one is here too: the command needs less.
 */
const beyondCatalog: Record<string, Extra[]> = {
  'microsoft-defender-endpoint': [
    {
      api: 'WindowsDefenderATP',
      names: ['Alert.Read.All'],
      types: ['Application'],
      why: "Microsoft's least privileged for reading alerts and investigations; the README and catalog name Alert.ReadWrite.All.",
    },
    { api: 'WindowsDefenderATP', names: ['Alert.Read'], types: ['Delegated'], why: 'The same, delegated.' },
    {
      api: 'WindowsDefenderATP',
      names: ['Machine.Offboard'],
      why: 'The README names Machine.Offboard for microsoft-atp-offboard-machine; its top-level list leaves it out.',
    },
    {
      api: 'Microsoft Graph',
      names: ['ThreatIndicators.ReadWrite.OwnedBy'],
      why: "The README's top-level list names it for the deprecated indicator commands only, which call Graph's beta tiIndicators.",
    },
  ],
  'microsoft-graph-security': [
    {
      api: 'Microsoft Graph',
      names: ['SecurityAlert.Read.All', 'SecurityAlert.ReadWrite.All'],
      types: ['Delegated'],
      why: "Graph's alerts_v2 reference allows delegated access; the README names the application permissions only.",
    },
    {
      api: 'Microsoft Graph',
      names: ['User.Read.All'],
      types: ['Application'],
      why: 'The README names it for the deprecated msg-get-user(s) commands only.',
    },
  ],
  'microsoft-graph-user': [
    {
      api: 'Microsoft Graph',
      names: [
        'User.Read.All',
        'User.EnableDisableAccount.All',
        'User.RevokeSessions.All',
        'UserAuthenticationMethod.Read.All',
        'UserAuthenticationMethod.ReadWrite.All',
      ],
      types: ['Application'],
      why: "Graph's least privileged per command (reading users, accountEnabled, revokeSignInSessions, Temporary Access Pass); the catalog grants User.ReadWrite.All, which does not cover the authentication methods.",
    },
  ],
  'microsoft-graph-groups': [
    {
      api: 'Microsoft Graph',
      names: ['GroupMember.Read.All', 'GroupMember.ReadWrite.All'],
      why: "Graph's least privileged for reading groups and changing membership; the README offers GroupMember.ReadWrite.All as the narrower choice.",
    },
    {
      api: 'Microsoft Graph',
      names: ['Group.Create'],
      types: ['Application'],
      why: "Graph's least privileged for creating groups as the app.",
    },
    {
      api: 'Microsoft Graph',
      names: ['Group.ReadWrite.All'],
      types: ['Delegated'],
      why: 'Delegated least privileged for creating and deleting groups.',
    },
  ],
  'microsoft-graph-mail': [
    {
      api: 'Microsoft Graph',
      names: ['Mail.Read', 'Mail.ReadBasic.All', 'Mail.Send', 'MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
      types: ['Application'],
      why: "Graph's least privileged per command; the catalog grants Mail.ReadWrite only, while the README also names Mail.Send and MailboxSettings.ReadWrite.",
    },
  ],
  'microsoft-graph-mail-single-user': [
    {
      api: 'Microsoft Graph',
      names: ['Mail.Read', 'Mail.ReadBasic', 'MailboxSettings.Read'],
      types: ['Delegated'],
      why: "Graph's least privileged for reading mail, folders and rules; the catalog grants the read-write names.",
    },
  ],
  'microsoft-teams': [
    {
      api: 'Microsoft Graph',
      names: ['ChannelMember.Read.All'],
      why: "The code's COMMANDS_REQUIRED_PERMISSIONS for microsoft-teams-channel-user-list; the catalog grants ChannelMember.ReadWrite.All.",
    },
    {
      api: 'Microsoft Graph',
      names: [
        'ChannelMessage.Send',
        'OnlineMeetings.ReadWrite',
        'Chat.Create',
        'ChatMessage.Send',
        'Chat.ReadBasic',
        'ChatMember.ReadWrite',
        'Chat.Read',
      ],
      types: ['Delegated'],
      why: "The code's COMMANDS_REQUIRED_PERMISSIONS for the authorization code flow; the catalog grants broader names (Chat.ReadWrite, OnlineMeetings.ReadWrite.All) or none.",
    },
  ],
  'microsoft-graph-identity-access': [
    {
      api: 'Microsoft Graph',
      names: ['RoleManagement.Read.Directory', 'IdentityRiskyUser.Read.All'],
      types: ['Application'],
      why: "Graph's least privileged for listing roles, members and risky users; the catalog grants the read-write names.",
    },
  ],
  'microsoft-365-defender': [
    {
      api: 'Microsoft Threat Protection',
      names: ['Incident.Read.All'],
      types: ['Application'],
      why: "Microsoft's least privileged for listing and getting incidents; the catalog grants Incident.ReadWrite.All.",
    },
    {
      api: 'Microsoft Threat Protection',
      names: ['Incident.Read', 'Incident.ReadWrite', 'AdvancedHunting.Read'],
      types: ['Delegated'],
      why: 'The delegated names the device code flow signs in with (the README names AdvancedHunting.Read); the catalog lists application names for that flow.',
    },
  ],
  'microsoft-graph-files': [
    {
      api: 'Microsoft Graph',
      names: ['Sites.Read.All', 'Sites.FullControl.All'],
      why: 'The README names them for listing sites and for the site permission commands (admin instance, Sites.Selected setup).',
    },
    {
      api: 'Microsoft Graph',
      names: ['Files.Read.All'],
      types: ['Application'],
      why: "The README's least privileged for the read commands.",
    },
    { api: 'Microsoft Graph', names: ['Files.Read'], types: ['Delegated'], why: "The README's least privileged for the read commands." },
  ],
  'microsoft-graph-applications': [
    {
      api: 'Microsoft Graph',
      names: ['Application.Read.All'],
      types: ['Application'],
      why: "Graph's least privileged for listing and getting service principals; the catalog grants Application.ReadWrite.All.",
    },
  ],
  'microsoft-graph-device-management': [
    {
      api: 'Microsoft Graph',
      names: ['DeviceManagementManagedDevices.Read.All'],
      types: ['Application'],
      why: "Graph's least privileged for reading managed devices; the catalog grants DeviceManagementManagedDevices.ReadWrite.All.",
    },
  ],
  'microsoft-teams-management': [
    {
      api: 'Microsoft Graph',
      names: ['Team.Create', 'TeamSettings.ReadWrite.All', 'TeamMember.Read.All', 'GroupMember.Read.All'],
      types: ['Application'],
      why: "Graph's least privileged for creating and cloning, updating and archiving teams, and reading members and teams; the catalog grants Group.ReadWrite.All.",
    },
  ],
  'azure-ad-identity-protection': [
    {
      api: 'Microsoft Graph',
      names: ['IdentityRiskyUser.Read.All'],
      types: ['Application'],
      why: "Graph's least privileged for listing risky users and their history; the catalog grants IdentityRiskyUser.ReadWrite.All.",
    },
  ],
  'microsoft-defender-cloud-apps': [
    {
      api: 'Microsoft Cloud App Security',
      names: ['investigation.read'],
      why: "The README names Investigation.read beside Discovery.manage, for listing alerts, activities and entities; the catalog's description list names Discovery.manage only.",
    },
  ],
};

const catalog = new Map(INTEGRATIONS.map((integration) => [integration.id, integration]));

it('lists every integration file in COMMANDS', () => {
  const files = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./index.ts', '!./common.ts', '!./types.ts'], {
    eager: true,
  });
  const exported = Object.values(files).flatMap((module) => Object.values(module));
  expect(exported.length).toBeGreaterThan(0);
  expect(exported.filter((entry) => !Object.values(COMMANDS).includes(entry as never))).toEqual([]);
});

describe.each(Object.entries(COMMANDS))('commands of %s', (id, entry) => {
  const integration = catalog.get(id);
  const allowed = new Set([
    ...(integration?.flows.flatMap((flow) => flow.permissions.map(key)) ?? []),
    ...(beyondCatalog[id] ?? []).flatMap(keys),
  ]);
  const named = entry.commands.flatMap((c) => (c.permissions === 'not-documented' ? [] : c.permissions.map(key)));

  it('is filed under its catalog id', () => {
    expect(entry.integration).toBe(id);
    expect(integration, `${id} is not a catalog id`).toBeDefined();
  });

  it('classifies every command of the definition once', () => {
    const classified = entry.commands.map((c) => c.command);
    expect(new Set(entry.commandNames).size, 'commandNames has duplicates').toBe(entry.commandNames.length);
    expect(new Set(classified).size, 'a command is classified twice').toBe(classified.length);
    expect([...classified].sort()).toEqual([...entry.commandNames].sort());
  });

  it("names only the catalog's permissions or the explained extras", () => {
    expect(named.filter((permission) => !allowed.has(permission))).toEqual([]);
  });

  it('uses every explained extra', () => {
    const used = new Set(named);
    const unused = (beyondCatalog[id] ?? []).flatMap(keys).filter((permission) => !used.has(permission));
    expect(unused).toEqual([]);
  });

  it('names both kinds where the integration signs in both ways, unless the command works with one only', () => {
    // A flow that grants no API permission (client credentials whose rights are Azure or Azure DevOps roles) asks for no kind.
    const kinds = new Set(
      (integration?.flows ?? [])
        .filter((flow) => FLOWS[flow.id].registers === 'app' && flow.permissions.length > 0)
        .map((flow) => (FLOWS[flow.id].appOnly ? 'Application' : 'Delegated')),
    );
    const missing = entry.commands.flatMap(({ command, permissions, onlyKind }) =>
      permissions === 'not-documented' || permissions.length === 0
        ? []
        : [...kinds]
            .filter((kind) => (onlyKind ? kind === onlyKind : true))
            .filter((kind) => !permissions.some((p) => p.type === kind))
            .map((kind) => `${command}: ${kind}`),
    );
    const wrongKind = entry.commands.flatMap(({ command, permissions, onlyKind }) =>
      onlyKind && permissions !== 'not-documented'
        ? permissions.filter((p) => p.type !== onlyKind).map((p) => `${command}: ${key(p)}`)
        : [],
    );
    expect(wrongKind).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('names only delegated permissions the sign-in asks for, where it asks for named scopes', () => {
    const fixed = (integration?.flows ?? []).flatMap((flow) =>
      flow.signIn?.endpoint === 'v2' &&
      FLOWS[flow.id].registers === 'app' &&
      !FLOWS[flow.id].appOnly &&
      !flow.signIn.scopes.some((s) => s.endsWith('/.default'))
        ? [new Set(flow.signIn.scopes.map((scope) => scope.replace(/^.*\//, '').toLowerCase()))]
        : [],
    );
    const outside = entry.commands.flatMap(({ command, permissions }) =>
      permissions === 'not-documented'
        ? []
        : permissions
            .filter((p) => p.type === 'Delegated' && p.api === 'Microsoft Graph')
            .filter((p) => fixed.some((scopes) => !scopes.has(p.name.toLowerCase())))
            .map((p) => `${command}: ${p.name}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives every command a group and a source', () => {
    expect(entry.commands.filter((c) => !c.group || c.sources.length === 0).map((c) => c.command)).toEqual([]);
    expect(entry.sources.length).toBeGreaterThan(0);
  });
});
