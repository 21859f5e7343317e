import { useState } from 'react';
import { CLOUD_CHOICES } from '../../catalog/clouds';
import { findIntegration } from '../../catalog/integrations';
import { cloudReach } from '../../catalog/reach';
import { Button } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { TextField } from '../../components/ui/text-field';
import { Notice } from '../../components/ui/notice';
import { allowsConnect, pagePolicy } from '../../oauth/csp';
import { checkAuthority, normaliseAuthority } from '../../oauth/validate';
import { useChoices } from '../../state/use-choices';
import { MissingChoice } from '../../components/missing-choice';

export function CloudStep() {
  const { choices, update, goTo, linkTo } = useChoices();
  const [authority, setAuthority] = useState(choices.authority ?? '');
  // The selection shows at once; the URL follows (a navigation), so a radio never flickers back.
  const [cloudId, setCloudId] = useState(choices.cloud);
  const [showErrors, setShowErrors] = useState(false);
  const integration = findIntegration(choices.integration, choices.version);
  if (!integration) return <MissingChoice what="an integration" step="/" linkTo={linkTo} />;
  const reach = cloudReach(integration);
  const offered = CLOUD_CHOICES.filter((cloud) => reach.clouds.includes(cloud.id));
  const missingNational = CLOUD_CHOICES.filter((cloud) => cloud.id !== 'custom' && !reach.clouds.includes(cloud.id));
  const authorityError = cloudId === 'custom' ? checkAuthority(authority) : undefined;

  function next() {
    if (!cloudId) return;
    if (authorityError) {
      setShowErrors(true);
      return;
    }
    goTo(
      '/app',
      cloudId === 'custom' ? { cloud: cloudId, authority: normaliseAuthority(authority) } : { cloud: cloudId, authority: undefined },
    );
  }

  return (
    <section>
      <StepHeading intro="Microsoft runs separate national clouds with their own sign-in and API hosts. Pick the one your tenant lives in.">
        Which Microsoft cloud?
      </StepHeading>
      <fieldset className="grid gap-2">
        <legend className="sr-only">Cloud</legend>
        {offered.map((cloud) => (
          <label
            key={cloud.id}
            className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-accent"
          >
            <input
              type="radio"
              name="cloud"
              value={cloud.id}
              checked={cloudId === cloud.id}
              onChange={() => {
                setCloudId(cloud.id);
                update({ cloud: cloud.id });
              }}
              className="mt-1"
            />
            <span>
              <span className="font-semibold">{cloud.label}</span>
              <span className="block text-sm text-muted">{cloud.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="mt-3 text-sm text-muted" data-testid="cloud-reach">
        {reach.why}
        {missingNational.length ? ` So it cannot reach ${missingNational.map((cloud) => cloud.label).join(', ')}.` : ''}
        {reach.noCustom ? ` No custom endpoints: ${reach.noCustom}` : ''}
      </p>
      {cloudId === 'custom' && (
        <TextField
          className="mt-4"
          label="Login authority"
          hint="The origin that serves /{tenant}/oauth2/v2.0/authorize, e.g. https://login.microsoftonline.com"
          value={authority}
          onChange={(event) => setAuthority(event.target.value)}
          error={showErrors ? authorityError : undefined}
          placeholder="https://login.example.com"
          inputMode="url"
          spellCheck={false}
        />
      )}
      {cloudId === 'custom' && !authorityError && !allowsConnect(pagePolicy(), location.origin, authority) && (
        <div className="mt-4">
          <Notice tone="info" title="This build may not call that authority from the page" live={false}>
            Sign-in pages still open (they are navigations), but the checks that call the authority from this page (the PKCE sign-in check,
            device code) are refused by the wizard's Content-Security-Policy. Whoever hosts the wizard can allow it: build with
            WIZARD_CONNECT_SRC="{normaliseAuthority(authority)}".
          </Notice>
        </div>
      )}
      <div className="mt-6">
        <Button disabled={!cloudId} onClick={next}>
          Continue
        </Button>
      </div>
    </section>
  );
}
