import { useState } from 'react';
import type { Cloud } from '../catalog/types';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { allowsConnect, pagePolicy } from '../oauth/csp';
import { ErrorNotice } from '../verify/error-notice';
import { wizardAddress } from '../wizard/address';
import { explainFailure } from './explain';
import type { RegistrationPlan } from './model';
import { registrationResult, type RegistrationResult } from './result-line';
import { resultOf, runPlan, type StepReport, type StepStatus } from './run';

const STATUS_TEXT: Record<StepStatus, string> = {
  pending: 'pending',
  running: 'working…',
  made: 'done',
  exists: 'already there',
  found: 'found',
  failed: 'failed',
};
const STATUS_MARK: Record<StepStatus, string> = { pending: '○', running: '…', made: '✓', exists: '✓', found: '✓', failed: '✗' };

type SignInError = { errorCode: string; errorMessage: string };
const isSignInError = (error: unknown): error is SignInError =>
  typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string';

/** The browser path: signs in with the host's registrar app, runs the plan with a progress list, fills App details. */
export function RunPanel({
  plan,
  cloud,
  tenant,
  onDone,
}: {
  plan: RegistrationPlan;
  cloud: Cloud;
  tenant?: string;
  onDone: (result: RegistrationResult) => void;
}) {
  const [phase, setPhase] = useState<'idle' | 'signing-in' | 'running' | 'done' | 'failed'>('idle');
  const [reports, setReports] = useState<StepReport[]>([]);
  const [signInError, setSignInError] = useState<SignInError>();

  async function start() {
    setSignInError(undefined);
    setReports([]);
    setPhase('signing-in');
    let registrar;
    try {
      const { signInRegistrar } = await import('./browser-run');
      registrar = await signInRegistrar(
        { login: cloud.login, tenant: tenant || 'organizations', clientId: import.meta.env.WIZARD_CLIENT_ID, redirectUri: wizardAddress() },
        plan,
      );
    } catch (error) {
      setSignInError(
        isSignInError(error)
          ? error
          : { errorCode: 'sign_in_failed', errorMessage: error instanceof Error ? error.message : String(error) },
      );
      setPhase('failed');
      return;
    }
    setPhase('running');
    const run = await runPlan(plan, registrar.transport, { onProgress: setReports });
    await registrar.forget();
    setReports(run.reports);
    setPhase(run.ok ? 'done' : 'failed');
    if (run.ok) onDone(registrationResult(resultOf(plan, run.variables)));
  }

  const failed = reports.find((report) => report.status === 'failed');
  const blocked = failed?.failure?.code === 'NetworkError' && failed.failure.api ? plan.hosts[failed.failure.api] : undefined;
  const explanation =
    failed?.failure &&
    explainFailure(failed.failure, {
      blockedByPolicy: blocked && !allowsConnect(pagePolicy(), location.origin, blocked) ? blocked : undefined,
    });
  return (
    <div className="grid gap-2">
      <h2 className="text-lg font-semibold">From this page</h2>
      <p className="text-sm text-muted">
        Sign in as an admin who may create apps and grant admin consent
        {plan.scopes.arm.length ? ', and assign roles on the subscription' : ''}. The wizard's own app asks to act as you on Microsoft Graph
        {plan.scopes.arm.length ? ' and Azure Resource Manager' : ''}; tokens stay in this page's memory and are forgotten when the run
        ends.
      </p>
      <div>
        <Button onClick={() => void start()} disabled={phase === 'signing-in' || phase === 'running'}>
          {phase === 'failed' ? 'Run it again' : 'Register the app for me'}
        </Button>
      </div>
      {phase === 'signing-in' && <p role="status">Signing in…</p>}
      {signInError && (
        <ErrorNotice title="Sign-in failed" error={signInError.errorCode} description={signInError.errorMessage} login={cloud.login} />
      )}
      {reports.length > 0 && (
        <ol aria-label="Registration progress" aria-live="polite" className="grid gap-1 text-sm">
          {reports.map((report) => (
            <li
              key={report.id}
              className={report.status === 'failed' ? 'text-red-700 dark:text-red-300' : report.status === 'pending' ? 'text-subtle' : ''}
            >
              <span aria-hidden="true" className="inline-block w-5">
                {STATUS_MARK[report.status]}
              </span>
              {report.title}: <span className="font-medium">{STATUS_TEXT[report.status]}</span>
            </li>
          ))}
        </ol>
      )}
      {failed?.failure && explanation && (
        <Notice tone="error" title={`${failed.title}: ${explanation.title}`}>
          <p className="font-mono">
            {failed.failure.code}
            {failed.failure.status ? ` (HTTP ${failed.failure.status})` : ''}: {failed.failure.message}
          </p>
          <p>Fix: {explanation.fix}</p>
          <p>Steps before it are kept; running again continues from where it stopped.</p>
        </Notice>
      )}
    </div>
  );
}
