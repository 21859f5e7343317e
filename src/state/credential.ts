/** A certificate the app signs in with, as the page holds it: read or made by src/certificate, kept in the session. */
export interface CertificateInfo {
  pem: string;
  /** SHA-1 of the DER encoding, 40 uppercase hex digits: what the portal shows and the product sends as `x5t`. */
  thumbprint: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** Bits of the RSA modulus; 0 for another key type. */
  keyBits: number;
  modulus: Uint8Array;
}

/** A certificate with its private key, ready for the sheet. */
export interface CertificateCredential {
  certificate: CertificateInfo;
  /** PEM, as the product reads it (PKCS#8, or PKCS#1 where that is what the admin brought). */
  privateKeyPem: string;
  /** Made in this page: lost on reload unless the admin saved it. */
  generated: boolean;
}
