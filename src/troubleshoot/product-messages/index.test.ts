import { describe, expect, it } from 'vitest';
import { PRODUCT_MESSAGES } from './index';

const filled = (text: string) => text.replace(/\{[^}]+\}/g, 'sample-value');

describe('PRODUCT_MESSAGES', () => {
  it('explains each message once: no other entry, in any file, matches its words', () => {
    const collisions = PRODUCT_MESSAGES.flatMap((entry) =>
      // Entries sharing one template (e.g. the managed identity's) tell its cases apart by the value formatted in.
      PRODUCT_MESSAGES.filter((other) => other !== entry && other.text !== entry.text && other.pattern.test(filled(entry.text))).map(
        (other) => `${entry.code} ← also ${other.code}`,
      ),
    );
    expect(collisions).toEqual([]);
  });

  it('has unique codes', () => {
    const codes = PRODUCT_MESSAGES.map((entry) => entry.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });
});
