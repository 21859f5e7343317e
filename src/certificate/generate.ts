import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { id_sha256WithRSAEncryption } from '@peculiar/asn1-rsa';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_basicConstraints,
  id_ce_keyUsage,
} from '@peculiar/asn1-x509';
import { toPem } from './pem';
import type { CertificateCredential } from '../state/credential';
import { bytes, describeCertificate } from './x509';

export interface GenerateOptions {
  subject: string;
  modulusLength?: 2048 | 3072 | 4096;
  validityDays?: number;
  now?: Date;
}

const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

function randomSerial(): ArrayBuffer {
  const serial = crypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] ?? 0) & 0x7f || 0x01; // positive and without a leading zero byte
  return serial.buffer;
}

/** A self-signed RSA/SHA-256 certificate and its PKCS#8 key, made with WebCrypto in this page. */
export async function generateCertificate({
  subject,
  modulusLength = 2048,
  validityDays = 365,
  now = new Date(),
}: GenerateOptions): Promise<CertificateCredential> {
  const keys = await crypto.subtle.generateKey({ ...SIGNING, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'sign',
    'verify',
  ]);
  const name = new Name([
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type: '2.5.4.3', value: new AttributeValue({ utf8String: subject }) })]),
  ]);
  const signature = new AlgorithmIdentifier({ algorithm: id_sha256WithRSAEncryption, parameters: null });
  // A minute back, so that a clock a little behind Entra's does not see it as not yet valid.
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000);
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: randomSerial(),
    signature,
    issuer: name,
    validity: new Validity({ notBefore, notAfter: new Date(notBefore.getTime() + validityDays * 86_400_000) }),
    subject: name,
    subjectPublicKeyInfo: AsnParser.parse(await crypto.subtle.exportKey('spki', keys.publicKey), SubjectPublicKeyInfo),
    extensions: new Extensions([
      new Extension({
        extnID: id_ce_basicConstraints,
        critical: true,
        extnValue: new OctetString(AsnConvert.serialize(new BasicConstraints())),
      }),
      new Extension({
        extnID: id_ce_keyUsage,
        critical: true,
        extnValue: new OctetString(AsnConvert.serialize(new KeyUsage(KeyUsageFlags.digitalSignature))),
      }),
    ]),
  });
  const signatureValue = await crypto.subtle.sign(SIGNING, keys.privateKey, AsnConvert.serialize(tbsCertificate));
  const der = bytes(AsnConvert.serialize(new Certificate({ tbsCertificate, signatureAlgorithm: signature, signatureValue })));
  const privateKeyPem = toPem('PRIVATE KEY', bytes(await crypto.subtle.exportKey('pkcs8', keys.privateKey)));
  return { certificate: await describeCertificate(der), privateKeyPem, generated: true };
}
