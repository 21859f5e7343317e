import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Cloud } from '../catalog/types';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { allowsConnect, pagePolicy } from '../oauth/csp';
import { ErrorNotice } from '../verify/error-notice';
import { wizardAddress } from '../state/address';
import { explainFailure } from './explain';
import type { RegistrationPlan } from './model';
import { registrationResult, type RegistrationResult } from './result-line';
import { outcomeLine, previewSummary } from './preview-text';
import type { Registrar } from './browser-run';
import {
  previewPlan,
  resultOf,
  runPlan,
  type PreviewReport,
  type PreviewResult,
  type RunResult,
  type StepFailure,
  type StepReport,
  type StepStatus,
} from './run';

const STATUS_TEXT: Record<StepStatus, string> = {
  pending: 'pending',
  running: 'working…',
  made: 'done',
  exists: 'already there',
  removed: 'removed',
  gone: 'already gone',
  found: 'found',
  failed: 'failed',
  cancelled: 'cancelled',
};
const STATUS_MARK: Record<StepStatus, string> = {
  pending: '○',
  running: '…',
  made: '✓',
  exists: '✓',
  removed: '✓',
  gone: '✓',
  found: '✓',
  failed: '✗',
  cancelled: '–',
};

type SignInError = { errorCode: string; errorMessage: string };
/** The plan's own refusal and Graph's: the app management policy forbids client secrets. */
const SECRETS_FORBIDDEN = ['SecretNotAllowedByPolicy', 'CredentialTypeNotAllowedAsPerAppPolicy'];
const isSignInError = (error: unknown): error is SignInError =>
  typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string';

/** The panel's words for the registration; another plan (a rotation) gives its own. */
const REGISTRATION_TEXTS = {
  run: 'Register the app for me',
  progress: 'Registration progress',
  preview: 'Preview of the registration',
  who: 'Sign in as an admin who may create apps and grant admin consent',
};

/** The browser path: signs in with the host's registrar app, runs the plan with a progress list, fills App details. */
export function RunPanel({
  plan,
  cloud,
  tenant,
  onDone,
  onUseCertificate,
  texts = REGISTRATION_TEXTS,
  finish,
  onRun,
  onPreview,
}: {
  plan: RegistrationPlan;
  cloud: Cloud;
  tenant?: string;
  onDone: (result: RegistrationResult) => void;
  /** Switches App details to a certificate, where the integration can use one: offered when a policy forbids secrets. */
  onUseCertificate?: () => void;
  texts?: typeof REGISTRATION_TEXTS;
  /**
   * A plan with finish steps: once a run has stopped before them, `confirmation` (what the admin checks and ticks) and
   * a second button, enabled once `confirmed`, that runs the plan again to its end.
   */
  finish?: { label: string; confirmation: ReactNode; confirmed: boolean };
  /** Each run's whole answer, its variables too (`finishing`: the second button's). */
  onRun?: (run: RunResult, finishing: boolean) => void;
  onPreview?: (preview: PreviewResult) => void;
}) {
  const [phase, setPhase] = useState<'idle' | 'signing-in' | 'previewing' | 'previewed' | 'running' | 'done' | 'failed' | 'cancelled'>(
    'idle',
  );
  /** Why the last run stopped before the finish steps, and whether it was the finish button's. */
  const [stopped, setStopped] = useState<RunResult['stoppedBeforeFinish']>();
  const [finishing, setFinishing] = useState(false);
  const [reports, setReports] = useState<StepReport[]>([]);
  const [preview, setPreview] = useState<{ reports: PreviewReport[]; cancelled: boolean }>();
  const [signInError, setSignInError] = useState<SignInError>();
  const controller = useRef<AbortController>(undefined);
  const hint = useId();
  // Leaving the page stops a run between steps.
  useEffect(() => () => controller.current?.abort(), []);

  async function signIn(): Promise<Registrar | undefined> {
    setSignInError(undefined);
    setPhase('signing-in');
    try {
      const { signInRegistrar } = await import('./browser-run');
      return await signInRegistrar(
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
      return undefined;
    }
  }

  /** Reads only: says per step what a run would do. */
  async function startPreview() {
    setReports([]);
    setPreview(undefined);
    const registrar = await signIn();
    if (!registrar) return;
    const abort = (controller.current = new AbortController());
    setPhase('previewing');
    const result = await previewPlan(plan, registrar.transport, {
      signal: abort.signal,
      onProgress: (progress) => setPreview({ reports: progress, cancelled: false }),
    });
    await registrar.forget();
    setPreview({ reports: result.reports, cancelled: Boolean(result.cancelled) });
    setPhase('previewed');
    onPreview?.(result);
  }

  /** Runs the plan: up to its finish steps, or (`toEnd`, the second button) through them. */
  async function start(toEnd = false) {
    setReports([]);
    setPreview(undefined);
    setStopped(undefined);
    setFinishing(toEnd);
    const registrar = await signIn();
    if (!registrar) return;
    const abort = (controller.current = new AbortController());
    setPhase('running');
    const run = await runPlan(plan, registrar.transport, { onProgress: setReports, signal: abort.signal, finish: toEnd });
    await registrar.forget();
    setReports(run.reports);
    setStopped(run.stoppedBeforeFinish);
    setPhase(run.ok ? 'done' : run.cancelled ? 'cancelled' : 'failed');
    onRun?.(run, toEnd);
    if (run.ok) onDone(registrationResult(resultOf(plan, run.variables)));
  }

  const busy = phase === 'signing-in' || phase === 'running' || phase === 'previewing';
  const failed = reports.find((report) => report.status === 'failed');
  const previewFailed = preview?.reports.find((report) => report.outcome === 'failed');
  const shown: { title: string; failure: StepFailure } | undefined = failed?.failure
    ? { title: failed.title, failure: failed.failure }
    : previewFailed?.failure && { title: previewFailed.title, failure: previewFailed.failure };
  const blocked = shown?.failure.code === 'NetworkError' && shown.failure.api ? plan.hosts[shown.failure.api] : undefined;
  const explanation =
    shown &&
    explainFailure(shown.failure, {
      blockedByPolicy: blocked && !allowsConnect(pagePolicy(), location.origin, blocked) ? blocked : undefined,
    });
  return (
    <div className="grid gap-2">
      <h2 className="text-lg font-semibold">From this page</h2>
      <p className="text-sm text-muted">
        {texts.who}
        {plan.steps.some((step) => step.id === 'role-assignment') ? ', and assign roles on the subscription' : ''}
        {plan.steps.some((step) => step.id === 'bot') ? ', and create resources in the resource group (Contributor)' : ''}. The wizard's own
        app asks to act as you on Microsoft Graph
        {plan.scopes.arm.length ? ' and Azure Resource Manager' : ''}; tokens stay in this page's memory and are forgotten when the run
        ends.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void startPreview()} disabled={busy} aria-describedby={hint}>
          Preview
        </Button>
        <Button onClick={() => void start(false)} disabled={busy}>
          {(phase === 'failed' || phase === 'cancelled') && !finishing ? 'Run it again' : texts.run}
        </Button>
        {(phase === 'running' || phase === 'previewing') && (
          <Button variant="secondary" onClick={() => controller.current?.abort()}>
            {phase === 'running' ? 'Cancel the run' : 'Cancel the preview'}
          </Button>
        )}
      </div>
      <p id={hint} className="text-sm text-muted">
        Preview signs in and only reads: it says what each step would do, and changes nothing. Cancel stops a run after the step it is on.
      </p>
      {phase === 'signing-in' && <p role="status">Signing in…</p>}
      {preview && (
        <>
          <p role="status" aria-live="polite" className="text-sm font-medium">
            {phase === 'previewing' ? 'Previewing…' : previewSummary(preview.reports, preview.cancelled)}
          </p>
          <ol aria-label={texts.preview} className="grid gap-1 text-sm">
            {preview.reports.map((report) => (
              <li
                key={report.id}
                className={
                  report.outcome === 'failed' ? 'text-red-700 dark:text-red-300' : report.outcome === 'skipped' ? 'text-subtle' : ''
                }
              >
                {report.title}: <span className="font-medium">{outcomeLine(report, preview.reports)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {phase === 'cancelled' && (
        <p role="status" className="text-sm">
          Cancelled: the steps marked done are kept, nothing after them ran. Running again continues from where it stopped.
        </p>
      )}
      {signInError && (
        <ErrorNotice title="Sign-in failed" error={signInError.errorCode} description={signInError.errorMessage} login={cloud.login} />
      )}
      {reports.length > 0 && (
        <ol aria-label={texts.progress} aria-live="polite" className="grid gap-1 text-sm">
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
      {phase === 'done' && stopped === 'not-asked' && (
        <p role="status" className="text-sm font-medium">
          Done up to the finish. Still to do, once tested:{' '}
          {plan.steps
            .filter((step) => step.phase === 'finish')
            .map((step) => step.title)
            .join('; ')}
          .
        </p>
      )}
      {finish && phase === 'done' && stopped === 'made-just-now' && (
        <Notice tone="info" title="Not finished yet">
          This run had to add the new credential again (it was not on the app): put it in the instance and test it before finishing.
        </Notice>
      )}
      {finish && (stopped || (finishing && (phase === 'failed' || phase === 'cancelled'))) && (
        <div className="grid gap-2">
          {finish.confirmation}
          <div>
            <Button onClick={() => void start(true)} disabled={busy || !finish.confirmed}>
              {finish.label}
            </Button>
          </div>
        </div>
      )}
      {shown && explanation && (
        <Notice tone="error" title={`${shown.title}: ${explanation.title}`}>
          <p className="font-mono">
            {shown.failure.code}
            {shown.failure.status ? ` (HTTP ${shown.failure.status})` : ''}: {shown.failure.message}
          </p>
          <p>Fix: {explanation.fix}</p>
          {SECRETS_FORBIDDEN.includes(shown.failure.code) &&
            (onUseCertificate ? (
              <div>
                <Button onClick={onUseCertificate}>Use a certificate instead</Button>
              </div>
            ) : (
              <p>This integration cannot sign in with a certificate: ask an admin to assign the app a policy that allows secrets.</p>
            ))}
          <p>
            {failed
              ? 'Steps before it are kept; running again continues from where it stopped.'
              : 'The preview changed nothing: a run would stop here.'}
          </p>
        </Notice>
      )}
    </div>
  );
}
