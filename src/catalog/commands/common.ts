import type { Source } from '../fix';
import type { Permission } from '../types';
import type { CommandNeeds } from './types';

/** The snapshot of demisto/content every integration's definition, README and code are read at. */
const CONTENT = { repo: 'metron-labs/content', commit: 'f85a918e004975360a1ed050ac9e9700940d9779' } as const;

export function content(path: string): Source {
  return { ...CONTENT, path };
}

export function learn(path: string): Source {
  return { url: `https://learn.microsoft.com/en-us/${path}` };
}

/** A Microsoft Graph reference page (v1.0 unless `beta`), whose "Permissions" table names the least privileged. */
export function graphDoc(page: string, version: 'v1.0' | 'beta' = 'v1.0'): Source {
  return learn(`graph/api/${page}?view=graph-rest-${version === 'beta' ? 'beta' : '1.0'}`);
}

/**
 * The names an integration signs in with, per kind: `both(api)(['Machine.Read.All'], ['Machine.Read'])`. Leave out
 * `delegated` when the names are the same for both kinds; pass `[]` for a kind the integration does not sign in with.
 */
export function both(api: Permission['api']) {
  return (application: string[], delegated: string[] = application): Permission[] => [
    ...application.map((name) => ({ api, name, type: 'Application' as const })),
    ...delegated.map((name) => ({ api, name, type: 'Delegated' as const })),
  ];
}

export function command(name: string, group: string, permissions: CommandNeeds['permissions'], ...sources: Source[]): CommandNeeds {
  return { command: name, group, permissions, sources };
}

/** A command that works with one kind of permissions only: `only('Delegated', command(…))`. */
export function only(kind: NonNullable<CommandNeeds['onlyKind']>, needs: CommandNeeds): CommandNeeds {
  return { ...needs, onlyKind: kind };
}
