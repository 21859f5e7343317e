import { COMMANDS } from './commands';
import type { CommandNeeds, IntegrationCommands } from './commands/types';
import { FLOWS } from './flows';
import type { FlowId, FlowSupport, Integration, Permission } from './types';

/** The kind of permissions a flow grants: application permissions when the app acts as itself, else delegated ones. */
export const kindOf = (flow: FlowId): Permission['type'] => (FLOWS[flow].appOnly ? 'Application' : 'Delegated');

const keyOf = (permission: Permission) => `${permission.type} ${permission.api} ${permission.name}`;

/** The commands chosen, from the `commands=` choice (comma-separated command names); unknown names are dropped. */
export function readSelection(value: string | undefined, known: IntegrationCommands | undefined): string[] | undefined {
  if (!value || !known) return undefined;
  const names = new Set(known.commands.map((command) => command.command));
  return [...new Set(value.split(','))].filter((name) => names.has(name));
}

export const writeSelection = (commands: readonly string[]): string => commands.join(',');

export interface NarrowedPermissions {
  /** The permissions the chosen commands need, for this flow's kind. */
  permissions: Permission[];
  /** For each permission (by `type api name`), the chosen commands that need it. */
  why: Record<string, string[]>;
  /** Chosen commands no source documents: the flow's whole set applies for their sake. */
  undocumented: string[];
  /** Chosen commands that cannot run with this flow's kind of permissions (e.g. delegated only, under client credentials). */
  unavailable: string[];
}

/** Whether a command can run with a flow's kind of permissions: a command documented only for the other kind cannot. */
export function runsWith(command: CommandNeeds, kind: Permission['type']): boolean {
  if (command.onlyKind) return command.onlyKind === kind;
  return command.permissions === 'not-documented' || command.permissions.length === 0 || command.permissions.some((p) => p.type === kind);
}

/**
 * The least-privileged permissions for the chosen commands under one flow: each command's documented permissions of
 * the flow's kind, once, with the commands that need each. A command no source documents keeps the flow's whole set.
 */
export function narrowPermissions(flow: FlowSupport, known: IntegrationCommands, selected: readonly string[]): NarrowedPermissions {
  const kind = kindOf(flow.id);
  const chosen = known.commands.filter((command) => selected.includes(command.command));
  const why: Record<string, string[]> = {};
  const permissions: Permission[] = [];
  const add = (permission: Permission, command?: string) => {
    const key = keyOf(permission);
    if (!why[key]) {
      why[key] = [];
      permissions.push(permission);
    }
    if (command) why[key]!.push(command);
  };
  const undocumented = chosen.filter((command) => command.permissions === 'not-documented').map((command) => command.command);
  const unavailable = chosen.filter((command) => !runsWith(command, kind)).map((command) => command.command);
  for (const command of chosen)
    if (command.permissions !== 'not-documented' && runsWith(command, kind))
      for (const permission of command.permissions) if (permission.type === kind) add(permission, command.command);
  if (undocumented.length) for (const permission of flow.permissions) add(permission);
  return { permissions, why, undocumented, unavailable };
}

/** The commands of an integration that a flow's permissions let run (by kind), for the sheet and the chooser. */
export function commandsOf(integrationId: string): IntegrationCommands | undefined {
  return COMMANDS[integrationId];
}

/**
 * The integration as the admin chose to set it up: with `commands` chosen (current version only), every flow asks
 * only for what those commands need, so the checklist, the registration plan, the sign-in check and the
 * troubleshooter follow the choice. Without a choice, the integration as it is.
 */
export function narrowIntegration(integration: Integration, commands: string | undefined): Integration {
  const known = integration.version ? undefined : COMMANDS[integration.id];
  const selected = readSelection(commands, known);
  if (!known || !selected?.length) return integration;
  return {
    ...integration,
    flows: integration.flows.map((flow) => ({ ...flow, permissions: narrowPermissions(flow, known, selected).permissions })),
  };
}

/** An integration's commands by group, in the order the data lists them. */
export function commandGroups(known: IntegrationCommands): { group: string; commands: CommandNeeds[] }[] {
  const groups = new Map<string, CommandNeeds[]>();
  for (const command of known.commands) groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  return [...groups].map(([group, commands]) => ({ group, commands }));
}

/** What a command needs under a flow's kind, in words: "Machine.Isolate", "nothing beyond signing in", "not documented…". */
export function needsInWords(command: CommandNeeds, kind: Permission['type']): string {
  if (command.permissions === 'not-documented') return 'not documented: the whole permission set applies';
  if (!runsWith(command, kind)) return `only with ${kind === 'Application' ? 'delegated' : 'application'} permissions`;
  const names = command.permissions.filter((permission) => permission.type === kind).map((permission) => permission.name);
  return names.length ? names.join(', ') : 'nothing beyond signing in';
}

/** A command the text names (`!name` or "execute name command") that the admin's choice left out, with what it needs. */
export function commandLeftOut(text: string, integrationId: string | undefined, commands: string | undefined): CommandNeeds | undefined {
  const known = integrationId ? COMMANDS[integrationId] : undefined;
  const selected = readSelection(commands, known);
  if (!known || !selected?.length) return undefined;
  return known.commands.find(
    (command) => !selected.includes(command.command) && new RegExp(`(^|[^\\w-])!?${command.command}(?![\\w-])`).test(text),
  );
}
