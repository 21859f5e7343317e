import { chosenIntegration } from '../state/chosen-integration';
import { useId, useState } from 'react';
import { CLOUDS } from '../catalog/clouds';
import { FLOWS } from '../catalog/flows';
import { INTEGRATIONS } from '../catalog/integrations';
import type { FlowId } from '../catalog/types';
import { Command } from '../components/ui/command';
import { Notice } from '../components/ui/notice';
import { SelectField } from '../components/ui/select-field';
import { StepHeading } from '../components/ui/step-heading';
import { chosenCloud } from '../state/choices';
import { useChoices } from '../state/use-choices';
import { diagnose, printedStatus } from './diagnose';
import { DiagnosisCard, FixLinks } from './diagnosis-card';
import { fixLinks } from './fix-links';
import { FAILED_AT, FAILED_AT_LABELS, triage, type FailedAt } from './triage';

/** Explains an error the product printed. What is pasted stays in this component's state: never stored or sent. */
export function TroubleshootPage() {
  const id = useId();
  const { choices, update } = useChoices();
  const [text, setText] = useState('');
  const [failedAt, setFailedAt] = useState<FailedAt | ''>('');
  const integration = chosenIntegration(choices);
  const found = text.trim() ? diagnose(text, integration, choices) : [];
  const status = printedStatus(text);
  const loginHost = chosenCloud(choices)?.login || CLOUDS.global.login;
  const linksFor = (actions: Parameters<typeof fixLinks>[0]) => fixLinks(actions, choices, integration?.name);

  return (
    <section>
      <StepHeading intro="Paste what the product printed (the War Room entry or the Test result) to see what it means and how to fix it.">
        Troubleshoot an error
      </StepHeading>
      <div className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Integration"
            value={integration?.id ?? ''}
            options={[
              { value: '', label: 'Any (no integration-specific fix)' },
              ...INTEGRATIONS.map((entry) => ({ value: entry.id, label: entry.productName })),
            ]}
            onChange={(value) => update({ integration: value || undefined, version: undefined, flow: undefined })}
          />
          {integration && (
            <SelectField
              label="How it signs in"
              value={choices.flow ?? ''}
              options={[
                { value: '', label: 'Not sure' },
                ...integration.flows.map((flow) => ({ value: flow.id, label: FLOWS[flow.id].label })),
              ]}
              onChange={(value) => update({ flow: (value || undefined) as FlowId | undefined })}
            />
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            Error text
          </label>
          <p id={`${id}-hint`} className="text-xs text-subtle">
            Read in this page only: nothing you paste is stored or sent anywhere. One line of the message is enough.
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-hint`}
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            className="rounded-md border border-field bg-surface px-3 py-2 font-mono text-xs"
          />
        </div>
        {text.trim() && !found.length && (
          <Notice tone="info" title="No message the wizard knows in this text" live={false}>
            <p>
              Say where it failed and the wizard names the likeliest causes, with their checks.
              {status ? ` The text mentions HTTP status ${status}.` : ''}
            </p>
          </Notice>
        )}
        {text.trim() && !found.length && (
          <SelectField
            label="Where did it fail?"
            value={failedAt}
            options={[{ value: '', label: 'Choose…' }, ...FAILED_AT.map((value) => ({ value, label: FAILED_AT_LABELS[value] }))]}
            onChange={(value) => setFailedAt(value as FailedAt | '')}
          />
        )}
        {text.trim() && !found.length && failedAt && (
          <section aria-labelledby={`${id}-causes`} className="grid gap-3">
            <h2 id={`${id}-causes`} className="text-lg font-semibold">
              Likely causes
            </h2>
            <ol className="grid gap-3">
              {triage({ failedAt, flow: choices.flow, integration, status }).map((cause) => (
                <li key={cause.cause} className="grid gap-1 rounded-md border border-line p-4">
                  <p className="font-semibold">{cause.cause}</p>
                  <p className="text-sm">Check: {cause.check}</p>
                  {cause.actions.reset && integration?.resetCommand && (
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      Then clear the product’s tokens: <Command command={integration.resetCommand} />
                    </p>
                  )}
                  <FixLinks links={linksFor(cause.actions)} label={`Fix: ${cause.cause}`} />
                </li>
              ))}
            </ol>
          </section>
        )}
        {found.length > 0 && (
          <ul aria-label="What the error means" className="grid gap-3">
            {found.map((diagnosis) => (
              <DiagnosisCard key={diagnosis.code} diagnosis={diagnosis} loginHost={loginHost} links={linksFor(diagnosis.actions)} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
