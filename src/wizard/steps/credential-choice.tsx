import { lazy, Suspense, useId } from 'react';
import type { CredentialKind } from '../../catalog/types';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { TextField } from '../../components/ui/text-field';
import { sessionStore, useSession } from '../../state/session';

// The ASN.1/X.509 code comes with the panel, only when the admin picks Certificate.
const CertificatePanel = lazy(async () => ({ default: (await import('../../certificate/certificate-panel')).CertificatePanel }));

export function SecretField() {
  const { secret } = useSession();
  return (
    <TextField
      label="Client secret (optional here)"
      hint="The secret's Value. Kept in this page's memory only: never stored, never put in a URL, never sent. You can also enter it on the sheet."
      type="password"
      value={secret}
      onChange={(event) => sessionStore.setSecret(event.target.value)}
      autoComplete="off"
    />
  );
}

/** Client secret or certificate, where the integration's code takes a certificate for this flow. */
export function CredentialChoice({
  credential,
  onChange,
  appName,
  fileStem,
}: {
  credential: CredentialKind;
  onChange: (credential: CredentialKind) => void;
  appName: string;
  fileStem: string;
}) {
  const id = useId();
  const options: [CredentialKind, string, string][] = [
    ['secret', 'Client secret', 'A password the portal makes for the app.'],
    [
      'certificate',
      'Certificate',
      'Recommended by Microsoft: the product signs each sign-in with the private key; only the public certificate goes to Entra ID.',
    ],
  ];
  return (
    <div className="grid gap-3">
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Credential</legend>
        {options.map(([value, label, hint]) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-credential`}
              value={value}
              checked={credential === value}
              onChange={() => onChange(value)}
              aria-describedby={`${id}-${value}-hint`}
              className="mt-1"
            />
            <span>
              {label}
              <span id={`${id}-${value}-hint`} className="block text-xs text-subtle">
                {hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {credential === 'secret' ? (
        <SecretField />
      ) : (
        <LoadBoundary what="certificate tools">
          <Suspense fallback={<p className="text-sm">Loading the certificate tools…</p>}>
            <CertificatePanel appName={appName} fileStem={fileStem} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
