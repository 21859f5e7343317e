import { chosenIntegration } from '../../state/chosen-integration';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { StepHeading } from '../../components/ui/step-heading';
import { TextField } from '../../components/ui/text-field';
import { Notice } from '../../components/ui/notice';
import { allowsConnect, pagePolicy } from '../../oauth/csp';
import { checkAuthority, normaliseAuthority } from '../../oauth/validate';
import { useChoices } from '../../state/use-choices';
import { MissingChoice } from '../../components/missing-choice';
import { CloudOptions } from './cloud-options';

export function CloudStep() {
  const { choices, update, goTo, linkTo } = useChoices();
  const [authority, setAuthority] = useState(choices.authority ?? '');
  // The selection shows at once; the URL follows (a navigation), so a radio never flickers back.
  const [cloudId, setCloudId] = useState(choices.cloud);
  const [showErrors, setShowErrors] = useState(false);
  const integration = chosenIntegration(choices);
  if (!integration) return <MissingChoice what="an integration" step="/" linkTo={linkTo} />;
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
      <CloudOptions
        integration={integration}
        value={cloudId}
        onChange={(cloud) => {
          setCloudId(cloud);
          update({ cloud });
        }}
      />
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
