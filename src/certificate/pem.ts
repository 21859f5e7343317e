/** One `-----BEGIN LABEL----- … -----END LABEL-----` block of a PEM text. */
export interface PemBlock {
  label: string;
  /** Headers such as `Proc-Type: 4,ENCRYPTED` of a legacy encrypted key. */
  headers: string[];
  /** The decoded body; undefined when it is not base64 (a damaged or cut paste). */
  der?: Uint8Array;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Every PEM block of a text, in order; a block whose body is not base64 keeps no `der`. */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const [, label = '', body = ''] of text.matchAll(BLOCK)) {
    const lines = body.split(/\r?\n|\r/).map((line) => line.trim());
    const headers = lines.filter((line) => /^[A-Za-z-]+:/.test(line));
    const base64 = lines.filter((line) => line && !/^[A-Za-z-]+:/.test(line)).join('');
    let der: Uint8Array | undefined;
    try {
      der = base64ToBytes(base64);
    } catch {
      // Not base64: the caller says the block is damaged.
    }
    blocks.push({ label, headers, der });
  }
  return blocks;
}

/** RFC 7468's strict encoding: 64-character lines, LF line ends, a final newline. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * The form a PEM key takes in the product's single-line credentials field. A browser strips line breaks from a value
 * pasted into a one-line input, and the product turns spaces inside a BEGIN…END block back into line breaks
 * (CommonServerPython's replace_spaces_in_credential); so lines joined by single spaces survive the field, and
 * lines joined by nothing do not.
 */
export function singleLinePem(pem: string): string {
  return pem
    .trim()
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
