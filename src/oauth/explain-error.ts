import { withoutTrailingSlash } from './url';
import { AADSTS_ERRORS, PROTOCOL_ERRORS } from '../catalog/errors';
import type { OAuthError, OAuthErrorCode } from './oauth-error';

export interface Explanation {
  /** "AADSTS50011", or the protocol error code when there is no AADSTS number. */
  code: string;
  meaning: string;
  fix: string;
  /** The cloud's own page for an AADSTS code, e.g. https://login.microsoftonline.us/error?code=50011 */
  lookup?: string;
  known: boolean;
}

/** Every AADSTS number in a text, in order, e.g. "AADSTS50011: The redirect URI…" → ["50011"]. */
export function aadstsCodes(text: string): string[] {
  return [...text.matchAll(/AADSTS(\d{5,7})/g)].map((match) => match[1] ?? '');
}

/** The first AADSTS number in an error description. */
export function aadstsCode(text: string): string | undefined {
  return aadstsCodes(text)[0];
}

/** The cloud's own page about an AADSTS number, e.g. https://login.microsoftonline.us/error?code=50011 */
export function errorPageUrl(loginHost: string, number: string): string {
  return `${withoutTrailingSlash(loginHost)}/error?code=${number}`;
}

/**
 * Explains an error by its AADSTS number when it has one, else by its protocol code. A number the table does not
 * know keeps its raw text and the link to the cloud's page, rather than a vaguer protocol-level explanation.
 */
export function explainError(error: string, description: string, loginHost?: string): Explanation {
  const number = aadstsCode(description) ?? aadstsCode(error);
  const lookup = number && loginHost ? errorPageUrl(loginHost, number) : undefined;
  const entry = number ? AADSTS_ERRORS[number] : PROTOCOL_ERRORS[error];
  const code = number ? `AADSTS${number}` : error;
  if (entry) return { code, ...entry, lookup, known: true };
  return {
    code,
    meaning: description || error || 'The identity platform returned an error without a description.',
    fix: lookup ? 'See the error page linked here for the fix.' : 'Check the values on the App details step and try again.',
    lookup,
    known: false,
  };
}

/** What to do about a refusal of the library's own, by its code (the server's refusals are explained by explainError). */
const LIBRARY_FIXES: Record<Exclude<OAuthErrorCode, 'OAUTH_RESPONSE_BODY_ERROR'>, string> = {
  OAUTH_NETWORK: 'Check the network connection and try again. A CORS refusal looks the same to the page: the browser hides the answer.',
  OAUTH_RESPONSE_IS_NOT_JSON:
    'The answer did not come from the identity platform as it should. If you use a CORS relay, check that it forwards /{tenant}/oauth2/v2.0/devicecode and /token to the login host and passes its answers on unchanged; otherwise try again in a moment.',
  OAUTH_INVALID_RESPONSE:
    'The answer is not what the OAuth specification requires, so the wizard does not use it. If you use a CORS relay, check that it passes the login host’s answers on unchanged; otherwise try again in a moment.',
  OAUTH_RESPONSE_IS_NOT_CONFORM:
    'The answer had an HTTP status the exchange does not allow and no OAuth error. If you use a CORS relay, check that it forwards to the login host; otherwise try again in a moment.',
};

/**
 * Explains an OAuthError by its code: the server's refusal by its AADSTS number or protocol code (explainError), the
 * library's own by its code, with the error's message as the meaning.
 */
export function explainOAuthError(error: OAuthError, loginHost?: string): Explanation {
  if (error.code === 'OAUTH_RESPONSE_BODY_ERROR') return explainError(error.error ?? '', error.description ?? '', loginHost);
  return { code: error.code, meaning: error.message, fix: LIBRARY_FIXES[error.code], known: true };
}
