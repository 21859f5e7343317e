import { registrationChecklist } from '../../catalog/checklist';
import { FLOWS } from '../../catalog/flows';
import { findIntegration } from '../../catalog/integrations';
import type { FlowId } from '../../catalog/types';
import { buttonClass } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { choicesToQuery } from '../choices';
import { useChoices } from '../use-choices';
import { Checklist } from './checklist';
import { FlowCaution } from './flow-caution';
import { MissingChoice } from './require-choices';

/**
 * An integration's page for its help section (`<base>/i/<id>/`): what it is, each way it can sign in, and the app
 * registration each needs. Built into static HTML at build time, readable with JavaScript off; the app then takes
 * over with this same component.
 */
export function IntegrationOverview() {
  const { choices, linkTo } = useChoices();
  const integration = findIntegration(choices.integration, choices.version);
  if (!integration) return <MissingChoice what="an integration" step="/" linkTo={linkTo} />;
  // A plain link to the wizard's own address: the same in the static page and in the app.
  const start = (flow: FlowId) => `${import.meta.env.BASE_URL}#/cloud?${choicesToQuery({ integration: integration.id, flow, values: {} })}`;

  return (
    <section>
      <StepHeading intro={integration.summary}>{integration.productName}</StepHeading>
      <p className="text-sm text-muted">
        Cortex XSOAR’s {integration.name} integration signs in to Microsoft in one of these ways. Pick one to set it up with the wizard: app
        registration, sign-in and every instance parameter.
      </p>
      {integration.flows.map((flow) => (
        <article key={flow.id} className="mt-8 grid gap-3" aria-labelledby={`flow-${flow.id}`}>
          <h2 id={`flow-${flow.id}`} className="text-lg font-semibold">
            {FLOWS[flow.id].label}
            {flow.recommended && (
              <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900 dark:bg-green-900 dark:text-green-50">
                Recommended
              </span>
            )}
          </h2>
          <p className="text-sm text-muted">{FLOWS[flow.id].description}</p>
          <FlowCaution flow={flow.id} />
          <Checklist items={registrationChecklist(integration, flow.id)} />
          <p>
            <a href={start(flow.id)} className={buttonClass('secondary')} aria-label={`Set up with this flow: ${FLOWS[flow.id].label}`}>
              Set up with this flow
            </a>
          </p>
        </article>
      ))}
    </section>
  );
}
