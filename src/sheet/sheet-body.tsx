import { chosenIntegration } from '../state/chosen-integration';
import { useState } from 'react';
import { Link } from 'react-router';
import { credentialFor } from '../catalog/credentials';
import { Button } from '../components/ui/button';
import { Command } from '../components/ui/command';
import { CopyButton } from '../components/ui/copy-button';
import { downloadText } from '../components/ui/download';
import { Notice } from '../components/ui/notice';
import { TextField } from '../components/ui/text-field';
import { extractCode } from '../oauth/redirect';
import { MissingChoice } from '../components/missing-choice';
import { wizardAddress } from '../state/address';
import { sessionStore, useSession } from '../state/session';
import { chosenCloud } from '../state/choices';
import { useChoices } from '../state/use-choices';
import { useDraft } from '../state/use-draft';
import { CertificateNotice } from './certificate-notice';
import { CommandsNotice } from './commands-notice';
import { ExpiryPanel } from './expiry-panel';
import { sheetJson, sheetRows, sheetText, type SheetRow } from './parameters';
import { SheetRowView } from './sheet-row';
import { SignInNotice } from './sign-in-notice';
import { FLOWS } from '../catalog/flows';
import { FlowCaution } from '../components/flow-caution';

/** The parameters of the sheet: loaded after the shell, which already shows the captured code. */
export function SheetBody() {
  const { choices, update, linkTo } = useChoices();
  const { secret, capture, certificate } = useSession();
  const [pastedCode, setPastedCode] = useState('');
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [draft, setDraft] = useDraft({ client: choices.client, tenant: choices.tenant, values: choices.values }, (value) => update(value));
  const integration = chosenIntegration(choices);
  const flow = integration?.flows.find((candidate) => candidate.id === choices.flow);
  const cloud = chosenCloud(choices);
  if (!integration || !flow) return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;

  const capturedCode = capture?.kind === 'code' ? capture.code : '';
  const credential = credentialFor(integration, flow.id, choices.credential);
  const rows = sheetRows({
    integration,
    flow: flow.id,
    cloud,
    clientId: draft.client ?? '',
    tenantId: draft.tenant ?? '',
    clientSecret: secret,
    redirectUri: choices.redirect ?? wizardAddress(),
    authCode: capturedCode || extractCode(pastedCode),
    credential,
    certificate: certificate && {
      thumbprint: certificate.certificate.thumbprint,
      privateKeyPem: certificate.privateKeyPem,
      generated: certificate.generated,
    },
    values: draft.values,
  });
  const keyRow = rows.find((row) => row.from === 'private-key');
  const secretRow = rows.find((row) => row.from === 'client-secret');
  /** What copying or exporting a row, or everything with the secrets, saves of a credential that exists only here. */
  const saved = (row?: SheetRow) => {
    if (row ? row === keyRow : includeSecrets && keyRow?.value) sessionStore.markKeySaved();
    if (row ? row === secretRow : includeSecrets && secretRow?.value) sessionStore.markSecretSaved();
  };

  const exportName = `${integration.id}-instance.json`;
  function exportJson() {
    downloadText(exportName, sheetJson(rows, { includeSecrets }), 'application/json');
    saved();
  }

  function change(row: SheetRow, value: string) {
    if (!row.input) return;
    if (row.input.target === 'secret') sessionStore.setSecret(value);
    else if (row.input.target === 'client') setDraft({ ...draft, client: value });
    else if (row.input.target === 'tenant') setDraft({ ...draft, tenant: value });
    else setDraft({ ...draft, values: { ...draft.values, [row.name]: value } });
  }

  const needsCode = FLOWS[flow.id].signIn === 'authorize-url';
  return (
    <section>
      <div className="grid gap-4">
        {needsCode && !capturedCode && (
          <div className="grid gap-2">
            <Notice tone="info" title="No authorization code yet">
              <p>
                <Link to={linkTo('/authorize')} className="underline">
                  Sign in on the Authorize step
                </Link>{' '}
                and the code is filled in, or paste the redirected address (or the code) below.
              </p>
            </Notice>
            <TextField
              label="Redirected address or authorization code"
              hint="Paste the whole address Microsoft redirected to; the wizard keeps only the bare code (the product refuses session_state)."
              value={pastedCode}
              onChange={(event) => setPastedCode(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        )}
        {capture?.kind === 'admin-consent' && (
          <Notice tone="success" title="Admin consent granted">
            The tenant admin consented to the app's application permissions.
          </Notice>
        )}
        {credential === 'certificate' && <CertificateNotice certificate={certificate} appDetailsLink={linkTo('/app')} />}
        <CommandsNotice integrationId={integration.id} commands={choices.commands} flowLink={linkTo('/flow')} />
        <ExpiryPanel
          integration={integration}
          credential={FLOWS[flow.id].credential ? credential : 'none'}
          clientId={draft.client}
          tenantId={draft.tenant}
          cloud={cloud}
        />
        <FlowCaution flow={flow.id} />
        <SignInNotice flow={flow} />

        <p className="text-sm text-muted">
          In the product, open Settings › Integrations › {integration.productName} › Add instance, and fill in these fields. The fields you
          can type in need a value from you.
        </p>
        <ul aria-label="Instance parameters">
          {rows.map((row) => (
            <SheetRowView key={row.key} row={row} onChange={(value) => change(row, value)} onCopied={() => saved(row)} />
          ))}
        </ul>

        <div className="flex flex-wrap items-center gap-3">
          {rows.some((row) => row.secret) && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />
              Include the {credential === 'certificate' ? 'private key' : 'secret'} in copy all and export
            </label>
          )}
          <CopyButton value={sheetText(rows, { includeSecrets })} label="Copy all parameters" text="Copy all" onCopied={() => saved()} />
          <Button variant="secondary" onClick={exportJson}>
            Export JSON
          </Button>
        </div>

        <div>
          <h2 className="text-lg font-semibold">Next, in the product (War Room or CLI)</h2>
          <ol className="mt-2 grid gap-2">
            {flow.nextCommands.map((step) =>
              step.startsWith('!') ? (
                <li key={step} className="flex flex-wrap items-center gap-2">
                  <Command command={step} />
                </li>
              ) : (
                <li key={step}>{step}.</li>
              ),
            )}
          </ol>
          <p className="mt-4 text-sm">
            If the product later prints an authorization error,{' '}
            <Link to={linkTo('/troubleshoot')} className="underline">
              paste it into the troubleshooter
            </Link>{' '}
            for its meaning and the fix.
          </p>
          {flow.loginUrlCommand && (
            <div className="mt-4 grid gap-2 text-sm">
              <p>
                A code lives about 10 minutes. If it expired before the instance was saved, get a new one in the product: run this, sign in
                at the URL it prints, and paste into the authorization code field only the value after code= of the address you land on
                (without session_state).
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <Command command={flow.loginUrlCommand} />
              </div>
            </div>
          )}
          {integration.resetCommand && FLOWS[flow.id].storesTokens && (
            <div className="mt-4 grid gap-2 text-sm">
              <p>If the product later reports an expired or revoked token, clear its stored tokens and authorize again:</p>
              <div className="flex flex-wrap items-center gap-2">
                <Command command={integration.resetCommand} />
              </div>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
