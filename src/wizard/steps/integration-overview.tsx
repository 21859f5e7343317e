import { registrationChecklist } from '../../catalog/checklist';
import { FLOWS } from '../../catalog/flows';
import { findIntegration } from '../../catalog/integrations';
import type { FlowId, Integration } from '../../catalog/types';
import { buttonClass } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { choicesToQuery } from '../../state/choices';
import { useChoices } from '../../state/use-choices';
import { Checklist } from './checklist';
import { FlowCaution } from '../../components/flow-caution';
import { DeprecationNotice } from './deprecation-notice';
import { flowPageHref, integrationPageHref } from '../deep-link';
import { MissingChoice } from '../../components/missing-choice';

/**
 * An integration's page for its help section (`<base>/i/<id>/`): what it is, each way it can sign in, and the app
 * registration each needs. Built into static HTML at build time, readable with JavaScript off; the app then takes
 * over with this same component.
 */
export function IntegrationOverview() {
  const { choices, linkTo } = useChoices();
  const integration = findIntegration(choices.integration);
  if (!integration) return <MissingChoice what="an integration" step="/" linkTo={linkTo} />;
  const older = (integration.olderVersions ?? []).map((version) => findIntegration(integration.id, version.id)!);

  return (
    <section>
      <StepHeading intro={integration.summary}>{integration.productName}</StepHeading>
      {integration.deprecated && (
        <div className="mb-4">
          <DeprecationNotice integration={integration} hrefFor={(id) => integrationPageHref(id, import.meta.env.BASE_URL)} />
        </div>
      )}
      <p className="text-sm text-muted">
        Cortex XSOAR’s {integration.name} integration signs in to Microsoft in one of these ways. Pick one to set it up with the wizard: app
        registration, sign-in and every instance parameter.
        {older.length > 0 && ` These are the ways of version ${integration.currentSince} and later; older versions follow.`}
      </p>
      <FlowList integration={integration} />
      {older.map((version) => (
        <section key={version.version!.id} className="mt-10" aria-labelledby={`version-${version.version!.id}`}>
          <h2 id={`version-${version.version!.id}`} className="text-xl font-semibold">
            {version.version!.label}
          </h2>
          <p className="text-sm text-muted">
            {version.productName} of these versions signs in differently. Still on one of them? Set it up this way; after an upgrade, set it
            up again with the current version&apos;s flows.
          </p>
          <FlowList integration={version} heading="h3" />
        </section>
      ))}
    </section>
  );
}

/** Each flow of one version of the integration, with its checklist and a link into the wizard for it. */
function FlowList({ integration, heading: Heading = 'h2' }: { integration: Integration; heading?: 'h2' | 'h3' }) {
  const version = integration.version?.id;
  // Plain links, the same in the static page and in the app: a current flow's own page (prerendered, with its cloud
  // choice); an older version's flow, the cloud step on this page.
  const start = (flow: FlowId) =>
    version
      ? `${integrationPageHref(integration.id, import.meta.env.BASE_URL)}#/cloud?${choicesToQuery({ integration: integration.id, version, flow, values: {} })}`
      : flowPageHref(integration.id, flow, import.meta.env.BASE_URL);
  const suffix = integration.version ? ` (${integration.version.label.toLowerCase()})` : '';
  return integration.flows.map((flow) => (
    <article key={flow.id} className="mt-8 grid gap-3" aria-labelledby={`flow-${flow.id}${version ? `-${version}` : ''}`}>
      <Heading id={`flow-${flow.id}${version ? `-${version}` : ''}`} className="text-lg font-semibold">
        {FLOWS[flow.id].label}
        {flow.recommended && (
          <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900 dark:bg-green-900 dark:text-green-50">
            Recommended
          </span>
        )}
      </Heading>
      <p className="text-sm text-muted">{FLOWS[flow.id].description}</p>
      <FlowCaution flow={flow.id} />
      <Checklist items={registrationChecklist(integration, flow.id)} />
      <p>
        <a
          href={start(flow.id)}
          className={buttonClass('secondary')}
          aria-label={`Set up with this flow: ${FLOWS[flow.id].label}${suffix}`}
        >
          Set up with this flow
        </a>
      </p>
    </article>
  ));
}
