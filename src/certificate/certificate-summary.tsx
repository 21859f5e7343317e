import { Button } from '../components/ui/button';
import { CopyButton } from '../components/ui/copy-button';
import { downloadText } from '../components/ui/download';
import { Notice } from '../components/ui/notice';
import { sessionStore, useSession } from '../state/session';
import type { CertificateCredential } from '../state/credential';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The certificate in use: its thumbprint as the portal shows it, what to upload, and the key to keep. */
export function CertificateSummary({ credential, fileStem }: { credential: CertificateCredential; fileStem: string }) {
  const { keySaved } = useSession();
  const { certificate } = credential;
  return (
    <div className="grid gap-3 rounded-md border border-line p-4">
      <dl className="grid items-center gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Thumbprint</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <code className="font-mono break-all">{certificate.thumbprint}</code>
          <CopyButton value={certificate.thumbprint} label="Copy certificate thumbprint" />
        </dd>
        <dt className="font-medium">Subject</dt>
        <dd>{certificate.subject}</dd>
        <dt className="font-medium">Valid</dt>
        <dd>
          {day(certificate.notBefore)} to {day(certificate.notAfter)}
        </dd>
        <dt className="font-medium">Key</dt>
        <dd>RSA, {certificate.keyBits} bits</dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => downloadText(`${fileStem}.crt`, certificate.pem, 'application/x-x509-ca-cert')}>
          Download certificate (.crt)
        </Button>
        {credential.generated && (
          <Button
            variant="secondary"
            onClick={() => {
              downloadText(`${fileStem}-private-key.pem`, credential.privateKeyPem, 'application/x-pem-file');
              sessionStore.markKeySaved();
            }}
          >
            Download private key (.pem)
          </Button>
        )}
        <Button variant="secondary" onClick={() => sessionStore.setCertificate(undefined)}>
          Use another certificate
        </Button>
      </div>
      <p className="text-sm">
        Upload the certificate (not the key) in the app registration: Certificates &amp; secrets › Certificates › Upload certificate.
      </p>
      {credential.generated && !keySaved && (
        <Notice tone="info" title="The private key exists only in this page" live={false}>
          It was made here and is kept nowhere else: a reload forgets it. Download it, or copy it from the sheet into the product, before
          you leave. The wizard asks before the page is left.
        </Notice>
      )}
    </div>
  );
}
