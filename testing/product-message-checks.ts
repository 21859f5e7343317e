// The check every product-message test makes of a message's wordings: recognised as admins paste them. Shared by the
// tests of the shared module's messages and the collaboration and Azure integrations' messages.
import { expect } from 'vitest';
import { findIntegration } from '../src/catalog/integrations';
import { diagnose } from '../src/troubleshoot/diagnose';
import type { ProductMessage } from '../src/troubleshoot/product-messages/types';
import { slices, WAR_ROOM_PREFIX, wrap } from './pasted-text';

/** The codes of the entries whose pattern matches `text`. */
export const matchingCodes = (entries: readonly ProductMessage[], text: string) =>
  entries.filter((entry) => entry.pattern.test(text)).map((entry) => entry.code);

/** An integration that prints the entry, for `diagnose`: none for the shared module's own messages. */
export const integrationOf = (entry: ProductMessage) =>
  entry.integrations === 'module' ? undefined : findIntegration(entry.integrations[0]);

/**
 * Expects `text`, a wording of `entry`, to be recognised whole, behind the War Room's prefix and wrapped, and in some
 * slice someone copies out of it; by `entry` alone among `among`; and by `diagnose` for an integration that prints it.
 */
export function expectRecognized(entry: ProductMessage, text: string, among: readonly ProductMessage[]) {
  expect(entry.pattern.test(text), text).toBe(true);
  expect(entry.pattern.test(WAR_ROOM_PREFIX + wrap(text)), wrap(text)).toBe(true);
  expect(
    slices(text).some((slice) => entry.pattern.test(slice)),
    `no 60-character slice of: ${text}`,
  ).toBe(true);
  expect(matchingCodes(among, text), text).toEqual([entry.code]);
  expect(diagnose(WAR_ROOM_PREFIX + text, integrationOf(entry)).map((found) => found.code)).toContain(entry.code);
}
