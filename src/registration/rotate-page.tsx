import { keepResult } from './keep-result';
import { useId, useState } from 'react';
import { acceptsCertificate, credentialFor } from '../catalog/credentials';
import { FLOWS } from '../catalog/flows';
import type { FlowSupport, Integration } from '../catalog/types';
import { MissingChoice } from '../components/missing-choice';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { StepHeading } from '../components/ui/step-heading';
import { TextField } from '../components/ui/text-field';
import { chosenCloud } from '../state/choices';
import { chosenIntegration } from '../state/chosen-integration';
import { PATHS } from '../state/paths';
import { useSession } from '../state/session';
import { useChoices } from '../state/use-choices';
import type { Credential } from './credential-steps';
import type { RegistrationResult } from './result-line';
import { buildRotationPlan, rotationProblems, type RotationInput } from './rotation-plan';
import { afterFinish, credentialRows, credentialsOfLine, pickedOld, removedInWords, type CredentialRow } from './rotation-picks';
import { certificateName, rotatedName, type OldCredentials } from './rotation-steps';
import { RotationCredentials } from './rotation-credentials';
import { RotationTest } from './rotation-test';
import { PlanSteps } from './plan-steps';
import { RunPanel } from './run-panel';
import { ScriptResultField } from './script-result-field';
import type { PreviewResult, RunResult } from './run';
import { ScriptPanel } from './script-panel';

/** Rotates the app's client secret or certificate without downtime: add the new one, test it, then remove the old. */
export function RotatePage() {
  const { choices, linkTo } = useChoices();
  const integration = chosenIntegration(choices);
  const flow = integration?.flows.find((candidate) => candidate.id === choices.flow);
  if (!integration || !flow) return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;
  if (!chosenCloud(choices)) return <MissingChoice what="a cloud" step="/cloud" linkTo={linkTo} />;
  if (FLOWS[flow.id].registers !== 'app' || !FLOWS[flow.id].credential)
    return (
      <section>
        <StepHeading intro={`${FLOWS[flow.id].label} signs in with no client secret or certificate of yours.`}>
          Nothing to rotate
        </StepHeading>
        <a href={`#${linkTo(PATHS.app)}`} className="text-accent underline">
          Back to App details
        </a>
      </section>
    );
  return <RotateForm key={`${integration.id}/${flow.id}`} integration={integration} flow={flow} />;
}

function RotateForm({ integration, flow }: { integration: Integration; flow: FlowSupport }) {
  const { choices, update, goTo, linkTo } = useChoices();
  const { certificate } = useSession();
  const kindId = useId();
  const [rotatedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [clientId, setClientId] = useState(choices.client ?? '');
  const [graph, setGraph] = useState(choices.graph ?? '');
  const canCertificate = acceptsCertificate(integration, flow.id);
  const [kind, setKind] = useState<Credential>(credentialFor(integration, flow.id, choices.credential));
  const [picked, setPicked] = useState<OldCredentials>('default');
  const [rows, setRows] = useState<CredentialRow[]>();
  const [newKeyId, setNewKeyId] = useState<string>();
  const [added, setAdded] = useState<{ result: RegistrationResult; from: 'browser' | 'script' }>();
  const [confirmed, setConfirmed] = useState(false);
  const [finished, setFinished] = useState<{ removed: string; left: CredentialRow[] }>();
  const cloud = chosenCloud({ ...choices, graph: graph || undefined });
  if (!cloud) return null;

  const newName = kind === 'certificate' ? certificateName(rotatedName(rotatedOn)) : rotatedName(rotatedOn);
  const test = flow.nextCommands.find((command) => command.startsWith('!'));
  const input: RotationInput = {
    integration,
    cloud,
    clientId,
    credential: kind,
    certificate: certificate && {
      base64: certificate.certificate.pem.replace(/-----[^-]+-----|\s/g, ''),
      thumbprint: certificate.certificate.thumbprint,
      notAfter: certificate.certificate.notAfter.toISOString(),
    },
    rotatedOn,
    old: pickedOld(picked, rows ?? [], newName, newKeyId),
    test: test ? `run ${test}` : 'test it',
  };
  const problems = rotationProblems(input);
  const plan = problems.some((problem) => problem.severity === 'error') ? undefined : buildRotationPlan(input);
  const word = kind === 'secret' ? 'secret' : 'certificate';

  /** A new kind, or another app: what was read belongs to the old choice. */
  function restart(change: () => void) {
    change();
    setPicked('default');
    setRows(undefined);
    setNewKeyId(undefined);
    setAdded(undefined);
    setConfirmed(false);
    setFinished(undefined);
  }

  function apply(result: RegistrationResult, from: 'browser' | 'script') {
    update({
      ...keepResult(result, `the app ${result.clientId ?? clientId}`),
      ...(cloud?.id === 'custom' ? { graph: graph || undefined } : {}),
    });
    // The finish's result has no new secret: keep what the first run showed.
    setAdded((before) => (before && !result.clientSecret && !result.certificateThumbprint ? before : { result, from }));
  }

  function ran(run: RunResult, finishing: boolean) {
    const read = credentialRows(run.variables.CURRENT_CREDENTIALS);
    if (run.variables.CURRENT_CREDENTIALS) setRows(read);
    setNewKeyId(run.variables[kind === 'secret' ? 'SECRET_KEY_ID' : 'CERTIFICATE_KEY_ID'] || undefined);
    if (finishing && run.ok && !run.stoppedBeforeFinish)
      setFinished({ removed: removedInWords(run.variables.OLD_CREDENTIALS || 'nothing'), left: afterFinish(read, kind, run.variables) });
  }

  const previewed = (preview: PreviewResult) => {
    if (preview.variables.CURRENT_CREDENTIALS) setRows(credentialRows(preview.variables.CURRENT_CREDENTIALS));
  };
  const testStep = (confirm?: { checked: boolean; onChange: (checked: boolean) => void }) =>
    added && <RotationTest integration={integration} flow={flow} added={added.result} sheetLink={linkTo(PATHS.sheet)} confirm={confirm} />;

  return (
    <section className="grid gap-6">
      <StepHeading
        intro={`Adds a new ${word} to the app next to the old one, lets you test it in the instance of ${integration.name}, and only then removes the old one: the instance keeps working throughout.`}
      >
        Rotate the credential
      </StepHeading>
      <form className="grid gap-4" onSubmit={(event) => event.preventDefault()} aria-label="What to rotate">
        {cloud.id === 'custom' && (
          <TextField
            label="Microsoft Graph host"
            hint="Of your custom cloud, e.g. https://graph.microsoft.com"
            inputMode="url"
            value={graph}
            onChange={(event) => setGraph(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <TextField
          label="Application (client) ID"
          hint="Of the app whose credential the instance uses: App registrations › the app › Overview."
          value={clientId}
          onChange={(event) => restart(() => setClientId(event.target.value))}
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Credential to rotate</legend>
          {(['secret', 'certificate'] as const)
            .filter((option) => option === 'secret' || canCertificate)
            .map((option) => (
              <label key={option} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={`${kindId}-kind`}
                  checked={kind === option}
                  onChange={() => restart(() => setKind(option))}
                  className="mt-1"
                />
                {option === 'secret' ? 'Client secret' : 'Certificate (the new one made or brought on App details)'}
              </label>
            ))}
        </fieldset>
      </form>
      {problems.length > 0 && (
        <Notice tone="info" title={plan ? 'Note' : 'The rotation still needs'}>
          <ul className="list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem.code}>{problem.message}</li>
            ))}
          </ul>
          {problems.some((problem) => problem.code === 'MissingCertificate') && (
            <p>
              <a href={`#${linkTo(PATHS.app)}`} className="underline">
                App details
              </a>
            </p>
          )}
        </Notice>
      )}
      {plan && (
        <>
          <PlanSteps plan={plan} />
          {/* Once finished, the list read before the removal is out of date: the notice below says what is left. */}
          {!finished && (
            <RotationCredentials rows={rows} credential={kind} newName={newName} newKeyId={newKeyId} picked={picked} onPick={setPicked} />
          )}
          <ScriptPanel
            plan={plan}
            integration={integration}
            flowLabel={FLOWS[flow.id].label}
            cloud={cloud}
            name="Rotation script"
            file={`rotate-${integration.id}.sh`}
            purpose={`rotate the ${word} of the app ${clientId.trim()} (${integration.name}), ${cloud.label}`}
          >
            <p className="text-sm text-muted">
              Run as <code className="font-mono">bash rotate-{integration.id}.sh</code>, it adds the new {word}, prints its values and
              stops. Once the instance works with it, run <code className="font-mono">bash rotate-{integration.id}.sh --finish</code>{' '}
              (pasted: <code className="font-mono">export FINISH=1</code> first) to remove the old one.
            </p>
          </ScriptPanel>
          {import.meta.env.WIZARD_CLIENT_ID && (
            <RunPanel
              plan={plan}
              cloud={cloud}
              tenant={choices.tenant}
              onDone={(result) => apply(result, 'browser')}
              onRun={ran}
              onPreview={previewed}
              onUseCertificate={kind === 'secret' && canCertificate ? () => goTo(PATHS.app, { credential: 'certificate' }) : undefined}
              texts={{
                run: `Add the new ${word}`,
                progress: 'Rotation progress',
                preview: 'Preview of the rotation',
                who: "Sign in as an admin who may change the app's credentials (Application Administrator, Cloud Application Administrator, or an owner of the app)",
              }}
              finish={{
                label: `Remove the old ${word}`,
                confirmed,
                confirmation: testStep({ checked: confirmed, onChange: setConfirmed }),
              }}
            />
          )}
          <div className="grid gap-2">
            <h2 className="text-lg font-semibold">Fill App details from the script</h2>
            <ScriptResultField
              integrationId={integration.id}
              secret="new secret"
              onRead={(result, pasted) => {
                const read = credentialsOfLine(pasted);
                if (read) setRows(read);
                apply(result, 'script');
              }}
            />
            {added?.from === 'script' && testStep()}
          </div>
        </>
      )}
      {finished && (
        <Notice tone="success" title="Rotated">
          <p>Removed: {finished.removed}.</p>
          <p>
            The app's {kind === 'secret' ? 'client secrets' : 'certificates'} now:{' '}
            {finished.left.map((row) => `${row.displayName ?? '(no name)'} (key ID ${row.keyId})`).join(', ') || 'none'}.
          </p>
        </Notice>
      )}
      <div className="flex gap-3">
        <Button onClick={() => goTo(PATHS.app)}>Back to App details</Button>
      </div>
    </section>
  );
}
