import { useEffect, useState } from 'react';
import type { Cloud, FlowSupport } from '../catalog/types';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { explainError } from '../oauth/explain-error';
import { checkScopes } from './entra-metadata';
import { GrantsTable } from './grants-table';
import { forgetCheck, hasPendingCheck, resumeCheck, runCheck, type CheckRequest, type CheckResult } from './msal-check';
import type { AuthorizeRequest } from '../oauth/authorize-url';
import { adminConsentUrl } from '../oauth/authorize-url';
import { newState } from '../oauth/state';

type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: CheckResult }
  | { kind: 'failed'; code: string; meaning: string; fix: string; raw: string; lookup?: string };

function failure(error: unknown, login: string): Status {
  const { errorCode = '', errorMessage = '', message = '' } = error as { errorCode?: string; errorMessage?: string; message?: string };
  const raw = errorMessage || message || String(error);
  const explanation = explainError(errorCode, raw, login);
  return { kind: 'failed', code: explanation.code, meaning: explanation.meaning, fix: explanation.fix, raw, lookup: explanation.lookup };
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
  const [status, setStatus] = useState<Status>(() => (hasPendingCheck() ? { kind: 'running' } : { kind: 'idle' }));
  const request: CheckRequest = { login: cloud.login, tenant, clientId, redirectUri, scopes: checkScopes(target) };

  useEffect(() => {
    if (!hasPendingCheck()) return;
    resumeCheck().then(
      (resumed) => setStatus(resumed ? { kind: 'done', result: resumed.result } : { kind: 'idle' }),
      (error: unknown) => setStatus(failure(error, cloud.login)),
    );
  }, [cloud.login]);

  async function start() {
    setStatus({ kind: 'running' });
    try {
      const result = await runCheck(request);
      if (result !== 'redirecting') setStatus({ kind: 'done', result });
    } catch (error) {
      setStatus(failure(error, cloud.login));
    }
  }

  async function forget() {
    await forgetCheck();
    setStatus({ kind: 'idle' });
  }

  const consentScope = request.scopes.join(' ');
  const fixLink = {
    href: adminConsentUrl({ authority: cloud.login, tenant, clientId, redirectUri, state: newState(), scope: consentScope }),
    label: 'Open the admin-consent page for the required scopes',
  };

  return (
    <section aria-labelledby="verify-heading" className="mt-8 grid gap-3 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
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
        {status.kind === 'done' && <GrantsTable summary={status.result} required={flow.permissions} fixLink={fixLink} />}
        {status.kind === 'failed' && (
          <Notice tone="error" title={`The check failed: ${status.code}`}>
            <p>{status.raw}</p>
            <p>
              {status.meaning} Fix: {status.fix}
            </p>
            {status.lookup && (
              <p>
                <a href={status.lookup} target="_blank" rel="noreferrer noopener" className="underline">
                  Look up {status.code}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </p>
            )}
          </Notice>
        )}
      </div>
    </section>
  );
}
