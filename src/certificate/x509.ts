import { AsnParser } from '@peculiar/asn1-schema';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { RSAPrivateKey, RSAPublicKey, id_rsaEncryption } from '@peculiar/asn1-rsa';
import { Certificate, type Name } from '@peculiar/asn1-x509';
import { pemBlocks, toHex, toPem } from './pem';
import { CertificateProblem, DECRYPT_FIX, PFX_FIX } from './problems';
import type { CertificateCredential, CertificateInfo } from '../state/credential';

/** The smallest RSA key Entra ID takes for a certificate credential. */
const MIN_KEY_BITS = 2048;
const NAME_OIDS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
};

export function bytes(buffer: ArrayBuffer | ArrayBufferView): Uint8Array {
  return buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** An ASN.1 INTEGER's magnitude without the sign byte. */
function unsigned(integer: ArrayBuffer): Uint8Array {
  const value = bytes(integer);
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  return value.slice(start);
}

function bitLength(magnitude: Uint8Array): number {
  const first = magnitude[0] ?? 0;
  return first === 0 ? 0 : (magnitude.length - 1) * 8 + Math.floor(Math.log2(first)) + 1;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function nameToString(name: Name): string {
  return name
    .flatMap((rdn) => rdn.map((attribute) => `${NAME_OIDS[attribute.type] ?? attribute.type}=${attribute.value.toString()}`))
    .join(', ');
}

async function sha1Hex(der: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-1', der as BufferSource)));
}

function looksLikePfx(der: Uint8Array): boolean {
  // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, ... }: SEQUENCE header, then INTEGER 3.
  const offset = der[1] !== undefined && der[1] & 0x80 ? 2 + (der[1] & 0x7f) : 2;
  return der[0] === 0x30 && der[offset] === 0x02 && der[offset + 1] === 0x01 && der[offset + 2] === 0x03;
}

/** What the wizard shows and uses of a DER certificate. */
export async function describeCertificate(der: Uint8Array): Promise<CertificateInfo> {
  let certificate: Certificate;
  try {
    certificate = AsnParser.parse(der, Certificate);
  } catch {
    if (looksLikePfx(der))
      throw new CertificateProblem('pfx', 'This is a .pfx/.p12 bundle, not a certificate the portal or the product takes.', PFX_FIX);
    throw new CertificateProblem(
      'unreadable-certificate',
      'This is not an X.509 certificate.',
      'Give the public certificate: a .cer, .crt or .pem file, PEM (-----BEGIN CERTIFICATE-----) or DER.',
    );
  }
  const { tbsCertificate } = certificate;
  const spki = tbsCertificate.subjectPublicKeyInfo;
  const rsa = spki.algorithm.algorithm === id_rsaEncryption ? AsnParser.parse(spki.subjectPublicKey, RSAPublicKey) : undefined;
  const modulus = rsa ? unsigned(rsa.modulus) : new Uint8Array();
  return {
    pem: toPem('CERTIFICATE', der),
    thumbprint: await sha1Hex(der),
    subject: nameToString(tbsCertificate.subject),
    notBefore: tbsCertificate.validity.notBefore.getTime(),
    notAfter: tbsCertificate.validity.notAfter.getTime(),
    keyBits: bitLength(modulus),
    modulus,
  };
}

/** Reads the first certificate of a PEM text, or a DER file's bytes. */
export async function readCertificate(input: string | Uint8Array): Promise<CertificateInfo> {
  if (typeof input !== 'string') {
    const text = new TextDecoder().decode(input);
    return text.includes('-----BEGIN') ? readCertificate(text) : describeCertificate(input);
  }
  const blocks = pemBlocks(input);
  const certificate = blocks.find((block) => block.label === 'CERTIFICATE' || block.label === 'X509 CERTIFICATE');
  if (certificate?.der) return describeCertificate(certificate.der);
  if (certificate)
    throw new CertificateProblem(
      'unreadable-certificate',
      'The certificate text is damaged: its body between the BEGIN and END lines is not base64.',
      'Copy the whole certificate file again, or choose the file instead of pasting.',
    );
  if (blocks.some((block) => block.label === 'PKCS12'))
    throw new CertificateProblem('pfx', 'This is a PKCS#12 bundle, not a certificate.', PFX_FIX);
  throw new CertificateProblem(
    'no-certificate',
    blocks.length ? `No certificate here, only ${blocks.map((block) => block.label).join(', ')}.` : 'No certificate found.',
    'Paste the public certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----, or drop the .cer/.crt/.pem file.',
  );
}

export interface PrivateKeyDetails {
  pem: string;
  modulus: Uint8Array;
  keyBits: number;
}

function rsaKey(label: string, der: Uint8Array): RSAPrivateKey {
  if (label === 'RSA PRIVATE KEY') return AsnParser.parse(der, RSAPrivateKey);
  const info = AsnParser.parse(der, PrivateKeyInfo);
  if (info.privateKeyAlgorithm.algorithm !== id_rsaEncryption)
    throw new CertificateProblem(
      'not-rsa',
      'This is not an RSA key. The product signs its client assertion with RS256, which needs an RSA key.',
      'Make an RSA certificate and key (Generate certificate does), upload that certificate to the app, and use its key.',
    );
  return AsnParser.parse(info.privateKey.buffer, RSAPrivateKey);
}

/** Reads an unencrypted PEM private key (PKCS#8 or PKCS#1) and says precisely why another one cannot be used. */
export function readPrivateKey(input: string): PrivateKeyDetails {
  const blocks = pemBlocks(input);
  const encrypted = blocks.find(
    (block) => block.label === 'ENCRYPTED PRIVATE KEY' || block.headers.some((header) => /ENCRYPTED/i.test(header)),
  );
  if (encrypted) throw new CertificateProblem('encrypted-key', 'This private key is encrypted with a password.', DECRYPT_FIX);
  const key = blocks.find((block) => block.label === 'PRIVATE KEY' || block.label === 'RSA PRIVATE KEY');
  if (!key) {
    if (blocks.some((block) => block.label === 'EC PRIVATE KEY'))
      throw new CertificateProblem(
        'not-rsa',
        'This is an elliptic-curve key. The product signs its client assertion with RS256, which needs an RSA key.',
        'Make an RSA certificate and key (Generate certificate does), upload that certificate to the app, and use its key.',
      );
    if (blocks.some((block) => block.label === 'PUBLIC KEY' || block.label === 'CERTIFICATE'))
      throw new CertificateProblem(
        'public-key-instead',
        'This is public material, not the private key.',
        'Give the private key that was made with the certificate: -----BEGIN PRIVATE KEY----- (or -----BEGIN RSA PRIVATE KEY-----).',
      );
    throw new CertificateProblem(
      'no-key',
      'No private key found.',
      'Paste the PEM private key, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----, or drop the key file.',
    );
  }
  const damaged = () =>
    new CertificateProblem(
      'unreadable-key',
      'This private key cannot be read: it is damaged or cut short.',
      'Copy the whole key file again.',
    );
  if (!key.der) throw damaged();
  const der = key.der;
  let rsa: RSAPrivateKey;
  try {
    rsa = rsaKey(key.label, der);
  } catch (error) {
    if (error instanceof CertificateProblem) throw error;
    throw damaged();
  }
  const modulus = unsigned(rsa.modulus);
  return { pem: toPem(key.label, der), modulus, keyBits: bitLength(modulus) };
}

/**
 * A certificate and key the product can sign with: an RSA key of at least 2048 bits, the key that belongs to the
 * certificate, and a certificate valid now.
 */
export async function checkCredential(
  certificateInput: string | Uint8Array,
  keyInput: string,
  now = new Date(),
): Promise<CertificateCredential> {
  const certificate = await readCertificate(certificateInput);
  const key = readPrivateKey(keyInput);
  if (!certificate.keyBits)
    throw new CertificateProblem(
      'not-rsa',
      "The certificate's key is not RSA. The product signs its client assertion with RS256, which needs an RSA key.",
      'Make an RSA certificate and key (Generate certificate does).',
    );
  if (!sameBytes(certificate.modulus, key.modulus))
    throw new CertificateProblem(
      'mismatch',
      `This private key does not belong to the certificate ${certificate.thumbprint}.`,
      'Give the key that was made together with this certificate; an assertion signed with another key is refused by Entra ID (AADSTS700027).',
    );
  if (key.keyBits < MIN_KEY_BITS)
    throw new CertificateProblem(
      'key-too-short',
      `The key has ${key.keyBits} bits; Entra ID takes RSA keys of at least ${MIN_KEY_BITS} bits.`,
      'Make a new certificate with a 2048-bit key or longer (Generate certificate does).',
    );
  if (now < certificate.notBefore)
    throw new CertificateProblem(
      'not-yet-valid',
      `The certificate is valid only from ${certificate.notBefore.toISOString().slice(0, 10)}.`,
      'Use it from that day, or make one that is valid today.',
    );
  if (now > certificate.notAfter)
    throw new CertificateProblem(
      'expired',
      `The certificate expired on ${certificate.notAfter.toISOString().slice(0, 10)}.`,
      'Make a new certificate, upload it to the app and give the product its thumbprint and key.',
    );
  return { certificate, privateKeyPem: key.pem, generated: false };
}
