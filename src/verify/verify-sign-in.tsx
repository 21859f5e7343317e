import { useState } from 'react';
import { apiOfSignIn } from '../catalog/apis';
import type { Cloud, FlowSupport } from '../catalog/types';
import { Button } from '../components/ui/button';
import { checkScopes } from './entra-metadata';
import { ErrorNotice } from './error-notice';
import { GrantsTable } from './grants-table';
import { forgetCheck, runCheck, type CheckRequest, type CheckResult } from './msal-check';
import type { AuthorizeRequest } from '../oauth/authorize-url';
import { adminConsentUrl } from '../oauth/authorize-url';
import { newState } from '../oauth/state';

type Status =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: CheckResult } | { kind: 'failed'; error: string; description: string };

/** msal errors carry the protocol code in `errorCode` and the server's text (with its AADSTS number) in `errorMessage`. */
function failure(error: unknown): Status {
  const { errorCode = '', errorMessage = '', message = '' } = error as { errorCode?: string; errorMessage?: string; message?: string };
  return { kind: 'failed', error: errorCode, description: errorMessage || message || String(error) };
}

/**
 * Proves the app registration works: an authorization-code + PKCE sign-in with msal-browser, then granted vs.
 * required permissions. The code of this sign-in is not for the sheet: a PKCE code cannot be redeemed by the
 * product, which sends no code verifier.
 */
export default function VerifySignIn({
  flow,
  cloud,
  tenant,
  clientId,
  redirectUri,
  target,
}: {
  flow: FlowSupport;
  cloud: Cloud;
  tenant: string;
  clientId: string;
  redirectUri: string;
  target: AuthorizeRequest['target'];
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const request: CheckRequest = { login: cloud.login, tenant, clientId, redirectUri, scopes: checkScopes(target) };

  async function start() {
    setStatus({ kind: 'running' });
    try {
      setStatus({ kind: 'done', result: await runCheck(request) });
    } catch (error) {
      setStatus(failure(error));
    }
  }

  async function forget() {
    await forgetCheck();
    setStatus({ kind: 'idle' });
  }

  // Admin consent wants resource-qualified scopes; unprefixed ones are Microsoft Graph's.
  const consentScope = request.scopes.map((scope) => (scope.includes('/') || !cloud.graph ? scope : `${cloud.graph}/${scope}`)).join(' ');
  const tokenApi = flow.signIn && apiOfSignIn(flow.signIn);
  const fixLink = {
    href: adminConsentUrl({ authority: cloud.login, tenant, clientId, redirectUri, state: newState(), scope: consentScope }),
    label: 'Open the admin-consent page for the required scopes',
  };

  return (
    <section aria-labelledby="verify-heading" className="mt-8 grid gap-3 rounded-lg border border-line p-4">
      <h2 id="verify-heading" className="text-lg font-semibold">
        Check the app registration (optional)
      </h2>
      <p className="text-sm">
        Signs you in once with authorization code + PKCE to prove the client ID, tenant, cloud and permissions work, and shows what was
        granted. It needs the wizard's address ({redirectUri}) as a redirect URI on the app's <strong>Single-page application</strong>{' '}
        platform (Authentication › Add a platform); an app may have both Web and Single-page application redirect URIs.
      </p>
      <p className="text-sm">
        This check's code is not for the sheet: a code requested with PKCE cannot be redeemed by the product, which sends no code verifier.
        Use the sign-in above for the sheet.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={start} disabled={status.kind === 'running'}>
          {status.kind === 'running' ? 'Checking…' : 'Verify sign-in (PKCE)'}
        </Button>
        {status.kind === 'done' && (
          <Button variant="secondary" onClick={forget}>
            Sign out / forget tokens
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {status.kind === 'done' && (
          <GrantsTable summary={status.result} required={flow.permissions} tokenApi={tokenApi} fixLink={fixLink} />
        )}
        {status.kind === 'failed' && (
          <ErrorNotice title="The check failed" error={status.error} description={status.description} login={cloud.login} />
        )}
      </div>
    </section>
  );
}
