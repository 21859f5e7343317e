import type { Integration } from '../../catalog/types';

/**
 * Which version of the integration the admin runs, asked only where an older version signs in differently. The
 * current version is the default; a help-section link can carry `version=`.
 */
export function VersionChoice({
  integration,
  version,
  onChange,
}: {
  /** The current entry, which lists the older versions. */
  integration: Integration;
  version: string | undefined;
  onChange: (version: string | undefined) => void;
}) {
  const older = integration.olderVersions;
  if (!older?.length) return null;
  const options = [
    { id: undefined, label: `Version ${integration.currentSince} or later (current)` },
    ...older.map(({ id, label }) => ({ id, label })),
  ];
  return (
    <fieldset className="mb-6 grid gap-2 rounded-lg border border-line p-4">
      <legend className="px-1 font-semibold">Which version of the {integration.name} integration do you run?</legend>
      <p className="text-sm text-muted">
        Older versions sign in differently. These are versions of its content pack: Marketplace › Installed content packs shows yours.
      </p>
      {options.map((option) => (
        <label key={option.id ?? 'current'} className="flex items-center gap-2">
          <input
            type="radio"
            name="version"
            value={option.id ?? 'current'}
            checked={version === option.id || (!option.id && !older.some((candidate) => candidate.id === version))}
            onChange={() => onChange(option.id)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
