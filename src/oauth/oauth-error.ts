/**
 * Every refusal of the protocol layer, as oauth4webapi does it: one error type with a stable code of the library,
 * kept apart from what the server said (its `error` and `error_description`) and the HTTP status. Callers switch on
 * `code`, never on the message, which is for people and may change.
 */

export const OAUTH_ERROR_CODES = [
  /** The request got no readable response: offline, DNS, TLS, or a CORS refusal (a page cannot tell them apart). */
  'OAUTH_NETWORK',
  /** The body is not JSON (an HTML error page of a proxy, an empty body…). */
  'OAUTH_RESPONSE_IS_NOT_JSON',
  /** JSON, but not what the specification requires: not an object, a required field missing or of the wrong type. `field` names it. */
  'OAUTH_INVALID_RESPONSE',
  /** The server answered with an OAuth error (`error`, `error_description`), as RFC 6749 §5.2 and RFC 8628 §3.5 define. */
  'OAUTH_RESPONSE_BODY_ERROR',
  /** An HTTP status the exchange does not allow, without an OAuth error in the body. */
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

export interface OAuthErrorDetails {
  /** The HTTP status, when a response came back. */
  status?: number;
  /** The server's `error`, e.g. "invalid_grant"; only with OAUTH_RESPONSE_BODY_ERROR. */
  error?: string;
  /** The server's `error_description`, e.g. "AADSTS70000: …"; only with OAUTH_RESPONSE_BODY_ERROR. */
  description?: string;
  /** The response field that was missing or of the wrong type; only with OAUTH_INVALID_RESPONSE. */
  field?: string;
  cause?: unknown;
}

export class OAuthError extends Error {
  /** The library's own code: what callers switch on. */
  readonly code: OAuthErrorCode;
  readonly status?: number;
  /** The server's `error`; undefined when the refusal is the library's own. */
  readonly error?: string;
  /** The server's `error_description`; undefined when it sent none. */
  readonly description?: string;
  readonly field?: string;

  constructor(code: OAuthErrorCode, message: string, details: OAuthErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'OAuthError';
    this.code = code;
    this.status = details.status;
    this.error = details.error;
    this.description = details.description;
    this.field = details.field;
  }
}

/** True for an OAuthError, and, when codes are given, one with one of them. */
export function isOAuthError(value: unknown, ...codes: OAuthErrorCode[]): value is OAuthError {
  return value instanceof OAuthError && (codes.length === 0 || codes.includes(value.code));
}
