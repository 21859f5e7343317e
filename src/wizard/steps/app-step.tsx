import { chosenIntegration } from '../../state/chosen-integration';
import { useState, type FormEvent } from 'react';
import { acceptsCertificate, credentialFor } from '../../catalog/credentials';
import { FLOWS } from '../../catalog/flows';
import { Button } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { TextField } from '../../components/ui/text-field';
import { checkClientId, checkRedirectUri, checkTenant } from '../../oauth/validate';
import { wizardAddress } from '../../state/address';
import { useDraft } from '../../state/use-draft';
import { useChoices } from '../../state/use-choices';
import { CredentialChoice, SecretField } from './credential-choice';
import { MissingChoice } from '../../components/missing-choice';
import { RegisterLink } from '../../registration/register-link';

export function AppStep() {
  const { choices, update, goTo, linkTo } = useChoices();
  const [draft, setDraft, cancelDraftWrite] = useDraft(
    { tenant: choices.tenant, client: choices.client, redirect: choices.redirect, credential: choices.credential },
    (value) => update(value),
  );
  // Errors appear after the first Continue, then follow the input; showing them on blur would move the button under the pointer.
  const [submitted, setSubmitted] = useState(false);
  const integration = chosenIntegration(choices);
  const flowSupport = integration?.flows.find((flow) => flow.id === choices.flow);
  if (!integration || !flowSupport)
    return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;
  if (!choices.cloud) return <MissingChoice what="a cloud" step="/cloud" linkTo={linkTo} />;

  const { asks } = FLOWS[flowSupport.id];
  const tenant = draft.tenant ?? '';
  const client = draft.client ?? flowSupport.defaultAppId ?? '';
  const redirect = draft.redirect ?? wizardAddress();
  const errors = {
    tenant: asks.tenant ? checkTenant(tenant) : undefined,
    client: asks.client ? checkClientId(client) : undefined,
    redirect: asks.redirect ? checkRedirectUri(redirect) : undefined,
  };
  const shown = (field: keyof typeof errors) => (submitted ? errors[field] : undefined);
  const nothingToAsk = !asks.tenant && !asks.client && !asks.secret && !asks.redirect;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) {
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    cancelDraftWrite();
    goTo('/authorize', {
      tenant: asks.tenant ? tenant.trim() : draft.tenant,
      client: asks.client ? client.trim() : draft.client,
      redirect: asks.redirect ? redirect.trim() : draft.redirect,
      credential: draft.credential,
    });
  }

  return (
    <section>
      <StepHeading
        intro={
          nothingToAsk ? 'This flow needs no app details from you here.' : 'From the app registration overview in the Entra admin center.'
        }
      >
        App details
      </StepHeading>
      <form noValidate onSubmit={submit} className="grid gap-4">
        <RegisterLink flow={flowSupport.id} href={linkTo('/register')} rotateHref={choices.client ? linkTo('/rotate') : undefined} />
        {asks.tenant && (
          <TextField
            label="Directory (tenant) ID"
            hint='A GUID, a verified domain such as contoso.onmicrosoft.com, or "organizations".'
            value={tenant}
            onChange={(event) => setDraft({ ...draft, tenant: event.target.value })}
            error={shown('tenant')}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        {asks.client && (
          <TextField
            label="Application (client) ID"
            hint={
              flowSupport.defaultAppId
                ? `Leave the vendor's default app ID (${flowSupport.defaultAppId}) or enter your own app's ID.`
                : undefined
            }
            value={client}
            onChange={(event) => setDraft({ ...draft, client: event.target.value })}
            error={shown('client')}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        {asks.secret &&
          (acceptsCertificate(integration, flowSupport.id) ? (
            <CredentialChoice
              credential={credentialFor(integration, flowSupport.id, draft.credential)}
              onChange={(credential) => setDraft({ ...draft, credential })}
              appName={`Cortex XSOAR - ${integration.name}`.slice(0, 64)}
              fileStem={`xsoar-${integration.id}`}
            />
          ) : (
            <SecretField />
          ))}
        {asks.redirect && (
          <TextField
            label="Redirect URI"
            hint="Must be registered on the app (Authentication › Web). By default this wizard's own address, so the code is captured for you."
            value={redirect}
            onChange={(event) => setDraft({ ...draft, redirect: event.target.value })}
            error={shown('redirect')}
            inputMode="url"
            spellCheck={false}
          />
        )}
        <div>
          <Button type="submit">Continue</Button>
        </div>
      </form>
    </section>
  );
}
