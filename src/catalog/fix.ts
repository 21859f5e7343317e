/**
 * What a diagnosis lets the admin do in the wizard, beyond reading: every error family (the product's messages,
 * AADSTS codes, API error codes and texts) names its fix in these terms, and the troubleshooter turns them into links.
 */

/** A change to the app registration that the registration plan can make (it is idempotent and adds what is missing). */
export const REGISTRATION_CHANGES = ['permissions', 'consent', 'redirect-uri', 'public-client', 'secret', 'certificate'] as const;
export type RegistrationChange = (typeof REGISTRATION_CHANGES)[number];

export interface FixActions {
  /** Register the app, preset to make these changes for this integration and flow. */
  register?: RegistrationChange[];
  /** The Authorize step again: a new code or credential (`again`), or consent asked again (`consent`: prompt=consent). */
  authorize?: 'again' | 'consent';
  /** The product keeps tokens until they are reset: its reset command comes first. */
  reset?: true;
  /** The fix is in the instance's settings (a wrong value, a missing field): the sheet of this integration and flow. */
  sheet?: true;
}

/** Where a fact was read: a repository file at a commit, or a documentation page. */
export type Source = { repo: string; commit: string; path: string } | { url: string };

const CHANGE_WORDS: Record<RegistrationChange, string> = {
  permissions: 'add the missing permissions',
  consent: 'grant admin consent',
  'redirect-uri': 'add the redirect URI',
  'public-client': 'allow public client flows',
  secret: 'make a new client secret',
  certificate: 'upload a new certificate',
};

/** "add the missing permissions and grant admin consent": what a preset registration will change, in words. */
export function changesInWords(changes: readonly RegistrationChange[]): string {
  const words = changes.map((change) => CHANGE_WORDS[change]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

/** The `fix=` value of a Register link, and its reading back: only known changes, each once. */
export const FIX_PARAM = 'fix';
export function readFix(value: string | null): RegistrationChange[] {
  const known: readonly string[] = REGISTRATION_CHANGES;
  return [...new Set((value ?? '').split(',').filter((change): change is RegistrationChange => known.includes(change)))];
}
