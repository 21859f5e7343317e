import type { Cloud } from '../catalog/types';
import { Notice } from '../components/ui/notice';
import type { RegistrationPlan } from './model';
import { secretShownBefore, type RegistrationResult } from './result-line';
import { ScriptResultField } from './script-result-field';
import { substitute } from './run';

/** When the credential ends, and what set its lifetime. */
function endLine({ certificateThumbprint, credentialEndDateTime, credentialLifetime, lifetimeFrom }: RegistrationResult): string {
  const what = certificateThumbprint ? "Entra's copy of the certificate" : 'The client secret';
  const why =
    lifetimeFrom === 'app-policy' || lifetimeFrom === 'tenant-policy'
      ? ` (${lifetimeFrom === 'app-policy' ? "the app's own" : "your tenant's"} app management policy allows ${credentialLifetime?.replace(/^P(\d+)D$/, '$1 days')})`
      : lifetimeFrom === 'unreadable'
        ? ' (24 months: the app management policy could not be read, which needs Policy.Read.All and at least Global Reader)'
        : '';
  return `${what} ends on ${credentialEndDateTime?.slice(0, 10)}${why}. The sheet shows the date and offers a calendar reminder.`;
}

/** A summary's template with the result's values in, and `<NAME>` for one the result does not carry. */
const fill = (template: string, variables: Record<string, string | undefined>) => substitute(template, variables, (name) => `<${name}>`);

/** Takes the script's last line (or the browser run's result) into App details, and says what now exists and how to remove it. */
export function ResultPanel({
  plan,
  cloud,
  integrationId,
  applied,
  onApply,
}: {
  plan: RegistrationPlan;
  cloud: Cloud;
  integrationId: string;
  applied?: RegistrationResult;
  onApply: (result: RegistrationResult) => void;
}) {
  const variables = {
    CLIENT_ID: applied?.clientId,
    TENANT_ID: applied?.tenantId,
    SP_ID: applied?.managedIdentityObjectId,
  };
  return (
    <div className="grid gap-2">
      <h2 className="text-lg font-semibold">Fill App details from the result</h2>
      <ScriptResultField integrationId={integrationId} secret="secret" onRead={(result) => onApply(result)} />
      {applied && <h2 className="mt-4 text-lg font-semibold">Result</h2>}
      {applied && (
        <Notice tone="success" title="App details filled">
          <p>
            Tenant ID {applied.tenantId}
            {applied.clientId && `, client ID ${applied.clientId}`}
            {applied.clientSecret && ', client secret (in memory)'}
            {applied.certificateThumbprint && `, certificate ${applied.certificateThumbprint}`}
            {applied.managedIdentityObjectId && `, managed identity ${applied.managedIdentityObjectId}`}.
          </p>
          {applied.credentialEndDateTime && <p>{endLine(applied)}</p>}
          {applied.clientSecret && (
            <p>
              Entra shows a secret once, and only this page holds it now: copy it into the product from the sheet (or export it). Leaving
              the page before that asks first.
            </p>
          )}
          {secretShownBefore(applied, plan.credential) && (
            <p>
              No secret in this result: the app already had a secret named "Cortex XSOAR", and Entra shows a secret only once. Use the one
              you saved, or delete that secret (Certificates &amp; secrets) and run the plan again for a new one.
            </p>
          )}
        </Notice>
      )}
      {applied && (
        <div className="grid gap-2">
          <h3 className="font-semibold">What exists now</h3>
          <ul className="grid gap-2 text-sm">
            {plan.creates.map((created) => (
              <li key={created.what}>
                <span className="font-medium">{created.what}</span>
                {created.portal && cloud.portal && (
                  <>
                    {' '}
                    <a
                      href={`${cloud.portal}/${fill(created.portal, variables)}`}
                      target="_blank"
                      rel="noreferrer noopener"
                      className="text-accent underline"
                    >
                      Open in the portal<span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </>
                )}
                <span className="block text-muted">
                  To remove it: <code className="font-mono break-all">{fill(created.remove, variables)}</code>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
