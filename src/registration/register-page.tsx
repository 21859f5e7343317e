import { keepResult } from './keep-result';
import { chosenIntegration } from '../state/chosen-integration';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { changesInWords, FIX_PARAM, readFix, type RegistrationChange } from '../catalog/fix';
import { FLOWS } from '../catalog/flows';
import type { FlowSupport, Integration } from '../catalog/types';
import { acceptsCertificate, credentialFor } from '../catalog/credentials';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { StepHeading } from '../components/ui/step-heading';
import { TextField } from '../components/ui/text-field';
import { wizardAddress } from '../state/address';
import { chosenCloud } from '../state/choices';
import { useSession } from '../state/session';
import { useChoices } from '../state/use-choices';
import { MissingChoice } from '../components/missing-choice';
import { blockingProblems, buildPlan, canRegister, needsRole, planProblems, type PlanInput } from './plan';
import { ResultPanel } from './result-panel';
import type { RegistrationResult } from './result-line';
import { PlanSteps } from './plan-steps';
import { RunPanel } from './run-panel';
import { BotFields, botInputOf, initialBotForm, type BotForm } from './bot-fields';
import { ScriptPanel } from './script-panel';

const parameterNamed = (integration: Integration, pattern: RegExp) =>
  integration.parameters.find((parameter) => pattern.test(parameter.name))?.name;

/** Registers the app for the admin: one reviewed plan, as a Cloud Shell script or run from this page. */
export function RegisterPage() {
  const { choices, linkTo } = useChoices();
  // The troubleshooter's preset: the changes to make on the app that exists.
  const [searchParams] = useSearchParams();
  const integration = chosenIntegration(choices);
  const flow = integration?.flows.find((candidate) => candidate.id === choices.flow);
  if (!integration || !flow) return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;
  if (!chosenCloud(choices)) return <MissingChoice what="a cloud" step="/cloud" linkTo={linkTo} />;
  if (!canRegister(flow.id))
    return (
      <section>
        <StepHeading intro={`${FLOWS[flow.id].label} uses the vendor's app.`}>Nothing to register</StepHeading>
        <a href={`#${linkTo('/app')}`} className="text-accent underline">
          Back to App details
        </a>
      </section>
    );
  // A new integration or flow starts a new form (its defaults differ).
  return (
    <RegisterForm key={`${integration.id}/${flow.id}`} integration={integration} flow={flow} fix={readFix(searchParams.get(FIX_PARAM))} />
  );
}

function RegisterForm({ integration, flow, fix }: { integration: Integration; flow: FlowSupport; fix: RegistrationChange[] }) {
  const { choices, update, goTo, linkTo } = useChoices();
  const { certificate } = useSession();
  const subscriptionParameter = parameterNamed(integration, /subscription/i);
  const groupParameter = parameterNamed(integration, /resource_?group/i);
  const [form, setForm] = useState({
    displayName: `Cortex XSOAR - ${integration.name}`.slice(0, 120),
    subscription: (subscriptionParameter && choices.values[subscriptionParameter]) || '',
    resourceGroup: (groupParameter && choices.values[groupParameter]) || '',
    role: integration.roleName ?? 'Contributor',
    identity: '',
    graph: choices.graph ?? '',
    arm: choices.arm ?? '',
    clientId: choices.client ?? '',
  });
  const [applied, setApplied] = useState<RegistrationResult>();
  const [botForm, setBotForm] = useState<BotForm | undefined>(() => integration.bot && initialBotForm(integration.bot, choices.values));
  const cloud = chosenCloud({ ...choices, graph: form.graph || undefined, arm: form.arm || undefined });
  if (!cloud) return null;

  const credential = credentialFor(integration, flow.id, choices.credential);
  const scope = form.subscription.trim()
    ? `/subscriptions/${form.subscription.trim()}${form.resourceGroup.trim() ? `/resourceGroups/${form.resourceGroup.trim()}` : ''}`
    : undefined;
  const input: PlanInput = {
    integration,
    flowId: flow.id,
    cloud,
    displayName: form.displayName,
    redirectUri: choices.redirect ?? wizardAddress(),
    wizardAddress: wizardAddress(),
    credential,
    certificate: certificate && {
      base64: certificate.certificate.pem.replace(/-----[^-]+-----|\s/g, ''),
      thumbprint: certificate.certificate.thumbprint,
      notAfter: certificate.certificate.notAfter.toISOString(),
    },
    scope,
    roleName: form.role,
    identity: form.identity,
    bot: botForm && botInputOf(botForm),
    ...(fix.length ? { fix: { clientId: form.clientId, changes: fix } } : {}),
  };
  const problems = planProblems(input);
  const blocking = blockingProblems(problems);
  const plan = blocking.length ? undefined : buildPlan(input);
  const managed = FLOWS[flow.id].registers === 'identity';
  const asksRole = needsRole(integration, flow);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
    autoComplete: 'off',
    spellCheck: false,
  });

  function apply(result: RegistrationResult) {
    update({
      ...keepResult(result, form.displayName.trim()),
      ...(cloud?.id === 'custom' ? { graph: form.graph || undefined, arm: form.arm || undefined } : {}),
      // The bot's messaging endpoint names the listen port: the sheet gets the same.
      ...(integration.bot && botForm?.create && botForm.route === 'engine' && botForm.port.trim()
        ? { values: { ...choices.values, [integration.bot.portParameter]: botForm.port.trim() } }
        : {}),
    });
    setApplied(result);
  }

  return (
    <section className="grid gap-6">
      <StepHeading
        intro={`Creates what the checklist asks for ${integration.name} (${FLOWS[flow.id].label.toLowerCase()}), in your tenant, and fills App details with the result. It looks before it creates: running it again changes nothing.`}
      >
        {managed ? 'Give the managed identity its rights' : 'Register the app'}
      </StepHeading>
      <form className="grid gap-4" onSubmit={(event) => event.preventDefault()} aria-label="What to register">
        {cloud.id === 'custom' && (
          <>
            <TextField
              label="Microsoft Graph host"
              hint="Of your custom cloud, e.g. https://graph.microsoft.com"
              inputMode="url"
              {...field('graph')}
            />
            {asksRole && (
              <TextField label="Azure Resource Manager host" hint="e.g. https://management.azure.com" inputMode="url" {...field('arm')} />
            )}
          </>
        )}
        {fix.length > 0 && !managed && (
          <Notice tone="info" title="Preset by the troubleshooter" live={false}>
            This run finds your app by its client ID and will {changesInWords(fix)}. What is already there is kept; nothing else is created.
          </Notice>
        )}
        {managed ? (
          <TextField
            label="Managed identity"
            hint="Its object (principal) ID from the VM's Identity page, or the VM's name (a system-assigned identity is named after its VM)."
            {...field('identity')}
          />
        ) : fix.length > 0 ? (
          <TextField
            label="Application (client) ID"
            hint="Of the app to fix: on its Overview page in App registrations."
            {...field('clientId')}
          />
        ) : (
          <TextField
            label="App display name"
            hint="How the app is listed in App registrations and Enterprise applications."
            {...field('displayName')}
          />
        )}
        {asksRole && (
          <>
            <TextField
              label="Subscription ID"
              hint="Where the role is assigned (Azure portal › Subscriptions)."
              {...field('subscription')}
            />
            <TextField
              label="Resource group (optional)"
              hint="To assign the role on one resource group instead of the whole subscription."
              {...field('resourceGroup')}
            />
            <TextField label="Azure role" hint="A built-in role name, e.g. Contributor to manage, Reader to look." {...field('role')} />
          </>
        )}
        {integration.bot && botForm && <BotFields bot={integration.bot} form={botForm} onChange={setBotForm} />}
      </form>
      {problems.length > 0 && (
        <Notice tone="info" title={blocking.length ? 'The plan still needs' : 'Note'}>
          <ul className="list-disc pl-5">
            {problems.map((problem) => (
              <li key={`${problem.code}: ${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {plan && (
        <>
          <PlanSteps plan={plan} />
          <ScriptPanel plan={plan} integration={integration} flowLabel={FLOWS[flow.id].label} cloud={cloud} />
          {import.meta.env.WIZARD_CLIENT_ID && (
            <RunPanel
              plan={plan}
              cloud={cloud}
              tenant={choices.tenant}
              onDone={apply}
              onUseCertificate={
                credential === 'secret' && acceptsCertificate(integration, flow.id)
                  ? () => goTo('/app', { credential: 'certificate' })
                  : undefined
              }
            />
          )}
          <ResultPanel plan={plan} cloud={cloud} integrationId={integration.id} applied={applied} onApply={apply} />
        </>
      )}
      {FLOWS[flow.id].credential && (choices.client || applied?.clientId) && (
        <p className="text-sm">
          Already registered, and its credential ends soon?{' '}
          <a href={`#${linkTo('/rotate')}`} className="text-accent underline">
            Rotate the credential
          </a>{' '}
          instead: a new one next to the old, tested, then the old one removed.
        </p>
      )}
      <div className="flex gap-3">
        <Button onClick={() => goTo('/app')}>{applied ? 'Continue to App details' : 'Back to App details'}</Button>
      </div>
    </section>
  );
}
