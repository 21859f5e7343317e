/**
 * AADSTS codes an admin meets while setting up an integration: what each means and the fix to apply.
 * Written from Microsoft's public "Microsoft Entra authentication and authorization error codes" reference;
 * the live text of every code is on the cloud's own login host at /error?code=NNNNN.
 */
export interface ErrorEntry {
  meaning: string;
  fix: string;
}

const PERMISSIONS = 'App registrations › your app › API permissions';
const AUTHENTICATION = 'App registrations › your app › Authentication';
const SECRETS = 'App registrations › your app › Certificates & secrets';

export const AADSTS_ERRORS: Record<string, ErrorEntry> = {
  '16000': {
    meaning: 'The account signed in is not in the tenant the request names, or several accounts are signed in.',
    fix: 'Sign out of other accounts, or use the tenant ID of the account you sign in with.',
  },
  '50001': {
    meaning: 'The resource (API) the app asked for does not exist in the tenant or is disabled.',
    fix: 'Check the resource or scope for the chosen cloud; enable the API (service principal) in the tenant.',
  },
  '50011': {
    meaning: 'The redirect URI in the request is not registered on the app.',
    fix: `${AUTHENTICATION}: add the exact redirect URI (scheme, host, port, path and trailing slash must match) on the Web platform, or on Single-page application for the PKCE check.`,
  },
  '50012': {
    meaning: 'The client secret or certificate assertion was rejected.',
    fix: `${SECRETS}: create a new secret and use its Value (not its Secret ID).`,
  },
  '50020': {
    meaning: 'The account belongs to another tenant and is not a guest here.',
    fix: 'Sign in with an account of this tenant, or register the app as multi-tenant and sign in at /organizations.',
  },
  '50034': {
    meaning: 'The user account does not exist in this directory.',
    fix: 'Check the user name and the tenant; a guest must be invited first.',
  },
  '50053': {
    meaning: 'The account is locked after too many failed sign-ins, or the sign-in was blocked as malicious.',
    fix: 'Wait and try again, or have an admin unlock the account.',
  },
  '50055': { meaning: "The user's password has expired.", fix: 'Reset the password, then sign in again.' },
  '50056': {
    meaning: 'The user has no password in the directory (invalid or null password).',
    fix: 'Set a password for the account or sign in another way.',
  },
  '50057': { meaning: 'The user account is disabled.', fix: 'Enable the account in Entra ID › Users, or sign in with another account.' },
  '50058': { meaning: 'A silent sign-in found no signed-in user.', fix: 'Sign in interactively (start the sign-in again).' },
  '50059': {
    meaning: 'No tenant could be found in the request or the credentials.',
    fix: 'Use your tenant ID or domain instead of common for a single-tenant app.',
  },
  '50076': {
    meaning: 'Multi-factor authentication is required by policy.',
    fix: 'Complete MFA during the interactive sign-in; non-interactive flows cannot satisfy it.',
  },
  '50079': {
    meaning: 'The user must register for multi-factor authentication.',
    fix: 'Register MFA methods at https://aka.ms/mfasetup, then sign in again.',
  },
  '50105': {
    meaning: 'The signed-in user is not assigned to the application.',
    fix: 'Enterprise applications › the app › Users and groups: assign the user, or turn off "Assignment required".',
  },
  '50126': { meaning: 'The user name or password is wrong.', fix: 'Check the credentials and sign in again.' },
  '50128': {
    meaning: 'The domain name is not valid or no tenant was found for it.',
    fix: 'Check the tenant domain; use the tenant ID GUID if unsure.',
  },
  '50146': {
    meaning: 'The app needs an app-specific signing key, which is not configured.',
    fix: 'Configure the signing key on the app or contact its publisher.',
  },
  '50148': {
    meaning: 'The PKCE code_verifier does not match the code_challenge of the request.',
    fix: 'Start the sign-in again; do not reuse an older code.',
  },
  '50158': {
    meaning: 'An external security challenge (e.g. a third-party MFA) was not satisfied.',
    fix: 'Complete the challenge during the interactive sign-in.',
  },
  '50173': {
    meaning: 'The grant expired because the user changed their password or it was revoked.',
    fix: 'Sign in again to get a new code or refresh token.',
  },
  '53000': {
    meaning: 'A Conditional Access policy requires a compliant or managed device.',
    fix: 'Sign in from a managed device, or ask an admin to adjust the policy for this app.',
  },
  '53003': {
    meaning: 'Access was blocked by a Conditional Access policy.',
    fix: 'Check the sign-in logs for the policy that blocked it and ask an admin to exclude the app or location.',
  },
  '54005': {
    meaning: 'The authorization code was already redeemed.',
    fix: 'Codes are single-use: get a new code and save the instance once.',
  },
  '65001': {
    meaning: "The user or an administrator has not consented to the app's permissions.",
    fix: `Grant consent: sign in as an admin and accept, or ${PERMISSIONS} › Grant admin consent.`,
  },
  '65004': {
    meaning: 'The user declined to consent to the app.',
    fix: 'Start the sign-in again and accept, or have an admin grant consent for the tenant.',
  },
  '65005': {
    meaning: 'The app asks for permissions it does not list, or for a resource that is not available.',
    fix: `${PERMISSIONS}: add exactly the permissions the request asks for.`,
  },
  '70000': {
    meaning: 'The grant (code or refresh token) is invalid, expired, revoked, or for another client.',
    fix: 'Get a new code with the same client ID and redirect URI and redeem it at once.',
  },
  '70001': {
    meaning: 'The application is disabled or does not exist in this tenant.',
    fix: 'Check the client ID and tenant; for a multi-tenant app, an admin must consent in this tenant first.',
  },
  '70002': {
    meaning: 'The client credentials could not be validated.',
    fix: `${SECRETS}: check the secret Value and that it has not expired.`,
  },
  '70008': {
    meaning: 'The authorization code or refresh token has expired.',
    fix: 'Codes live about 10 minutes: get a new one and save the instance right away.',
  },
  '70011': {
    meaning: 'The requested scope is not valid.',
    fix: 'Check the scopes: one resource per request, and .default for client credentials.',
  },
  '70016': {
    meaning: 'Device code: the user has not finished signing in yet (authorization pending).',
    fix: 'Enter the code at the device login page; the polling continues meanwhile.',
  },
  '70019': { meaning: 'The device code has expired.', fix: 'Start the device sign-in again and enter the new code within its lifetime.' },
  '70043': {
    meaning: 'The refresh token expired or is invalid because of a Conditional Access sign-in frequency policy.',
    fix: 'Authorize again; ask an admin about the sign-in frequency policy.',
  },
  '90002': {
    meaning: 'The tenant was not found.',
    fix: 'Check the tenant ID or domain, and that you chose the right cloud (GCC High and DoD sign in at login.microsoftonline.us).',
  },
  '90014': {
    meaning: 'A required field is missing from the request.',
    fix: 'Check the client ID, redirect URI and scope on the App details step.',
  },
  '90072': {
    meaning: 'The account from the identity provider does not exist in this tenant.',
    fix: 'Invite the user as a guest, or sign in with an account of this tenant.',
  },
  '90094': {
    meaning: "An administrator must consent to the app's permissions.",
    fix: 'Ask a Global or Privileged Role Administrator to open the admin-consent link.',
  },
  '90095': {
    meaning: 'An admin must approve the app (admin consent workflow).',
    fix: 'Submit the consent request and wait for an admin to approve it.',
  },
  '500011': {
    meaning: 'The resource (API) principal was not found in the tenant.',
    fix: 'Check the resource for the chosen cloud; an admin must consent for the API to exist in the tenant.',
  },
  '500113': {
    meaning: 'No reply address (redirect URI) is registered for the app.',
    fix: `${AUTHENTICATION}: add a redirect URI on the Web platform.`,
  },
  '650052': {
    meaning: 'The app needs access to a service the organisation has not subscribed to or enabled.',
    fix: "Check the tenant's licences, or remove the permission for that service.",
  },
  '700016': {
    meaning: 'No application with this client ID exists in the tenant.',
    fix: 'Check the Application (client) ID, the tenant and the cloud; a single-tenant app signs in only in its own tenant.',
  },
  '700024': {
    meaning: 'The client assertion is not within its valid time range.',
    fix: 'Check the clock of the machine that signs the assertion.',
  },
  '700027': {
    meaning: 'The client assertion failed signature validation.',
    fix: `${SECRETS}: upload the certificate whose private key signs the assertion.`,
  },
  '700054': {
    meaning: 'The app asked for an ID token but ID tokens are not enabled for it.',
    fix: `${AUTHENTICATION}: enable ID tokens, or request only a code.`,
  },
  '700082': { meaning: 'The refresh token expired after a long time without use.', fix: 'Authorize again to get a new code.' },
  '7000112': {
    meaning: 'The application is disabled.',
    fix: 'Enterprise applications › the app › Properties: Enabled for users to sign in: Yes.',
  },
  '7000215': {
    meaning: 'The client secret is wrong.',
    fix: `${SECRETS}: copy the secret's Value (not its Secret ID), or create a new one.`,
  },
  '7000218': {
    meaning: 'The request needs a client secret or assertion: public client flows are off.',
    fix: `${AUTHENTICATION} › Advanced settings › Allow public client flows: Yes.`,
  },
  '7000222': { meaning: 'The client secret has expired.', fix: `${SECRETS}: create a new secret and update the instance.` },
  '9002313': {
    meaning: 'The request is malformed or invalid.',
    fix: 'Rebuild the sign-in from the wizard rather than editing the URL by hand.',
  },
  '9002326': {
    meaning:
      'Cross-origin token redemption is permitted only for the Single-page application client type: the redirect URI is registered on the Web platform only.',
    fix: `${AUTHENTICATION} › Add a platform › Single-page application: add the wizard's address. An app may have both Web and Single-page application redirect URIs.`,
  },
  '9002327': {
    meaning: 'Tokens issued for the Single-page application client type may only be redeemed through cross-origin requests.',
    fix: "Keep the product's redirect URI on the Web platform and the wizard's address on Single-page application; the product needs a Web redirect URI.",
  },
};

/** Protocol-level errors (RFC 6749, RFC 8628) without an AADSTS number. */
export const PROTOCOL_ERRORS: Record<string, ErrorEntry> = {
  access_denied: {
    meaning: 'The sign-in was cancelled or consent was declined.',
    fix: 'Start the sign-in again and accept the permissions, or ask an administrator to grant consent.',
  },
  invalid_request: {
    meaning: 'The identity platform rejected the request.',
    fix: 'Check the client ID, tenant and redirect URI on the App details step.',
  },
  invalid_client: {
    meaning: 'The client is unknown or its credentials were rejected.',
    fix: 'Check the Application (client) ID, the chosen cloud and, where used, the secret.',
  },
  invalid_grant: {
    meaning: 'The code, device code or refresh token is invalid, expired or already used.',
    fix: 'Start the sign-in again and use the new code at once.',
  },
  unauthorized_client: {
    meaning: 'The app may not use this flow.',
    fix: 'Check the app registration platform, "Allow public client flows", and supported account types.',
  },
  invalid_scope: {
    meaning: 'A requested permission does not exist for this resource.',
    fix: 'Check the API permissions configured on the app.',
  },
  consent_required: { meaning: 'Consent is needed before this app can be used.', fix: 'Sign in as an admin and grant consent.' },
  interaction_required: { meaning: 'The user must sign in interactively (MFA, consent or a policy).', fix: 'Start the sign-in again.' },
  login_required: { meaning: 'The user must sign in interactively.', fix: 'Start the sign-in again.' },
  server_error: { meaning: 'The identity platform had an internal error.', fix: 'Try again in a moment.' },
  temporarily_unavailable: { meaning: 'The identity platform is temporarily unavailable.', fix: 'Try again in a moment.' },
  authorization_pending: { meaning: 'The user has not finished the device sign-in yet.', fix: 'Enter the code at the device login page.' },
  slow_down: { meaning: 'The server asked the client to poll less often.', fix: 'Nothing to do: polling slows down by 5 seconds.' },
  expired_token: {
    meaning: 'The device code expired before the sign-in was finished.',
    fix: 'Start the device sign-in again and enter the new code in time.',
  },
  authorization_declined: {
    meaning: 'The user declined the device sign-in.',
    fix: 'Start again and accept, or sign in with another account.',
  },
  bad_verification_code: { meaning: 'The device code sent while polling is not recognised.', fix: 'Start the device sign-in again.' },
  // The browser's answer, not the server's: msal reports a blocked popup as popup_window_error or empty_window_error.
  popup_window_error: {
    meaning: 'The browser blocked the sign-in popup.',
    fix: 'Allow pop-ups for this site (the icon at the end of the address bar) and press Verify sign-in again.',
  },
  empty_window_error: {
    meaning: 'The browser blocked the sign-in popup.',
    fix: 'Allow pop-ups for this site (the icon at the end of the address bar) and press Verify sign-in again.',
  },
};
