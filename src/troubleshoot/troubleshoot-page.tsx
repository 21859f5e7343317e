import { useId, useState } from 'react';
import { CLOUDS } from '../catalog/clouds';
import { findIntegration, INTEGRATIONS } from '../catalog/integrations';
import { Notice } from '../components/ui/notice';
import { SelectField } from '../components/ui/select-field';
import { StepHeading } from '../components/ui/step-heading';
import { chosenCloud } from '../state/choices';
import { useChoices } from '../state/use-choices';
import { diagnose, printedStatus } from './diagnose';
import { DiagnosisCard } from './diagnosis-card';

/** Explains an error the product printed. What is pasted stays in this component's state: never stored or sent. */
export function TroubleshootPage() {
  const id = useId();
  const { choices, update, linkTo } = useChoices();
  const [text, setText] = useState('');
  const integration = findIntegration(choices.integration, choices.version);
  const found = text.trim() ? diagnose(text, integration) : [];
  const status = printedStatus(text);
  const loginHost = chosenCloud(choices)?.login || CLOUDS.global.login;
  // Back to where a new code or credential is made: the authorize step when the wizard has the app details.
  const authorizeLink = integration && choices.flow && choices.cloud ? linkTo('/authorize') : linkTo(integration ? '/flow' : '/');

  return (
    <section>
      <StepHeading intro="Paste what the product printed (the War Room entry or the Test result) to see what it means and how to fix it.">
        Troubleshoot an error
      </StepHeading>
      <div className="grid gap-4">
        <SelectField
          label="Integration"
          value={integration?.id ?? ''}
          options={[
            { value: '', label: 'Any (no integration-specific fix)' },
            ...INTEGRATIONS.map((entry) => ({ value: entry.id, label: entry.productName })),
          ]}
          onChange={(value) => update({ integration: value || undefined, flow: undefined })}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            Error text
          </label>
          <p id={`${id}-hint`} className="text-xs text-subtle">
            Read in this page only: nothing you paste is stored or sent anywhere.
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
          <Notice tone="info" title="No error the wizard knows in this text">
            Paste the whole message, including any AADSTS number, the JSON body, or the line starting with "Error in Microsoft
            authorization".{status ? ` It mentions HTTP status ${status}.` : ''}
          </Notice>
        )}
        {found.length > 0 && (
          <ul aria-label="What the error means" className="grid gap-3">
            {found.map((diagnosis) => (
              <DiagnosisCard key={diagnosis.code} diagnosis={diagnosis} loginHost={loginHost} authorizeLink={authorizeLink} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
