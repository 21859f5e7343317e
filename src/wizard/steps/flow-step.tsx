import { useState } from 'react';
import { FLOWS } from '../../catalog/flows';
import { findIntegration } from '../../catalog/integrations';
import { registrationChecklist } from '../../catalog/checklist';
import { Button } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { useChoices } from '../../state/use-choices';
import { MissingChoice } from '../../components/missing-choice';
import { Checklist, RegisterForYouNote } from './checklist';
import { PermissionsChoice } from './permissions-choice';
import { chosenIntegration } from '../../state/chosen-integration';
import { FlowCaution } from '../../components/flow-caution';
import { DeprecationNotice } from './deprecation-notice';
import { VersionChoice } from './version-choice';
import { integrationPageHref } from '../deep-link';

export function FlowStep() {
  const { choices, update, goTo, linkTo } = useChoices();
  // Selections are held here too, so they show at once however the URL is updated: a radio never springs back.
  const [flowId, setFlowId] = useState(choices.flow);
  const [version, setVersion] = useState(choices.version);
  const current = findIntegration(choices.integration);
  const plain = findIntegration(choices.integration, version);
  const integration = chosenIntegration({ ...choices, version });
  if (!integration || !current || !plain) return <MissingChoice what="an integration" step="/" linkTo={linkTo} />;
  const selected = integration.flows.find((flow) => flow.id === flowId);
  const intro = integration.version
    ? `${integration.productName}, ${integration.version.label.replace(/^V/, 'v')}, supports these ways to authenticate.`
    : `${integration.name} supports these ways to authenticate.`;

  return (
    <section>
      <StepHeading intro={intro}>How should the product sign in?</StepHeading>
      {integration.deprecated && (
        <div className="mb-6">
          <DeprecationNotice integration={integration} hrefFor={(id) => integrationPageHref(id, import.meta.env.BASE_URL)} />
        </div>
      )}
      <VersionChoice
        integration={current}
        version={version}
        onChange={(next) => {
          setVersion(next);
          setFlowId(undefined);
          update({ version: next, flow: undefined });
        }}
      />
      <fieldset className="grid gap-3">
        <legend className="sr-only">Authentication flow</legend>
        {integration.flows.map((flow) => (
          <label
            key={flow.id}
            className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-4 has-[:checked]:border-accent"
          >
            <input
              type="radio"
              name="flow"
              value={flow.id}
              checked={flowId === flow.id}
              onChange={() => {
                setFlowId(flow.id);
                update({ flow: flow.id });
              }}
              className="mt-1"
            />
            <span>
              <span className="font-semibold">{FLOWS[flow.id].label}</span>
              {flow.recommended && (
                <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900 dark:bg-green-900 dark:text-green-50">
                  Recommended
                </span>
              )}
              <span className="block text-sm text-muted">{FLOWS[flow.id].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {selected && (
        <div className="mt-6 grid gap-2">
          <FlowCaution flow={selected.id} />
          <PermissionsChoice
            integration={plain}
            flow={plain.flows.find((flow) => flow.id === selected.id) ?? selected}
            value={choices.commands}
            onChange={(commands) => update({ commands })}
          />
          <h2 className="mt-4 text-lg font-semibold">App registration checklist</h2>
          <Checklist items={registrationChecklist(integration, selected.id)} />
          <RegisterForYouNote flow={selected.id} />
        </div>
      )}
      <div className="mt-6">
        <Button disabled={!selected} onClick={() => goTo('/cloud', { version, flow: flowId })}>
          Continue
        </Button>
      </div>
    </section>
  );
}
