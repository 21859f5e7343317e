import type { FixActions, Source } from '../../catalog/fix';

/**
 * A message the product prints about sign-in or setup, read from an integration's code or the shared Microsoft
 * module (MicrosoftApiModule), with its cause and fix in the wizard's words.
 */
export interface ProductMessage {
  /** A stable, readable name: the diagnosis' title. */
  code: string;
  /** The message in the code's exact words, `{…}` where the code formats a value in. Tests match it. */
  text: string;
  /** Matches the message and any one line of it, through the War Room's prefixes, quotes and line breaks. */
  pattern: RegExp;
  meaning: string;
  fix: string;
  actions: FixActions;
  /** Catalog ids of the integrations that print it; `module` for every integration built on MicrosoftApiModule. */
  integrations: string[] | 'module';
  /** Where the product prints it: the Test button, an auth command, any command, fetching incidents/events. */
  when: 'test' | 'auth-command' | 'command' | 'fetch' | 'any';
  source: Source;
}
