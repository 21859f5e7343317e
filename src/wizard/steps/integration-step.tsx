import { INTEGRATIONS } from '../../catalog/integrations';
import { FLOWS } from '../../catalog/flows';
import { StepHeading } from '../../components/ui/step-heading';
import { useChoices } from '../use-choices';

export function IntegrationStep() {
  const { choices, goTo } = useChoices();
  return (
    <section>
      <StepHeading intro="Pick the integration you are connecting. The wizard walks you through the app registration, the sign-in, and fills in every instance parameter.">
        Which integration are you setting up?
      </StepHeading>
      <ul className="grid gap-3">
        {INTEGRATIONS.map((integration) => (
          <li key={integration.id}>
            <button
              type="button"
              onClick={() => goTo('/flow', { integration: integration.id, flow: undefined, values: {} })}
              aria-current={choices.integration === integration.id ? 'true' : undefined}
              className="w-full rounded-lg border border-slate-300 bg-white p-4 text-left hover:border-blue-700 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-blue-400"
            >
              <span className="block font-semibold">{integration.name}</span>
              <span className="block text-sm text-slate-700 dark:text-slate-300">{integration.summary}</span>
              <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                Flows: {integration.flows.map((flow) => FLOWS[flow.id].label).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
