// What admins paste into the troubleshooter, made from a message's text: the War Room's prefix, its line wraps, and
// the slices someone copies out of a longer message. Shared by the product-message tests.

export const WAR_ROOM_PREFIX = 'Failed to execute test-module command. Error: ';

/** Things the product prints that are no sign-in or setup problem: no message pattern may match them. */
export const UNRELATED_TEXTS = [
  'No incidents were found',
  'Done',
  'ok',
  'Message was sent successfully.',
  'The command completed with warnings: 3 items skipped.',
];

/** Greedy wrap at spaces, as a narrow War Room entry shows it. */
export function wrap(text: string, width = 70): string {
  return text
    .split('\n')
    .map((line) =>
      line.split(' ').reduce((lines: string[], word) => {
        const last = lines.at(-1);
        if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
        return lines;
      }, []),
    )
    .map((lines) => lines.join('\n'))
    .join('\n');
}

/** Every run of whole words of at most `max` characters: what someone might copy out of a longer message. */
export function slices(text: string, max = 60): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start++)
    for (let end = start + 1; end <= tokens.length; end++) {
      const slice = tokens.slice(start, end).join(' ');
      if (slice.length > max) break;
      found.push(slice);
    }
  return found;
}

/** A message's text with its `{name}` placeholders filled from `values`; any other goes to `otherwise`, or fails without. */
export function filled(text: string, values: Record<string, string>, otherwise?: (placeholder: string) => string): string {
  return text.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => {
    const value = values[name] ?? otherwise?.(placeholder);
    if (value === undefined) throw new Error(`no sample for {${name}}`);
    return value;
  });
}

/** The keys of a test's table that name no entry: a renamed or merged entry would otherwise leave its cases untested. */
export function unknownCodes(table: Record<string, unknown>, codes: Iterable<string>): string[] {
  const known = new Set(codes);
  return Object.keys(table).filter((code) => !known.has(code));
}
