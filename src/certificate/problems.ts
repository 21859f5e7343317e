/** Why a certificate or key cannot serve as the integration's credential; `code` is what callers switch on. */
export type CertificateProblemCode =
  | 'no-certificate'
  | 'unreadable-certificate'
  | 'pfx'
  | 'no-key'
  | 'public-key-instead'
  | 'encrypted-key'
  | 'unreadable-key'
  | 'not-rsa'
  | 'key-too-short'
  | 'mismatch'
  | 'expired'
  | 'not-yet-valid';

export class CertificateProblem extends Error {
  readonly code: CertificateProblemCode;
  /** What to do about it, e.g. the openssl command that converts the file. */
  readonly fix: string;

  constructor(code: CertificateProblemCode, message: string, fix: string) {
    super(message);
    this.name = 'CertificateProblem';
    this.code = code;
    this.fix = fix;
  }
}

export const PFX_FIX =
  'Split it with OpenSSL: openssl pkcs12 -in cert.pfx -clcerts -nokeys -out cert.pem, then openssl pkcs12 -in cert.pfx -nocerts -nodes -out key.pem (it asks for the .pfx password), and give the wizard both files.';
export const DECRYPT_FIX =
  'The product has no field for a key password. Write an unencrypted copy: openssl pkey -in key.pem -out key-plain.pem (it asks for the password), and keep that copy as safe as the secret it is.';
