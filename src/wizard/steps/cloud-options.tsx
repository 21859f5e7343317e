import { CLOUD_CHOICES } from '../../catalog/clouds';
import { cloudReach } from '../../catalog/reach';
import type { CloudId, Integration } from '../../catalog/types';

/** The clouds the product can reach for this integration, as radios, and why the others are missing. */
export function CloudOptions({
  integration,
  value,
  onChange,
  legend = 'Cloud',
}: {
  integration: Integration;
  value: CloudId | undefined;
  onChange: (cloud: CloudId) => void;
  legend?: string;
}) {
  const reach = cloudReach(integration);
  const offered = CLOUD_CHOICES.filter((cloud) => reach.clouds.includes(cloud.id));
  const missingNational = CLOUD_CHOICES.filter((cloud) => cloud.id !== 'custom' && !reach.clouds.includes(cloud.id));
  return (
    <>
      <fieldset className="grid gap-2">
        <legend className="sr-only">{legend}</legend>
        {offered.map((cloud) => (
          <label
            key={cloud.id}
            className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-accent"
          >
            <input
              type="radio"
              name="cloud"
              value={cloud.id}
              checked={value === cloud.id}
              onChange={() => onChange(cloud.id)}
              className="mt-1"
            />
            <span>
              <span className="font-semibold">{cloud.label}</span>
              <span className="block text-sm text-muted">{cloud.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="mt-3 text-sm text-muted" data-testid="cloud-reach">
        {reach.why}
        {missingNational.length ? ` So it cannot reach ${missingNational.map((cloud) => cloud.label).join(', ')}.` : ''}
        {reach.noCustom ? ` No custom endpoints: ${reach.noCustom}` : ''}
      </p>
    </>
  );
}
