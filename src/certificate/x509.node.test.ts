import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openssl, selfSigned } from '../../testing/openssl';
import { pemBlocks, singleLinePem } from './pem';
import { CertificateProblem } from './problems';
import { generateCertificate } from './generate';
import { checkCredential, readCertificate, readPrivateKey } from './x509';

let dir = '';
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wizard-certificate-'));
  selfSigned(dir, { key: 'key.pem', cert: 'cert.pem', subject: '/CN=XSOAR test/O=Contoso' });
  openssl(dir, 'x509', '-in', 'cert.pem', '-outform', 'DER', '-out', 'cert.der');
  openssl(dir, 'rsa', '-in', 'key.pem', '-traditional', '-out', 'key-pkcs1.pem');
  selfSigned(dir, { key: 'other-key.pem', cert: 'other-cert.pem', subject: '/CN=Other' });
  openssl(dir, 'pkcs12', '-export', '-in', 'cert.pem', '-inkey', 'key.pem', '-out', 'bundle.pfx', '-passout', 'pass:secret');
  selfSigned(dir, { key: 'short-key.pem', cert: 'short-cert.pem', subject: '/CN=Short', algorithm: 'rsa:1024' });
  selfSigned(dir, { key: 'ec-key.pem', cert: 'ec-cert.pem', subject: '/CN=EC', algorithm: 'ec:P-256' });
});

async function problemOf(promise: Promise<unknown> | (() => unknown)): Promise<CertificateProblem> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof CertificateProblem) return error;
    throw error;
  }
  throw new Error('expected a CertificateProblem');
}

describe('reading a certificate', () => {
  it('computes the thumbprint the portal shows: SHA-1, 40 uppercase hex digits, no colons', async () => {
    const expected = new X509Certificate(read('cert.pem')).fingerprint.replaceAll(':', '');
    const info = await readCertificate(read('cert.pem'));
    expect(info.thumbprint).toBe(expected);
    expect(info.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(info.subject).toBe('CN=XSOAR test, O=Contoso');
    expect(info.keyBits).toBe(2048);
  });

  it('reads DER bytes as well as PEM text, and the first certificate of a chain', async () => {
    const der = new Uint8Array(readFileSync(join(dir, 'cert.der')));
    const pem = await readCertificate(read('cert.pem'));
    expect((await readCertificate(der)).thumbprint).toBe(pem.thumbprint);
    expect((await readCertificate(read('cert.pem') + read('other-cert.pem'))).thumbprint).toBe(pem.thumbprint);
  });

  it('says what to run for a .pfx bundle', async () => {
    const problem = await problemOf(readCertificate(new Uint8Array(readFileSync(join(dir, 'bundle.pfx')))));
    expect(problem.code).toBe('pfx');
    expect(problem.fix).toContain('openssl pkcs12');
  });

  it('reads a certificate flattened to one line, and calls a damaged one damaged', async () => {
    const oneLine = read('cert.pem').trim().split('\n').join(' ');
    expect((await readCertificate(oneLine)).thumbprint).toBe((await readCertificate(read('cert.pem'))).thumbprint);
    const damaged = await problemOf(readCertificate('-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----'));
    expect(damaged.code).toBe('unreadable-certificate');
    expect(damaged.message).toContain('damaged');
  });

  it('refuses text that holds no certificate, naming what it found', async () => {
    const problem = await problemOf(readCertificate(read('key.pem')));
    expect(problem.code).toBe('no-certificate');
    expect(problem.message).toContain('PRIVATE KEY');
    expect((await problemOf(readCertificate(new Uint8Array([1, 2, 3])))).code).toBe('unreadable-certificate');
  });
});

describe('reading a private key', () => {
  it('reads PKCS#8 and PKCS#1 keys', () => {
    expect(readPrivateKey(read('key.pem')).keyBits).toBe(2048);
    const pkcs1 = readPrivateKey(read('key-pkcs1.pem'));
    expect(pkcs1.pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(pkcs1.modulus).toEqual(readPrivateKey(read('key.pem')).modulus);
  });

  it('refuses an encrypted key with the command that decrypts it', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const problem = await problemOf(() => readPrivateKey(privateKey));
    expect(problem.code).toBe('encrypted-key');
    expect(problem.fix).toContain('openssl pkey');
  });

  it('refuses a legacy PEM-encrypted PKCS#1 key', async () => {
    const legacy =
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nAAAA\n-----END RSA PRIVATE KEY-----\n';
    expect((await problemOf(() => readPrivateKey(legacy))).code).toBe('encrypted-key');
  });

  it('refuses elliptic-curve keys, public keys, and damaged keys', async () => {
    expect((await problemOf(() => readPrivateKey(read('ec-key.pem')))).code).toBe('not-rsa');
    const sec1 = createPrivateKey(read('ec-key.pem')).export({ type: 'sec1', format: 'pem' }).toString();
    expect((await problemOf(() => readPrivateKey(sec1))).code).toBe('not-rsa');
    expect((await problemOf(() => readPrivateKey(read('cert.pem')))).code).toBe('public-key-instead');
    expect((await problemOf(() => readPrivateKey('-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'))).code).toBe(
      'unreadable-key',
    );
    expect((await problemOf(() => readPrivateKey('hello'))).code).toBe('no-key');
  });
});

describe('checking a certificate and key together', () => {
  it('accepts a matching pair, PKCS#8 or PKCS#1', async () => {
    const credential = await checkCredential(read('cert.pem'), read('key.pem'));
    expect(credential.certificate.thumbprint).toBe(new X509Certificate(read('cert.pem')).fingerprint.replaceAll(':', ''));
    expect(credential.generated).toBe(false);
    await expect(checkCredential(read('cert.pem'), read('key-pkcs1.pem'))).resolves.toBeTruthy();
  });

  it('refuses a key of another certificate', async () => {
    const problem = await problemOf(checkCredential(read('cert.pem'), read('other-key.pem')));
    expect(problem.code).toBe('mismatch');
  });

  it('refuses an expired or not yet valid certificate, and a key shorter than 2048 bits', async () => {
    const { certificate } = await checkCredential(read('cert.pem'), read('key.pem'));
    const after = new Date(certificate.notAfter.getTime() + 1000);
    expect((await problemOf(checkCredential(read('cert.pem'), read('key.pem'), after))).code).toBe('expired');
    const before = new Date(certificate.notBefore.getTime() - 1000);
    expect((await problemOf(checkCredential(read('cert.pem'), read('key.pem'), before))).code).toBe('not-yet-valid');
    expect((await problemOf(checkCredential(read('short-cert.pem'), read('short-key.pem')))).code).toBe('key-too-short');
    expect((await problemOf(checkCredential(read('ec-cert.pem'), read('key.pem')))).code).toBe('not-rsa');
  });
});

describe('generating a certificate', () => {
  it('makes a self-signed RSA/SHA-256 certificate that OpenSSL and Node read, with its PKCS#8 key', async () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const { certificate, privateKeyPem, generated } = await generateCertificate({
      subject: 'Cortex XSOAR - Graph User',
      validityDays: 365,
      now,
    });
    expect(generated).toBe(true);
    const node = new X509Certificate(certificate.pem);
    expect(node.fingerprint.replaceAll(':', '')).toBe(certificate.thumbprint);
    expect(node.subject).toBe('CN=Cortex XSOAR - Graph User');
    expect(node.verify(node.publicKey)).toBe(true);
    expect(node.checkPrivateKey(createPrivateKey(privateKeyPem))).toBe(true);
    expect(node.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(new Date(node.validTo).getTime() - new Date(node.validFrom).getTime()).toBe(365 * 86_400_000);
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: certificate.pem }).toString();
    expect(text).toContain('sha256WithRSAEncryption');
    expect(text).toContain('Digital Signature');
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    await expect(checkCredential(certificate.pem, privateKeyPem, now)).resolves.toBeTruthy();
  });

  it('makes a longer key on request', async () => {
    const { certificate } = await generateCertificate({ subject: 'Long', modulusLength: 3072 });
    expect(certificate.keyBits).toBe(3072);
  });
});

describe("the single-line form for the product's credentials field", () => {
  /** The product's replace_spaces_in_credential (CommonServerPython), as its regex does it. */
  function productRestores(value: string): string {
    return value.replace(
      /(\s*)(-----BEGIN(.*?)-----)(.*?)(-----END(.*?)-----)(\s*)/gs,
      (_m, lseps: string, begin: string, _l: string, body: string, end: string, _e: string, tseps: string) =>
        lseps.replaceAll(' ', '\n') + begin + body.replaceAll(' ', '\n') + end + tseps.replaceAll(' ', '\n'),
    );
  }
  /** What a browser keeps of a value pasted into a one-line input: line breaks are stripped. */
  const pastedIntoOneLine = (value: string) => value.replace(/[\r\n]/g, '');

  it('survives a one-line field and comes back as a key Node can load', () => {
    const pem = read('key.pem');
    const restored = productRestores(pastedIntoOneLine(singleLinePem(pem)));
    expect(createPrivateKey(restored).asymmetricKeyType).toBe('rsa');
    expect(pemBlocks(restored)[0]?.der).toEqual(pemBlocks(pem)[0]?.der);
  });

  it('is needed: the multi-line key pasted as is loses its line breaks and cannot be loaded', () => {
    const restored = productRestores(pastedIntoOneLine(read('key.pem')));
    expect(() => createPrivateKey(restored)).toThrow();
  });
});
