// Reference certificates and keys for the tests, made with OpenSSL: the tool the vendor's article tells admins to use.
import { execFileSync } from 'node:child_process';

export function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** `openssl req -x509`: a self-signed certificate and its unencrypted PKCS#8 key, as the vendor's article makes them. */
export function selfSigned(dir: string, { key, cert, subject, algorithm = 'rsa:2048', days = 30 }: SelfSigned): void {
  const curve = algorithm.startsWith('ec:') ? ['-pkeyopt', `ec_paramgen_curve:${algorithm.slice(3)}`] : [];
  const newkey = algorithm.startsWith('ec:') ? 'ec' : algorithm;
  openssl(
    dir,
    'req',
    '-x509',
    '-newkey',
    newkey,
    ...curve,
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    String(days),
    '-subj',
    subject,
  );
}

interface SelfSigned {
  key: string;
  cert: string;
  subject: string;
  /** `rsa:<bits>` or `ec:<curve>`. */
  algorithm?: string;
  days?: number;
}
