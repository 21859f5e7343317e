import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
import { findIntegration, INTEGRATIONS } from './integrations';
import { narrowIntegration, narrowPermissions, readSelection, runsWith, kindOf } from './least-privilege';

const defender = findIntegration('microsoft-defender-endpoint')!;
const names = (permissions: { type: string; name: string }[]) => permissions.map((permission) => `${permission.type} ${permission.name}`);

describe('least privilege', () => {
  it('asks Defender for Endpoint for exactly what isolating machines and listing alerts need, per flow kind', () => {
    const chosen = 'microsoft-atp-isolate-machine,microsoft-atp-list-alerts';
    const narrowed = narrowIntegration(defender, chosen);
    const flow = (id: string) => narrowed.flows.find((candidate) => candidate.id === id)!;
    expect(names(flow('client-credentials').permissions)).toEqual(['Application Machine.Isolate', 'Application Alert.Read.All']);
    expect(names(flow('auth-code').permissions)).toEqual(['Delegated Machine.Isolate', 'Delegated Alert.Read']);
    const original = defender.flows.find((candidate) => candidate.id === 'client-credentials')!.permissions.length;
    expect(original).toBeGreaterThan(2);
  });

  it('says which commands need each permission, and keeps the whole set for a command no source documents', () => {
    const known = COMMANDS['microsoft-defender-endpoint']!;
    const flow = defender.flows.find((candidate) => candidate.id === 'client-credentials')!;
    const result = narrowPermissions(flow, known, ['microsoft-atp-list-alerts', 'microsoft-atp-get-alert-by-id']);
    expect(result.why['Application WindowsDefenderATP Alert.Read.All']).toEqual([
      'microsoft-atp-list-alerts',
      'microsoft-atp-get-alert-by-id',
    ]);
    const undocumented = Object.values(COMMANDS)
      .flatMap((entry) => entry.commands.map((command) => ({ entry, command })))
      .find(
        ({ entry, command }) =>
          command.permissions === 'not-documented' && findIntegration(entry.integration)!.flows.some((flow) => flow.permissions.length),
      );
    expect(undocumented).toBeDefined();
    if (undocumented) {
      const integration = findIntegration(undocumented.entry.integration)!;
      const someFlow = integration.flows.find((candidate) => candidate.permissions.length)!;
      const wide = narrowPermissions(someFlow, undocumented.entry, [undocumented.command.command]);
      expect(wide.undocumented).toEqual([undocumented.command.command]);
      expect(names(wide.permissions)).toEqual(expect.arrayContaining(names(someFlow.permissions)));
    }
  });

  it("asks only for the flow's kind of permissions, in every integration, with every command chosen at once", () => {
    for (const [id, known] of Object.entries(COMMANDS)) {
      const integration = findIntegration(id)!;
      const all = known.commands.map((command) => command.command).join(',');
      const narrowed = narrowIntegration(integration, all);
      for (const flow of integration.flows) {
        const kind = kindOf(flow.id);
        const everyRunnable = known.commands.filter((command) => runsWith(command, kind));
        expect(everyRunnable.length, `${id} ${flow.id}`).toBeGreaterThan(0);
        const narrowedFlow = narrowed.flows.find((candidate) => candidate.id === flow.id)!;
        for (const permission of narrowedFlow.permissions) expect(permission.type, `${id} ${flow.id} ${permission.name}`).toBe(kind);
      }
    }
  });

  it('ignores an unknown or empty choice, and older versions', () => {
    expect(readSelection('nope,microsoft-atp-isolate-machine', COMMANDS['microsoft-defender-endpoint'])).toEqual([
      'microsoft-atp-isolate-machine',
    ]);
    expect(narrowIntegration(defender, undefined)).toBe(defender);
    const sentinelOld = findIntegration('azure-sentinel', '1.0')!;
    expect(narrowIntegration(sentinelOld, 'anything')).toBe(sentinelOld);
    expect(INTEGRATIONS.length).toBeGreaterThan(0);
  });
});

describe('an empty or foreign choice', () => {
  it('keeps the whole set rather than asking for nothing', () => {
    expect(narrowIntegration(defender, '')).toBe(defender);
    expect(narrowIntegration(defender, 'msgraph-user-list')).toBe(defender);
  });
});
