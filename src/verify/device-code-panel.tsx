import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { apiOfSignIn } from '../catalog/apis';
import type { Cloud, FlowSupport } from '../catalog/types';
import { Button } from '../components/ui/button';
import { CopyButton } from '../components/ui/copy-button';
import { Notice } from '../components/ui/notice';
import { TextField } from '../components/ui/text-field';
import { formatRemaining } from '../components/code-countdown';
import { useNow } from '../state/use-now';
import {
  deviceCodeEndpoints,
  nextInterval,
  pollDeviceToken,
  requestDeviceCode,
  transportRetryDelay,
  type DeviceAuthorization,
  type PollOutcome,
} from '../oauth/device-code';
import { explainOAuthError } from '../oauth/explain-error';
import { isOAuthError } from '../oauth/oauth-error';
import { checkAuthority } from '../oauth/validate';
import { ErrorNotice } from './error-notice';
import { GrantsTable } from './grants-table';
import { QrCode } from './qr-code';
import { allowsConnect, pagePolicy } from '../oauth/csp';
import { summarizeTokens } from './token-claims';

const MAX_TRANSPORT_RETRIES = 6;

interface Props {
  flow: FlowSupport;
  cloud: Cloud;
  clientId: string;
  scope: string;
  relay: string;
  onRelay: (relay: string) => void;
}

/** The page's own policy refused the request before it left: the host must be allowed when the wizard is built. */
function CspRefused({ url }: { url: string }) {
  const { origin } = new URL(url);
  return (
    <Notice tone="error" title="This page's Content-Security-Policy blocked the request">
      <p>
        The wizard may connect only to its own site and the hosts it was built with (connect-src), and {origin} is not one of them, so the
        browser never sent the request. Nothing reached the login host.
      </p>
      <p>
        Whoever hosts the wizard can allow it: build with WIZARD_CONNECT_SRC="{origin}" (see docs/security.md) and publish the new build;
        where the host sends the policy as a header too, add {origin} to its connect-src there.
      </p>
    </Notice>
  );
}

/** When the browser may not read the identity platform's answer: say why, and what works instead. */
function CorsRefused({ flow, relay }: { flow: FlowSupport; relay: string }) {
  return (
    <Notice tone="error" title="The browser refused the device-code request">
      <p>
        {relay
          ? `The relay ${relay} did not answer with CORS headers for this page (or could not be reached).`
          : "Microsoft's device-code endpoints do not send the CORS headers a web page needs, so the browser blocks the answer. This is expected: nothing is wrong with your app registration."}
      </p>
      <p>Run the same flow from the product instead, after saving the instance with the sheet's values:</p>
      <ol className="list-decimal pl-6">
        {flow.nextCommands.map((command) => (
          <li key={command}>
            <code className="font-mono">{command}</code>
          </li>
        ))}
      </ol>
      <p>Or, if your organisation runs a CORS relay in front of the login host, enter it below and try again.</p>
    </Notice>
  );
}

/** A refusal, by its code: the server's OAuth error with its explanation, or the library's own with what to check. */
function RefusalNotice({ title, error, login }: { title: string; error: Error; login: string }) {
  if (isOAuthError(error, 'OAUTH_RESPONSE_BODY_ERROR'))
    return <ErrorNotice title={title} error={error.error ?? ''} description={error.description ?? ''} login={login} />;
  if (!isOAuthError(error))
    return (
      <Notice tone="error" title={title}>
        <p>{error.message}</p>
      </Notice>
    );
  const explanation = explainOAuthError(error, login);
  return (
    <Notice tone="error" title={`${title}: ${explanation.code}`}>
      <p>
        {explanation.meaning} Fix: {explanation.fix}
      </p>
    </Notice>
  );
}

/**
 * Device authorization grant run from the browser (RFC 8628), to prove a public-client app works before the
 * product uses it. No client secret is ever sent. The polling policy (interval, slow_down, retries) is data
 * from the oauth module; react-query runs it.
 */
function DeviceCodeFlow({ flow, cloud, clientId, scope, relay, onRelay }: Props) {
  const [relayInput, setRelayInput] = useState(relay);
  const relayError = relayInput ? checkAuthority(relayInput) : undefined;
  const endpoints = deviceCodeEndpoints(relay || cloud.login, 'organizations');
  // The ref drives react-query's schedule; the state shows it.
  const interval = useRef(5);
  const [intervalSeconds, setIntervalSeconds] = useState(5);
  const [cancelled, setCancelled] = useState(false);
  const now = useNow(1000);

  const start = useMutation({
    mutationFn: () => requestDeviceCode(fetch, endpoints, { clientId, scope }),
    onMutate: () => setCancelled(false),
    onSuccess: (authorization) => {
      interval.current = authorization.interval;
      setIntervalSeconds(authorization.interval);
    },
  });
  const authorization: DeviceAuthorization | undefined = start.data;
  const expired = authorization ? now >= authorization.expiresAt : false;

  const poll = useQuery<PollOutcome, Error>({
    queryKey: ['device-token', authorization?.deviceCode],
    enabled: !!authorization && !cancelled && !expired,
    queryFn: async () => {
      const outcome = await pollDeviceToken(fetch, endpoints, { clientId, deviceCode: authorization!.deviceCode });
      interval.current = nextInterval(interval.current, outcome);
      setIntervalSeconds(interval.current);
      return outcome;
    },
    refetchInterval: (query) => {
      const kind = query.state.data?.kind;
      return !kind || kind === 'pending' || kind === 'slow-down' ? interval.current * 1000 : false;
    },
    retry: (failures, error) => isOAuthError(error, 'OAUTH_NETWORK') && failures < MAX_TRANSPORT_RETRIES,
    retryDelay: transportRetryDelay,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
  const outcome = poll.data;
  const done = outcome?.kind === 'success' || outcome?.kind === 'failed';
  const startOffline = isOAuthError(start.error, 'OAUTH_NETWORK');
  // A poll the library refused (not JSON, no access_token…) is no network failure: it is shown, not retried.
  const pollRefusal = poll.isError && !isOAuthError(poll.error, 'OAUTH_NETWORK') ? poll.error : undefined;

  function reset() {
    setCancelled(true);
    start.reset();
  }

  let status = '';
  if (authorization && !done && !cancelled) {
    if (expired) status = 'The code expired before the sign-in was finished. Start again.';
    else if (poll.fetchStatus === 'paused')
      status = 'Connection lost: you are offline, polling is paused and the code is kept. It resumes when the connection is back.';
    else if (poll.failureCount > 0 && poll.fetchStatus === 'fetching')
      status = `Connection lost: retrying (attempt ${poll.failureCount} of ${MAX_TRANSPORT_RETRIES}), the code is kept.`;
    else if (pollRefusal) status = "Polling stopped: the token endpoint's answer could not be used. Resume to try again.";
    else if (poll.isError) status = 'Still no connection: polling stopped. Check the network and resume.';
    else if (outcome?.kind === 'slow-down')
      status = `The server asked to slow down: now checking every ${intervalSeconds} second${intervalSeconds === 1 ? '' : 's'}.`;
    else status = `Waiting for you to enter the code… checking every ${intervalSeconds} second${intervalSeconds === 1 ? '' : 's'}.`;
  }
  if (cancelled && authorization) status = 'Cancelled.';

  return (
    <section aria-labelledby="device-heading" className="grid gap-4">
      <h2 id="device-heading" className="text-lg font-semibold">
        Try the device-code sign-in from here (optional)
      </h2>
      <p className="text-sm">
        Proves the app ({clientId}) allows public client flows and has its permissions, by signing in exactly as the product will. Nothing
        is stored; no secret is used.
      </p>
      <TextField
        label="CORS relay URL (optional)"
        hint="Only if your organisation hosts a relay that forwards to the login host and adds CORS headers for this page. See docs/sign-in.md (Optional CORS relay for device code)."
        value={relayInput}
        onChange={(event) => setRelayInput(event.target.value)}
        onBlur={() => !relayError && onRelay(relayInput.trim() ? new URL(relayInput.trim()).origin : '')}
        error={relayError}
        placeholder="https://login-relay.example.com"
        inputMode="url"
        spellCheck={false}
      />
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={start.isPending || !!relayError} onClick={() => start.mutate()}>
          {authorization ? 'Start again' : 'Start device sign-in'}
        </Button>
        {authorization && !done && !cancelled && (
          <Button variant="secondary" onClick={reset}>
            Cancel
          </Button>
        )}
        {poll.isError && !cancelled && (
          <Button variant="secondary" onClick={() => void poll.refetch()}>
            Resume polling
          </Button>
        )}
      </div>

      {startOffline &&
        (allowsConnect(pagePolicy(), location.origin, endpoints.deviceAuthorization) ? (
          <CorsRefused flow={flow} relay={relay} />
        ) : (
          <CspRefused url={endpoints.deviceAuthorization} />
        ))}
      {start.error && !startOffline && <RefusalNotice title="Device sign-in failed" error={start.error} login={cloud.login} />}

      {authorization && !done && !cancelled && !expired && (
        <div className="grid gap-3 rounded-lg border border-line p-4">
          <p>
            Open{' '}
            <a href={authorization.verificationUri} target="_blank" rel="noreferrer noopener" className="font-medium underline">
              {authorization.verificationUri}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>{' '}
            and enter this code:
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <output aria-label="User code" className="font-mono text-3xl font-bold tracking-widest">
              {authorization.userCode}
            </output>
            <CopyButton value={authorization.userCode} label="Copy user code" />
            <QrCode value={authorization.verificationUri} />
          </div>
          <p className="text-sm">
            Code expires in <span className="font-mono">{formatRemaining(authorization.expiresAt - now)}</span>.
          </p>
        </div>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
      {authorization && !done && !cancelled && pollRefusal && (
        <RefusalNotice title="Device sign-in failed" error={pollRefusal} login={cloud.login} />
      )}
      {outcome?.kind === 'failed' && <RefusalNotice title="Device sign-in failed" error={outcome.error} login={cloud.login} />}
      {outcome?.kind === 'success' && !cancelled && (
        <div className="grid gap-3">
          <Notice tone="success" title="Device sign-in worked">
            <p>
              The app registration works for device code. Tokens are kept in this page only; start the flow in the product for its own
              tokens.
            </p>
          </Notice>
          <GrantsTable
            summary={summarizeTokens({
              accessToken: outcome.tokens.accessToken,
              idToken: outcome.tokens.idToken,
              responseScopes: outcome.tokens.scope.split(' '),
              clientId,
            })}
            required={flow.permissions}
            tokenApi={flow.signIn && apiOfSignIn(flow.signIn)}
          />
          <div>
            <Button variant="secondary" onClick={reset}>
              Forget tokens
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

// Polling is the only server state of the wizard, so react-query lives with it, in this lazily loaded panel.
const queryClient = new QueryClient();

export default function DeviceCodePanel(props: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <DeviceCodeFlow {...props} />
    </QueryClientProvider>
  );
}
