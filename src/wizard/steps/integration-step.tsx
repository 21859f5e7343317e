import { useState } from 'react';
import { FLOWS } from '../../catalog/flows';
import { INDEX } from '../../catalog/first-screen';
import { groupByArea, searchIntegrations } from '../../catalog/search';
import { StepHeading } from '../../components/ui/step-heading';
import { TextField } from '../../components/ui/text-field';
import { integrationPageHref } from '../deep-link';
import { useChoices } from '../../state/use-choices';

export function IntegrationStep() {
  const { choices, goTo } = useChoices();
  const [query, setQuery] = useState('');
  const matches = searchIntegrations(INDEX, query);
  return (
    <section>
      <StepHeading intro="Pick the integration you are connecting. The wizard walks you through the app registration, the sign-in, and fills in every instance parameter.">
        Which integration are you setting up?
      </StepHeading>
      <div data-needs-script="">
        <TextField
          label="Search integrations"
          hint='By name or what it does: "sentinel", "defender", "mail", "storage"…'
          type="search"
          mono={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <p role="status" className="mt-2 text-sm text-muted">
        {matches.length === INDEX.length ? `${matches.length} integrations` : `${matches.length} of ${INDEX.length} integrations match`}
      </p>
      {groupByArea(matches).map((group) => (
        <div key={group.area} className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{group.area}</h2>
          <ul className="grid gap-3">
            {group.integrations.map((integration) => (
              <li key={integration.id}>
                {/* A link to the integration's static page, so the list works with JavaScript off and opens in a new
                    tab; a plain click stays in the wizard and goes straight to its flows. */}
                <a
                  href={integrationPageHref(integration.id, import.meta.env.BASE_URL)}
                  onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    goTo('/flow', { integration: integration.id, version: undefined, flow: undefined, commands: undefined, values: {} });
                  }}
                  aria-current={choices.integration === integration.id ? 'true' : undefined}
                  className="block rounded-lg border border-line bg-surface p-4 hover:border-accent"
                >
                  <span className="block font-semibold">{integration.name}</span>
                  <span className="block text-sm text-muted">{integration.summary}</span>
                  <span className="mt-1 block text-xs text-subtle">
                    Flows: {integration.flows.map((flow) => FLOWS[flow].label).join(' · ')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {matches.length === 0 && (
        <p className="mt-4">No integration matches “{query}”. Try a product name such as Sentinel, Defender or Graph.</p>
      )}
    </section>
  );
}
