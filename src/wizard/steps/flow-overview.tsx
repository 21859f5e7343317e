import { useState } from 'react';
import { registrationChecklist } from '../../catalog/checklist';
import { FLOWS } from '../../catalog/flows';
import { findIntegration } from '../../catalog/integrations';
import { flowParameters, parameterOrigin } from '../../catalog/parameter-origin';
import { Button } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { FlowCaution } from '../../components/flow-caution';
import { MissingChoice } from '../../components/missing-choice';
import { PATHS } from '../../state/paths';
import { useChoices } from '../../state/use-choices';
import { integrationPageHref } from '../deep-link';
import { Checklist, RegisterForYouNote } from './checklist';
import { CloudOptions } from './cloud-options';
import { DeprecationNotice } from './deprecation-notice';

/**
 * One flow of one integration (`<base>/i/<id>/<flow>/`), for a help section that documents that flow: what it is, the
 * app registration it needs, what the instance will hold, and the cloud to continue with. Built into static HTML at
 * build time, readable with JavaScript off; the app then takes over with this same component.
 */
export function FlowOverview() {
  const { choices, goTo, linkTo } = useChoices();
  const [cloudId, setCloudId] = useState(choices.cloud);
  const integration = findIntegration(choices.integration);
  const flow = integration?.flows.find((candidate) => candidate.id === choices.flow);
  if (!integration) return <MissingChoice what="an integration" step={PATHS.integration} linkTo={linkTo} />;
  if (!flow) return <MissingChoice what="a flow" step={PATHS.flow} linkTo={linkTo} />;
  const info = FLOWS[flow.id];
  const parameters = flowParameters(integration, flow.id);
  const others = integration.flows.length + (integration.olderVersions?.length ?? 0) > 1;

  return (
    <section>
      <StepHeading intro={info.description}>{`${integration.productName}: ${info.label}`}</StepHeading>
      {integration.deprecated && (
        <div className="mb-4">
          <DeprecationNotice integration={integration} hrefFor={(id) => integrationPageHref(id, import.meta.env.BASE_URL)} />
        </div>
      )}
      <FlowCaution flow={flow.id} />
      {others && (
        <p className="text-sm">
          <a href={integrationPageHref(integration.id, import.meta.env.BASE_URL)} className="underline">
            Other ways {integration.name} signs in
          </a>
        </p>
      )}
      <h2 className="mt-8 text-lg font-semibold">App registration checklist</h2>
      <Checklist items={registrationChecklist(integration, flow.id)} />
      <RegisterForYouNote flow={flow.id} className="mt-2" />
      <h2 className="mt-8 text-lg font-semibold">What the instance will hold</h2>
      <p className="text-sm text-muted">
        The wizard’s last step fills these instance parameters with their values, ready to copy or export.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Parameter
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Name
              </th>
              <th scope="col" className="py-2 font-semibold">
                Its value
              </th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.name}.${parameter.part ?? ''}`} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  {parameter.label}
                  {parameter.required && <span className="text-muted"> (required)</span>}
                </td>
                <td className="py-2 pr-4">
                  <code className="font-mono text-xs">{parameter.name}</code>
                  {parameter.part && (
                    <span className="block text-xs text-muted">its {parameter.part === 'identifier' ? 'user name' : 'password'}</span>
                  )}
                </td>
                <td className="py-2">{parameterOrigin(parameter, flow.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-lg font-semibold">Which Microsoft cloud?</h2>
      <p className="mb-3 text-sm text-muted">
        Microsoft runs separate national clouds with their own sign-in and API hosts. Pick the one your tenant lives in.
      </p>
      <CloudOptions integration={integration} value={cloudId} onChange={setCloudId} />
      <div className="mt-6" data-needs-script="">
        <Button
          disabled={!cloudId}
          onClick={() => goTo(cloudId === 'custom' ? PATHS.cloud : PATHS.app, { flow: flow.id, cloud: cloudId, version: undefined })}
        >
          Continue
        </Button>
      </div>
    </section>
  );
}
