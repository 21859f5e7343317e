import { Link } from 'react-router';
import { Notice } from '../components/ui/notice';
import type { CertificateCredential } from '../state/credential';

/** With Certificate chosen: where the thumbprint and key come from, or how to get them back after a reload. */
export function CertificateNotice({ certificate, appDetailsLink }: { certificate?: CertificateCredential; appDetailsLink: string }) {
  if (!certificate)
    return (
      <Notice tone="info" title="No certificate in this page">
        <p>
          <Link to={appDetailsLink} className="underline">
            Generate or bring a certificate on App details
          </Link>{' '}
          and its thumbprint and private key are filled in. A private key is never stored, so a reload forgets it: bring the key file you
          downloaded, or make a new certificate and upload it to the app.
        </p>
      </Notice>
    );
  return (
    <Notice tone="info" title={`Certificate ${certificate.certificate.thumbprint}`} live={false}>
      <p>
        The product signs its sign-in with this private key instead of a client secret; leave the client secret empty. The certificate must
        be uploaded to the app (Certificates &amp; secrets › Certificates). It is valid until{' '}
        {certificate.certificate.notAfter.toISOString().slice(0, 10)}: make and upload a new one before then.
      </p>
    </Notice>
  );
}
