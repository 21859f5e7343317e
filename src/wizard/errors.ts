/** Explanations for errors an admin meets on the sign-in redirect. The full AADSTS table grows with the catalog. */

export interface ErrorExplanation {
  meaning: string;
  fix: string;
}

const AADSTS: Record<string, ErrorExplanation> = {
  '50011': {
    meaning: 'The redirect URI in the request is not registered on the app.',
    fix: 'App registrations › your app › Authentication › Web › add the exact redirect URI (scheme, host, path and trailing slash must match).',
  },
  '65001': {
    meaning: 'The user or an administrator has not consented to the app.',
    fix: 'Grant consent: sign in as an admin and accept, or use "Grant admin consent" on the app\'s API permissions page.',
  },
  '700016': {
    meaning: 'No application with this client ID exists in the tenant.',
    fix: 'Check the Application (client) ID and the tenant; a single-tenant app signs in only in its own tenant.',
  },
  '90002': { meaning: 'The tenant was not found.', fix: 'Check the tenant ID or domain, and that you chose the right cloud.' },
  '50020': {
    meaning: 'The signed-in account does not belong to this tenant.',
    fix: 'Sign in with an account of the tenant, or make the app multi-tenant.',
  },
  '7000218': {
    meaning: 'The request needs a client secret or assertion: public client flows are off.',
    fix: 'App registrations › your app › Authentication › Advanced settings › Allow public client flows: Yes.',
  },
};

const PROTOCOL: Record<string, ErrorExplanation> = {
  access_denied: {
    meaning: 'The sign-in was cancelled or consent was declined.',
    fix: 'Start the sign-in again and accept the permissions, or ask an administrator to grant consent.',
  },
  invalid_request: {
    meaning: 'The identity platform rejected the request.',
    fix: 'Check the client ID, tenant and redirect URI on the App details step.',
  },
  invalid_client: {
    meaning: 'The client ID is not known to the identity platform.',
    fix: 'Check the Application (client) ID and the chosen cloud.',
  },
  unauthorized_client: {
    meaning: 'The app may not use this flow.',
    fix: 'Check the app registration platform and supported account types.',
  },
  invalid_scope: {
    meaning: 'A requested permission does not exist for this resource.',
    fix: 'Check the API permissions configured on the app.',
  },
  consent_required: { meaning: 'Consent is needed before this app can be used.', fix: 'Sign in as an admin and grant consent.' },
  login_required: { meaning: 'The user must sign in interactively.', fix: 'Start the sign-in again.' },
  server_error: { meaning: 'The identity platform had an internal error.', fix: 'Try again in a moment.' },
  temporarily_unavailable: { meaning: 'The identity platform is temporarily unavailable.', fix: 'Try again in a moment.' },
};

/** The AADSTS number in an error description, e.g. "AADSTS50011: The redirect URI…" → "50011". */
export function aadstsCode(description: string): string | undefined {
  return /AADSTS(\d{5,7})/.exec(description)?.[1];
}

export function explainError(error: string, description: string): ErrorExplanation & { code?: string } {
  const code = aadstsCode(description);
  const known = (code && AADSTS[code]) || PROTOCOL[error];
  if (known) return { ...known, code: code ? `AADSTS${code}` : error };
  return {
    meaning: description || 'The identity platform returned an error without a description.',
    fix: 'Check the values on the App details step and try again.',
    code: code ? `AADSTS${code}` : error,
  };
}
