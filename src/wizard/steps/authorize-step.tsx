import { chosenIntegration } from '../../state/chosen-integration';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { portalLink, registrationChecklist, usesRoleAssignments } from '../../catalog/checklist';
import { credentialFor } from '../../catalog/credentials';
import { FLOWS, type FlowInfo } from '../../catalog/flows';
import type { Cloud, FlowSupport, Integration } from '../../catalog/types';
import { Button, buttonClass } from '../../components/ui/button';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { Notice } from '../../components/ui/notice';
import { StepHeading } from '../../components/ui/step-heading';
import { TextField } from '../../components/ui/text-field';
import { adminConsentUrl, authorizationUrl } from '../../oauth/authorize-url';
import { wizardAddress } from '../../state/address';
import { RegisterLink } from '../../registration/register-link';
import { chosenCloud, type Choices } from '../../state/choices';
import { useSession } from '../../state/session';
import { adminConsentScope, checkAddress, needsResource, signInTarget, signInValueNames } from '../sign-in-target';
import { useChoices } from '../../state/use-choices';
import { useDraft } from '../../state/use-draft';
import { Checklist } from './checklist';
import { FlowCaution } from '../../components/flow-caution';
import { SignInLinks, usePendingState } from './sign-in-links';
import { MissingChoice } from '../../components/missing-choice';

// The checks (and react-query, jwt-decode, the QR code) load only on the Authorize step of a flow that has them.
const VerifySignIn = lazy(() => import('../../verify/verify-sign-in'));
const DeviceCodePanel = lazy(() => import('../../verify/device-code-panel'));

/** What each way of signing in on this step works from. */
interface SignInProps {
  integration: Integration;
  flow: FlowSupport;
  cloud: Cloud;
  choices: Choices;
  update: (change: Partial<Choices>) => void;
}

function AuthCodeSignIn({ integration, flow, cloud, choices, update }: SignInProps) {
  const state = usePendingState('authorize', choices);
  // The tick shows at once; the URL follows (a navigation), so the box never flickers back.
  const [prompt, setPrompt] = useState(choices.prompt);
  const certificate = credentialFor(integration, flow.id, choices.credential) === 'certificate';
  if (!flow.signIn) return null;
  const target = signInTarget(flow.signIn, cloud, givenFor(choices));
  // The fields stay while the admin types, instead of vanishing once the first characters make a target.
  const inputs = <SignInInputs integration={integration} flow={flow} cloud={cloud} choices={choices} update={update} />;
  if (!target) return inputs;
  // The state guards the code's way back into this page; a redirect to the product's own address needs none, and
  // the URL is then the integration's documented one to the byte.
  const backHere = choices.redirect === wizardAddress();
  const url = authorizationUrl({
    authority: cloud.login,
    tenant: flow.authorizeTenant ?? choices.tenant ?? 'organizations',
    clientId: choices.client ?? '',
    redirectUri: choices.redirect ?? '',
    ...(backHere ? { state } : {}),
    target,
    ...(prompt === 'consent' ? { prompt: 'consent' as const } : {}),
  });
  return (
    <div className="grid gap-4">
      {inputs}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={prompt === 'consent'}
          onChange={(event) => {
            const next = event.target.checked ? ('consent' as const) : undefined;
            setPrompt(next);
            update({ prompt: next });
          }}
        />
        <span>
          Ask for consent again (<code className="font-mono">prompt=consent</code>): for permissions added to the app after the account
          consented, which an earlier consent does not cover.
        </span>
      </label>
      <SignInLinks url={url} label="Open sign-in page" fieldLabel="Authorize URL" />
      <Notice tone="info" title="What happens next" live={false}>
        <p>
          Sign in as the account the product should act as, and accept the permissions. Microsoft sends you back to {choices.redirect}
          {backHere
            ? ': this wizard captures the code and opens the sheet.'
            : ', which is not this wizard: copy the whole address it lands on, and paste it on the sheet (I will paste the code myself). The wizard keeps only the code.'}
        </p>
        <p>
          The code works once and for about 10 minutes. It is requested without PKCE on purpose: the product redeems it with the{' '}
          {certificate ? "app's certificate (a client assertion signed with the private key)" : 'client secret'} and no code verifier.
        </p>
        {certificate && (
          <p>
            The certificate's private key lives only in this page: sign in with Open sign-in page (a popup) to keep it. Signing in in this
            window reloads the page and forgets the key.
          </p>
        )}
      </Notice>
      <LoadBoundary what="registration check">
        <Suspense fallback={<p className="text-sm">Loading the registration check…</p>}>
          <VerifySignIn
            flow={flow}
            cloud={cloud}
            tenant={choices.tenant ?? 'organizations'}
            clientId={choices.client ?? ''}
            redirectUri={wizardAddress()}
            target={target}
          />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}

function AdminConsent({ integration, flow, cloud, choices, update }: SignInProps) {
  const onResource = (resource: string) => update({ resource });
  const state = usePendingState('admin-consent', choices);
  if (!flow.consentResource && usesRoleAssignments(integration, flow))
    return (
      <Notice tone="info" title="No admin consent needed">
        This flow relies on Azure role assignments, not API permissions. Continue to the sheet.
      </Notice>
    );
  if (!flow.consentResource) {
    const link = portalLink(cloud.portal || 'https://portal.azure.com', 'CallAnAPI', choices.client);
    return (
      <Notice tone="info" title="Grant admin consent in the portal" live={false}>
        <p>
          Application permissions take effect only after a tenant admin consents: on the app's API permissions page, press "Grant admin
          consent for" your tenant.{' '}
          <a href={link.href} target="_blank" rel="noreferrer noopener" className="underline">
            {link.label}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      </Notice>
    );
  }
  const intro = (
    <p>
      Application permissions take effect only after a tenant admin consents. If you have not clicked "Grant admin consent" on the app's API
      permissions page, do it here:
    </p>
  );
  // The field stays while the admin types, instead of vanishing once the first characters make a scope.
  const resourceField = !adminConsentScope(cloud, flow.consentResource) && <ResourceField choices={choices} onResource={onResource} />;
  const scope = adminConsentScope(cloud, flow.consentResource, choices.resource);
  if (!scope)
    return (
      <div className="grid gap-4">
        {intro}
        {resourceField}
      </div>
    );
  const url = adminConsentUrl({
    authority: cloud.login,
    tenant: choices.tenant ?? '',
    clientId: choices.client ?? '',
    redirectUri: choices.redirect || wizardAddress(),
    state,
    scope,
  });
  return (
    <div className="grid gap-4">
      {intro}
      {resourceField}
      <SignInLinks url={url} label="Open admin consent page" fieldLabel="Admin consent URL" />
    </div>
  );
}

/** What the sign-in needs from the admin: the API of a custom cloud, or an address only the admin knows. */
const givenFor = (choices: Choices) => ({ resource: choices.resource, values: choices.values });

function SignInInputs({ integration, flow, cloud, choices, update }: SignInProps) {
  if (!flow.signIn) return null;
  const parameters = signInValueNames(flow.signIn).flatMap(
    (name) => integration.parameters.find((parameter) => parameter.name === name) ?? [],
  );
  return (
    <>
      {needsResource(flow.signIn, cloud) && <ResourceField choices={choices} onResource={(resource) => update({ resource })} />}
      {parameters.map((parameter) => (
        <ValueField
          key={parameter.name}
          label={parameter.label}
          placeholder={parameter.source.from === 'admin' ? parameter.source.placeholder : ''}
          initial={choices.values[parameter.name] ?? ''}
          onValue={(value) => update({ values: { ...choices.values, [parameter.name]: value } })}
        />
      ))}
    </>
  );
}

function ResourceField({ choices, onResource }: { choices: Choices; onResource: (value: string) => void }) {
  const [resource, setResource] = useDraft(choices.resource ?? '', onResource);
  return (
    <TextField
      label="Resource (API) of your custom cloud"
      hint="The API the integration calls in your cloud, e.g. https://management.core.windows.net or https://graph.microsoft.com"
      value={resource}
      onChange={(event) => setResource(event.target.value)}
      spellCheck={false}
    />
  );
}

/** An instance parameter the sign-in's scope is made of (e.g. a cluster's address); the sheet keeps it too. */
function ValueField({
  label,
  placeholder,
  initial,
  onValue,
}: {
  label: string;
  placeholder: string;
  initial: string;
  onValue: (value: string) => void;
}) {
  const [value, setValue] = useDraft(initial, onValue);
  return (
    <TextField
      label={label}
      hint="The sign-in asks for this API by its address; the sheet fills the same parameter."
      error={value.trim() ? checkAddress(value) : undefined}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      placeholder={placeholder}
      inputMode="url"
      spellCheck={false}
    />
  );
}

function DeviceCode({ integration, flow, cloud, choices, update }: SignInProps) {
  const target = flow.signIn && signInTarget(flow.signIn, cloud, givenFor(choices));
  return (
    <div className="grid gap-4">
      <p>
        With device code the product asks Microsoft for a code when you run its commands (on the sheet), and you enter that code at the
        device login page.
      </p>
      <SignInInputs integration={integration} flow={flow} cloud={cloud} choices={choices} update={update} />
      {target?.endpoint === 'v2' && (
        <LoadBoundary what="device-code check">
          <Suspense fallback={<p className="text-sm">Loading the device-code check…</p>}>
            <DeviceCodePanel
              flow={flow}
              cloud={cloud}
              clientId={choices.client ?? flow.defaultAppId ?? ''}
              scope={target.scopes.join(' ')}
              relay={choices.relay ?? ''}
              onRelay={(relay) => update({ relay })}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}

function HostedPage({ flow }: SignInProps) {
  if (!flow.hostedAppUrl) return null;
  return (
    <div className="grid gap-3">
      <p>
        Open the vendor's hosted authorization page, click Start Authorization Process, sign in as an admin and accept. It then shows an ID,
        a Token and a Key: the sheet asks for them.
      </p>
      <a href={flow.hostedAppUrl} target="_blank" rel="noreferrer noopener" className={`${buttonClass('primary')} w-fit`}>
        Open the hosted authorization page<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </div>
  );
}

function DeviceCodeSignIn(props: SignInProps) {
  return (
    <div className="grid gap-4">
      <FlowCaution flow={props.flow.id} />
      <DeviceCode {...props} />
    </div>
  );
}

/** What the step shows for each way a flow signs in (FlowInfo.signIn). */
const SIGN_IN: Record<FlowInfo['signIn'], (props: SignInProps) => ReactNode> = {
  'authorize-url': AuthCodeSignIn,
  'admin-consent': AdminConsent,
  'hosted-page': HostedPage,
  'device-code': DeviceCodeSignIn,
  none: () => <p>Managed identities need no sign-in: the engine's Azure VM gets the token itself.</p>,
};

function SignIn(props: SignInProps) {
  const Shown = SIGN_IN[FLOWS[props.flow.id].signIn];
  return <Shown {...props} />;
}

export function AuthorizeStep() {
  const { choices, update, goTo, linkTo } = useChoices();
  const { certificate } = useSession();
  const integration = chosenIntegration(choices);
  const flow = integration?.flows.find((candidate) => candidate.id === choices.flow);
  const cloud = chosenCloud(choices);
  if (!integration || !flow) return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;
  if (!cloud) return <MissingChoice what="a cloud" step="/cloud" linkTo={linkTo} />;
  const asks = FLOWS[flow.id].asks;
  if ((asks.client && !choices.client && !flow.defaultAppId) || (asks.tenant && !choices.tenant))
    return <MissingChoice what="the app details" step="/app" linkTo={linkTo} />;

  const codeComesBack = FLOWS[flow.id].signIn === 'authorize-url';
  return (
    <section>
      <StepHeading intro={FLOWS[flow.id].label}>Authorize</StepHeading>
      <details className="mb-6 rounded-lg border border-line p-4">
        <summary className="cursor-pointer font-semibold">App registration checklist</summary>
        <div className="mt-3">
          <Checklist
            items={registrationChecklist(integration, flow.id, cloud, choices.client ?? flow.defaultAppId, {
              kind: choices.credential,
              thumbprint: certificate?.certificate.thumbprint,
            })}
          />
          <div className="mt-3">
            <RegisterLink flow={flow.id} href={linkTo('/register')} />
          </div>
        </div>
      </details>
      <SignIn integration={integration} flow={flow} cloud={cloud} choices={choices} update={update} />
      <div className="mt-6">
        <Button variant={codeComesBack ? 'secondary' : 'primary'} onClick={() => goTo('/sheet')}>
          {codeComesBack ? 'I will paste the code myself: go to the sheet' : 'Continue to the sheet'}
        </Button>
      </div>
    </section>
  );
}
