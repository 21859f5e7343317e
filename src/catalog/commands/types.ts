import type { Source } from '../fix';
import type { Permission } from '../types';

/**
 * One command of an integration and what it needs: the least-privileged permissions (API, name, Application or
 * Delegated) that let it run, or the Azure role, as the integration's README lists them per command and its code's
 * endpoints check against Microsoft's permission reference.
 */
export interface CommandNeeds {
  /** The command as typed in the War Room, without the "!": `microsoft-atp-isolate-machine`. */
  command: string;
  /** A group of related commands the admin can pick at once: "Machines", "Alerts", "Indicators". */
  group: string;
  /**
   * The permissions it needs, both kinds where the integration signs in both ways; `not-documented` when neither the
   * README nor the endpoint's reference says (then the integration-wide set applies).
   */
  permissions: Permission[] | 'not-documented';
  /** The one kind of permissions the command works with, where the README or the API allows no other (then `permissions` names only that kind). */
  onlyKind?: Permission['type'];
  /** Where this was read: the README's line, the code's endpoint, Microsoft's permission page. */
  sources: Source[];
}

export interface IntegrationCommands {
  /** The catalog id. */
  integration: string;
  /** Every command of the newest definition (`script.commands[].name`), each classified once in `commands`. */
  commandNames: readonly string[];
  commands: CommandNeeds[];
  /** The files and commits read for this integration as a whole. */
  sources: Source[];
}
