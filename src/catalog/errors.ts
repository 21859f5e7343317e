import type { FixActions, Source } from './fix';

/**
 * AADSTS codes an admin meets while setting up an integration (authorization code, client credentials with a secret
 * or certificate, device code, managed identity, admin consent, national clouds), what each means and the fix.
 * Written from Microsoft's "Microsoft Entra authentication and authorization error codes" reference; a code missing
 * there cites the Microsoft page that documents it. The live text of every code is on the cloud's own login host
 * at /error?code=NNNNN.
 */
export interface ErrorEntry {
  meaning: string;
  fix: string;
  source: Source;
  actions?: FixActions;
}

const REFERENCE: Source = { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes' };
const WORKLOAD_IDENTITY: Source = {
  url: 'https://learn.microsoft.com/en-us/azure/devops/pipelines/release/troubleshoot-workload-identity',
};
const SUPPORT_ARTICLES = 'MicrosoftDocs/SupportArticles-docs';
const supportArticle = (commit: string, file: string): Source => ({
  repo: SUPPORT_ARTICLES,
  commit,
  path: `support/entra/entra-id/app-integration/${file}`,
});

function documented(meaning: string, fix: string, actions?: FixActions, source: Source = REFERENCE): ErrorEntry {
  return actions ? { meaning, fix, source, actions } : { meaning, fix, source };
}

const PERMISSIONS = 'App registrations › your app › API permissions';
const AUTHENTICATION = 'App registrations › your app › Authentication';
const SECRETS = 'App registrations › your app › Certificates & secrets';
const ENTERPRISE_APP = 'Enterprise applications › your app';
const SIGN_IN_LOGS = 'Entra ID › Monitoring & health › Sign-in logs';
const CROSS_TENANT = 'Entra ID › External Identities › Cross-tenant access settings';

const RETRY = 'A passing fault at Microsoft: try again in a few minutes. If it persists, open a support request with the correlation ID.';
const START_AGAIN = 'Start the sign-in again from the wizard. Do not edit the sign-in URL by hand.';
const USE_TENANT_ID = 'Use your tenant ID (a GUID) or domain instead of common or consumers on the App details step.';
const CONDITIONAL_ACCESS = `${SIGN_IN_LOGS}: open the failed sign-in and see which Conditional Access policy applied. Ask an admin to adjust it or exclude the app.`;
const GUEST = 'Invite the account as a guest (Entra ID › Users › Invite external user), or sign in with an account of this tenant.';
const REGISTER_MFA = 'Register security info at https://aka.ms/mfasetup, then sign in again.';
const SAME_CLOUD =
  'The app, the tenant and the login host must be in the same cloud: choose the tenant’s cloud on the Cloud step and register the app there.';
const NEW_CERTIFICATE = `${SECRETS} › Certificates: upload the public certificate whose private key the product signs with, and check it has not expired.`;

export const AADSTS_ERRORS: Record<string, ErrorEntry> = {
  '16000': documented(
    'The account you signed in with does not exist in the tenant the request names, so it cannot use the app there.',
    `${GUEST} A personal Microsoft account needs a work or school account instead.`,
    { authorize: 'again' },
  ),
  '16001': documented(
    'The account chosen on the sign-in page was rejected by the session logic.',
    'Start the sign-in again and pick the account from the list, or use another account.',
    { authorize: 'again' },
  ),
  '16003': documented('The user has not been added to the tenant the app signs in to.', GUEST, { authorize: 'again' }),
  '28002': documented(
    'A scope in the token request is not valid.',
    'Check the scope for the chosen cloud on the App details step. Client credentials need <resource>/.default.',
    { sheet: true },
  ),
  '28003': documented('The code was redeemed without a scope.', START_AGAIN, { authorize: 'again' }),
  '40008': documented(
    'The federated identity provider (for example AD FS) failed.',
    'Ask the admin of the federation server to check it, then sign in again.',
  ),
  '50000': documented('The sign-in service had an internal error.', RETRY),
  '50001': documented(
    'The resource (API) the app asked for does not exist in the tenant or is disabled.',
    'Check the resource or scope for the chosen cloud. Enable the API (its service principal) in the tenant.',
    { sheet: true },
  ),
  '50002': documented(
    'A proxy with tenant restrictions blocked the sign-in to this tenant.',
    'Ask the network admin to allow this tenant in the proxy’s tenant restrictions, or sign in from another network.',
  ),
  '500011': documented(
    'The resource (API) principal was not found in the tenant: wrong tenant, wrong cloud, or the API is not enabled there.',
    'Check the tenant and the resource for the chosen cloud. An admin must consent for the API to exist in the tenant.',
    { sheet: true, authorize: 'consent' },
  ),
  '500014': documented(
    'The service principal of the resource (API) is disabled, or the subscription that provides it has lapsed.',
    'Enterprise applications › the API › Properties: Enabled for users to sign in: Yes. Check the licence that provides the API.',
  ),
  '500021': documented(
    'Tenant restrictions on this network do not allow access to this tenant.',
    'Ask the network admin to add the tenant to the allowed list, or sign in from a network without tenant restrictions.',
  ),
  '500022': documented(
    'Tenant restrictions on this network do not allow access to this tenant.',
    'Ask the network admin to add the tenant to the allowed list, or sign in from a network without tenant restrictions.',
  ),
  '50005': documented(
    'A Conditional Access policy does not allow sign-in from this device platform.',
    `Sign in from a supported platform. ${CONDITIONAL_ACCESS}`,
  ),
  '50006': documented('A signature could not be verified.', `If the product signs in with a certificate: ${NEW_CERTIFICATE}`, {
    register: ['certificate'],
  }),
  '50011': documented(
    'The redirect URI in the request is not registered on the app.',
    `${AUTHENTICATION}: add the exact redirect URI (scheme, host, port, path and trailing slash must match) on the Web platform, or on Single-page application for the PKCE check.`,
    { register: ['redirect-uri'], authorize: 'again' },
  ),
  '50012': documented(
    'The client certificate or assertion was not accepted: not valid, expired, or its signature does not match.',
    NEW_CERTIFICATE,
    { register: ['certificate'], sheet: true },
  ),
  '50013': documented(
    'The assertion is not valid: wrong issuer, expired or malformed.',
    'Get a new token and try again. The assertion must be a current token, passed on unchanged.',
    { authorize: 'again' },
  ),
  '500133': documented(
    'The assertion is not within its valid time range: the token it carries has expired.',
    'Get a new token and try again. Check the clock of the machine that sends it.',
    { authorize: 'again' },
  ),
  '50014': documented(
    'The guest account has not redeemed its invitation yet.',
    'Have the guest open the invitation and accept it, then sign in again.',
  ),
  '50020': documented(
    'The account belongs to another tenant and is not a guest here.',
    'Sign in with an account of this tenant, or register the app as multitenant and sign in at /organizations.',
    { authorize: 'again' },
  ),
  '500207': documented('This kind of account cannot be used for the resource.', 'Sign in with a work or school account.', {
    authorize: 'again',
  }),
  '500208': documented(
    'The account type does not fit the tenant, for example a personal Microsoft account where only work accounts are allowed.',
    'Sign in with a work or school account of the tenant.',
    { authorize: 'again' },
  ),
  '500212': documented(
    'The user’s home tenant does not allow access to this tenant (outbound cross-tenant access policy).',
    `Ask the admin of the user’s home tenant to allow this tenant in ${CROSS_TENANT} (outbound).`,
  ),
  '500213': documented(
    'This tenant does not allow users of the user’s home tenant (inbound cross-tenant access policy).',
    `Ask this tenant’s admin to allow the user’s tenant in ${CROSS_TENANT} (inbound).`,
  ),
  '50027': documented(
    'The JWT is not valid: missing claims, wrong issuer or audience, or outside its time range.',
    'For a certificate sign-in, check that the certificate and client ID are the registered ones and that the machine clock is right.',
    { register: ['certificate'], sheet: true },
  ),
  '50029': documented('The domain name has invalid characters.', 'Check the tenant domain for typos on the App details step.', {
    sheet: true,
  }),
  '50032': documented(
    'The certificate’s RSA key is too weak.',
    `Create a certificate with an RSA key of at least 2048 bits and upload it: ${SECRETS} › Certificates.`,
    { register: ['certificate'], sheet: true },
  ),
  '50033': documented('A transient error at the sign-in service.', RETRY),
  '50034': documented(
    'The user account does not exist in this directory.',
    'Check the user name and the tenant. A guest must be invited first.',
    { authorize: 'again' },
  ),
  '50048': documented(
    'The subject of the client assertion does not match its issuer.',
    'Both must be the Application (client) ID: check the client ID in the instance.',
    { sheet: true },
  ),
  '50049': documented(
    'The authority (login host) is unknown or not valid.',
    'Check the login host of the chosen cloud on the Cloud step.',
    { sheet: true },
  ),
  '50053': documented(
    'The account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity.',
    `${SIGN_IN_LOGS}: find sign-in error 50053 and read the failure reason. Wait, or have an admin unblock the account.`,
  ),
  '50055': documented("The user's password has expired.", 'Reset the password, then sign in again.', { authorize: 'again' }),
  '50056': documented(
    'The user has no password in the directory (invalid or null password).',
    'Set a password for the account, or sign in another way.',
  ),
  '50057': documented('The user account is disabled.', 'Enable the account in Entra ID › Users, or sign in with another account.', {
    authorize: 'again',
  }),
  '50058': documented('A silent sign-in found no signed-in user.', 'Sign in interactively (start the sign-in again).', {
    authorize: 'again',
  }),
  '50059': documented('No tenant could be found in the request or the credentials.', USE_TENANT_ID, { sheet: true }),
  '50064': documented('The user name or password could not be validated.', 'Check the credentials and sign in again.', {
    authorize: 'again',
  }),
  '50072': documented('The user must enroll for a second factor.', REGISTER_MFA, { authorize: 'again' }),
  '50074': documented(
    'Strong authentication is required and the user did not pass the MFA challenge.',
    'Complete MFA during the interactive sign-in.',
    { authorize: 'again' },
  ),
  '50076': documented(
    'Multi-factor authentication is required by policy.',
    'Complete MFA during the interactive sign-in. Non-interactive flows cannot satisfy it.',
    { authorize: 'again' },
  ),
  '50078': documented('The MFA the user presented has expired under the admin’s policy.', 'Sign in again and complete MFA.', {
    authorize: 'again',
  }),
  '50079': documented('The user must register for multi-factor authentication.', REGISTER_MFA, { authorize: 'again' }),
  '50087': documented('A transient error during strong authentication.', 'Sign in again in a moment.', { authorize: 'again' }),
  '50088': documented('The limit on telecom MFA calls was reached.', 'Wait a few minutes, or use another MFA method.'),
  '50089': documented('The sign-in flow token expired.', 'Start the sign-in again and finish it without a long pause.', {
    authorize: 'again',
  }),
  '50097': documented('Device authentication is required.', `Sign in from a registered or managed device. ${CONDITIONAL_ACCESS}`),
  '50105': documented(
    'The signed-in user is not assigned to the application.',
    `${ENTERPRISE_APP} › Users and groups: assign the user, or set Properties › Assignment required to No.`,
  ),
  '50107': documented('The federation realm or authority in the request does not exist.', 'Check the tenant on the App details step.', {
    sheet: true,
  }),
  '50125': documented(
    'The sign-in was interrupted for a password reset or password registration.',
    'Finish the password step, then sign in again.',
    { authorize: 'again' },
  ),
  '50126': documented('The user name or password is wrong.', 'Check the credentials and sign in again.', { authorize: 'again' }),
  '50128': documented(
    'The domain name is not valid or no tenant was found for it.',
    'Check the tenant domain. Use the tenant ID GUID if unsure.',
    {
      sheet: true,
    },
  ),
  '50129': documented(
    'The device must be workplace-joined (registered).',
    'Register the device with the organisation, then sign in again.',
  ),
  '50131': documented(
    'Conditional Access refused the sign-in (device state, suspicious activity, or a policy decision).',
    CONDITIONAL_ACCESS,
  ),
  '50132': documented('The session is no longer valid: the password expired or was changed.', 'Sign in again with the current password.', {
    authorize: 'again',
  }),
  '50133': documented('The session is no longer valid: the password expired or was changed.', 'Sign in again with the current password.', {
    authorize: 'again',
  }),
  '50134': documented(
    'The device code was started in one cloud or data center and approved in another.',
    'Enter the code on the device login page of the cloud where the sign-in started (Cloud step).',
    { authorize: 'again' },
  ),
  '50135': documented('A password change is required because the account is at risk.', 'Change the password, then sign in again.'),
  '50140': documented('The "Stay signed in?" prompt interrupted the sign-in. This is expected.', 'Answer the prompt; nothing to fix.'),
  '50142': documented('A Conditional Access policy requires a password change.', 'Change the password, then sign in again.'),
  '50144': documented("The user's on-premises Active Directory password has expired.", 'Reset the password, then sign in again.'),
  '50146': documented(
    'The app needs an app-specific signing key, which is not configured.',
    'Configure the signing key on the app, or contact its publisher.',
  ),
  '50147': documented('The PKCE code_challenge has a size that is not valid.', START_AGAIN, { authorize: 'again' }),
  '50148': documented(
    'The PKCE code_verifier does not match the code_challenge of the request.',
    'Start the sign-in again; do not reuse an older code.',
    { authorize: 'again' },
  ),
  '501481': documented(
    'The PKCE code_verifier does not match the code_challenge of the request.',
    'Start the sign-in again; do not reuse an older code.',
    { authorize: 'again' },
  ),
  '50149': documented('The PKCE code_challenge_method is not valid.', START_AGAIN, { authorize: 'again' }),
  '50155': documented('Device authentication failed for this user.', 'Re-register the device with the organisation, then sign in again.'),
  '50158': documented(
    'An external security challenge (for example a third-party MFA or terms of use) was not satisfied.',
    'Complete the challenge during the interactive sign-in.',
    { authorize: 'again' },
  ),
  '50173': documented(
    'The grant expired because the user changed or reset their password, or it was revoked.',
    'Sign in again to get a new code or refresh token.',
    { reset: true, authorize: 'again' },
  ),
  '50194': documented(
    'The app is single-tenant, and single-tenant apps created recently cannot sign in at /common.',
    `${USE_TENANT_ID} Or set ${AUTHENTICATION} › Supported account types to multitenant.`,
    { sheet: true },
  ),
  '50196': documented(
    'A client loop: the same token request was made too often in too short a time.',
    'Stop and wait a few minutes. Check that the product keeps its tokens instead of asking again on every call.',
  ),
  '50199': documented(
    'For security, the user must confirm the app before the sign-in completes. This is expected.',
    'Confirm the prompt; nothing to fix.',
  ),
  '51004': documented('The user account does not exist in the directory.', GUEST, { authorize: 'again' }),
  '1000104': documented('The resource is in a cloud the signing-in identity’s tenant may not reach (cross-cloud access).', SAME_CLOUD, {
    sheet: true,
  }),
  '53000': documented(
    'A Conditional Access policy requires a compliant or managed device.',
    `Sign in from a managed device. ${CONDITIONAL_ACCESS}`,
  ),
  '53001': documented(
    'A Conditional Access policy requires a domain-joined device.',
    `Sign in from a domain-joined device. ${CONDITIONAL_ACCESS}`,
  ),
  '53002': documented('The app used is not an approved app for Conditional Access.', `Sign in with an approved app. ${CONDITIONAL_ACCESS}`),
  '53003': documented('Access was blocked by a Conditional Access policy.', CONDITIONAL_ACCESS),
  '530032': documented(
    'A security policy set by the tenant admin blocked the request.',
    'Ask the tenant admin which security policy applies and whether the app can meet it.',
  ),
  '530034': documented(
    'A delegated administrator was blocked because of account risk in their home tenant.',
    'Have the home tenant’s admin remediate the account risk, then sign in again.',
  ),
  '530035': documented(
    'Security defaults blocked the request (legacy authentication, or a sign-in deemed unsafe).',
    'Use a modern sign-in (the wizard’s flows), or ask an admin to review security defaults.',
  ),
  '53004': documented(
    'The user must finish MFA registration, which is blocked because of risk.',
    'Ask an admin to remediate the risk, then register MFA and sign in again.',
  ),
  '53010': documented(
    'MFA methods can only be set up from specific locations or devices.',
    'Register MFA from an allowed location or device, then sign in again.',
  ),
  '53011': documented('The user is blocked because of risk in their home tenant.', 'Have the home tenant’s admin remediate the risk.'),
  '54005': documented('The authorization code was already redeemed.', 'Codes are single-use: get a new code and save the instance once.', {
    reset: true,
    authorize: 'again',
  }),
  '65001': documented(
    "The user or an administrator has not consented to the app's permissions.",
    `Grant consent: sign in as an admin and accept, or ${PERMISSIONS} › Grant admin consent.`,
    { register: ['consent'], authorize: 'consent' },
  ),
  '65002': documented(
    'The request uses the client ID of a Microsoft application, which needs pre-authorization for this API.',
    'Register your own app and use its Application (client) ID.',
    { sheet: true },
  ),
  '65004': documented(
    'The user declined to consent to the app.',
    'Start the sign-in again and accept, or have an admin grant consent for the tenant.',
    { authorize: 'consent' },
  ),
  '65005': documented(
    'The app asks for permissions it does not list, or for a resource that is not available.',
    `${PERMISSIONS}: add exactly the permissions the request asks for.`,
    { register: ['permissions', 'consent'] },
  ),
  '650052': documented(
    'The app needs access to a service the organisation has not subscribed to or enabled.',
    "Check the tenant's licences, or remove the permission for that service.",
  ),
  '650053': documented(
    'The app asked for a scope that does not exist on the resource.',
    `${PERMISSIONS}: keep only permissions the API offers, of the right type (delegated or application), and the ones the wizard lists.`,
    { register: ['permissions'] },
    { url: 'https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/2598' },
  ),
  '650054': documented(
    'The app asks for a resource that was removed or is no longer available.',
    `${PERMISSIONS}: remove the permissions of APIs that no longer exist in the tenant.`,
    { register: ['permissions'] },
  ),
  '650056': documented(
    'Misconfigured application: no permissions listed for the API, or no admin consent in the tenant.',
    `${PERMISSIONS}: add the API's permissions, then Grant admin consent.`,
    { register: ['permissions', 'consent'], authorize: 'consent' },
  ),
  '650057': documented(
    'The app asked for a resource (API) that is not among its configured permissions.',
    `${PERMISSIONS}: add a permission of that API, then grant consent.`,
    { register: ['permissions', 'consent'] },
  ),
  '650059': documented(
    'The app is limited to its home tenant (signInAudience AzureADMyOrg) and cannot be used in this one.',
    `Sign in in the app's home tenant, or set ${AUTHENTICATION} › Supported account types to multitenant.`,
    { sheet: true },
  ),
  '70000': documented(
    'The grant (code or refresh token) is invalid, expired, revoked, or for another client.',
    'Get a new code with the same client ID and redirect URI and redeem it at once.',
    { authorize: 'again' },
  ),
  '70001': documented(
    'The application is disabled or does not exist in this tenant.',
    'Check the client ID and tenant. For a multitenant app, an admin must consent in this tenant first.',
    { sheet: true },
  ),
  '700011': documented(
    'No application with this client ID was found in the tenant the token was requested from.',
    'Check the Application (client) ID, the tenant and the cloud on the App details step.',
    { sheet: true },
  ),
  '70002': documented(
    'The client credentials could not be validated: the client secret does not match.',
    `${SECRETS}: check the secret Value and that it has not expired, or create a new one.`,
    { register: ['secret'], sheet: true },
  ),
  '700025': documented(
    'The request was treated as a public client (a Mobile and desktop redirect URI, or a flow without one), so it may not carry a secret or assertion.',
    `${AUTHENTICATION}: register the product's redirect URI on the Web platform, not Mobile and desktop. For device code, leave the secret empty.`,
    { register: ['redirect-uri'], sheet: true },
  ),
  '700027': documented('The client assertion failed signature validation.', NEW_CERTIFICATE, { register: ['certificate'], sheet: true }),
  '70003': documented(
    'The app used a grant type this app or endpoint does not support.',
    'Check the flow chosen on the Flow step and the app registration it needs.',
  ),
  '700030': documented(
    'The certificate’s subject name is not authorized for this app.',
    `Upload the certificate itself: ${SECRETS} › Certificates.`,
    { register: ['certificate'] },
  ),
  '70004': documented('The redirect URI matches no address configured on the app.', `${AUTHENTICATION}: add the exact redirect URI.`, {
    register: ['redirect-uri'],
    authorize: 'again',
  }),
  '70005': documented('The app asked for a response type that is not enabled for it.', START_AGAIN, { authorize: 'again' }),
  '700054': documented(
    'The app asked for an ID token but ID tokens are not enabled for it.',
    `${AUTHENTICATION}: enable ID tokens, or request only a code.`,
  ),
  '70007': documented('The app asked for a response_mode that is not supported.', START_AGAIN, { authorize: 'again' }),
  '70008': documented(
    'The authorization code or refresh token has expired.',
    'Codes live about 10 minutes: get a new one and save the instance right away.',
    { reset: true, authorize: 'again' },
  ),
  '700082': documented('The refresh token expired after a long time without use.', 'Authorize again to get a new code.', {
    reset: true,
    authorize: 'again',
  }),
  '700084': documented(
    'The refresh token was issued to a single-page app, whose refresh tokens have a short fixed lifetime.',
    'Authorize again. The product must redeem its code through a Web redirect URI, not the Single-page application one.',
    { reset: true, authorize: 'again' },
  ),
  '70011': documented(
    'The requested scope is not valid.',
    'Check the scopes: one resource per request, and .default for client credentials.',
    { sheet: true },
  ),
  '70012': documented('A server error while signing in a personal Microsoft account.', RETRY),
  '70016': documented(
    'Device code: the user has not finished signing in yet (authorization pending).',
    'Enter the code at the device login page; the polling continues meanwhile.',
  ),
  '70018': documented('The user typed a wrong code on the device login page.', 'Enter the code exactly as shown, before it expires.'),
  '70019': documented('The device code has expired.', 'Start the device sign-in again and enter the new code within its lifetime.', {
    authorize: 'again',
  }),
  '70021': documented(
    'No federated credential on the app matches the presented assertion (issuer, subject or audience).',
    `${SECRETS} › Federated credentials: the issuer, subject and audience must match the assertion exactly.`,
    undefined,
    WORKLOAD_IDENTITY,
  ),
  '70043': documented(
    'The refresh token expired or is invalid because of a Conditional Access sign-in frequency policy.',
    'Authorize again. Ask an admin about the sign-in frequency policy.',
    { reset: true, authorize: 'again' },
  ),
  '700003': documented(
    'The device object was not found in the tenant: the device was deleted from the directory.',
    'Have the home tenant’s admin check why the device was deleted, then re-register or re-join the device.',
    undefined,
    supportArticle('579ccc03a8fc15e8101d9704cc8d925b80008c93', 'error-code-aadsts700003-device-object-not-found.md'),
  ),
  '7000110': documented(
    'The code or refresh token was issued to another client ID than the one redeeming it.',
    'Redeem codes and refresh tokens with the same Application (client) ID that requested them.',
    { reset: true, authorize: 'again', sheet: true },
    supportArticle('1d6a6f543ad7be8723688ccafd70b2a22c65a384', 'error-code-aadsts7000110-request-is-ambiguous.md'),
  ),
  '700016': documented(
    'No application with this client ID exists in the tenant.',
    'Check the Application (client) ID, the tenant and the cloud. A single-tenant app signs in only in its own tenant.',
    { sheet: true },
  ),
  '700020': documented('The access grant requires interaction.', 'Sign in interactively again.', { authorize: 'again' }),
  '700021': documented(
    'The client assertion’s application identifier does not match the client_id of the request.',
    'The assertion’s sub and iss must both be the Application (client) ID: check the client ID in the instance.',
    { sheet: true },
    { url: 'https://learn.microsoft.com/en-us/azure/developer/java/sdk/troubleshooting-authentication-service-principal' },
  ),
  '700022': documented(
    'The scope names more than one resource.',
    'Ask for one resource per token, e.g. https://graph.microsoft.com/.default.',
    { sheet: true },
  ),
  '700023': documented(
    'The scope is not valid for an access token: it names no resource.',
    'Use a scope with its resource, e.g. https://graph.microsoft.com/.default.',
    { sheet: true },
  ),
  '700024': documented(
    'The client assertion is not within its valid time range.',
    'Check the clock of the machine that signs the assertion. A federated assertion lives minutes: get a fresh one.',
    undefined,
    WORKLOAD_IDENTITY,
  ),
  '7000112': documented('The application is disabled.', `${ENTERPRISE_APP} › Properties: Enabled for users to sign in: Yes.`),
  '7000215': documented('The client secret is wrong.', `${SECRETS}: copy the secret's Value (not its Secret ID), or create a new one.`, {
    register: ['secret'],
    authorize: 'again',
    sheet: true,
  }),
  '7000218': documented(
    'The request needs a client secret or assertion: public client flows are off.',
    `${AUTHENTICATION} › Advanced settings › Allow public client flows: Yes.`,
    { register: ['public-client'] },
  ),
  '7000222': documented('The client secret has expired.', `${SECRETS}: create a new secret and update the instance.`, {
    register: ['secret'],
    authorize: 'again',
    reset: true,
    sheet: true,
  }),
  '7000229': documented(
    'The app has no service principal in the tenant.',
    'Create it with admin consent in that tenant (the wizard’s admin-consent link), or Enterprise applications › New application.',
    { register: ['consent'], authorize: 'consent' },
    { url: 'https://learn.microsoft.com/en-gb/microsoftteams/platform/teams-sdk/teams/app-authentication/troubleshooting' },
  ),
  '700229': documented(
    'Only app-only tokens can serve as federated credentials for the Entra issuer; a user token was used.',
    'Use a token from the client credentials flow (or a managed identity) as the assertion.',
  ),
  '700005': documented(
    'The authorization code was issued for another tenant than the one redeeming it.',
    'Redeem the code at the same tenant it was requested from: keep the tenant identical on the App details step.',
    { authorize: 'again', sheet: true },
  ),
  '1000031': documented('The application cannot be accessed at this time.', 'Ask the tenant admin why the application is blocked.'),
  '90002': documented(
    'The tenant was not found.',
    'Check the tenant ID or domain, and that you chose the right cloud (GCC High and DoD sign in at login.microsoftonline.us).',
    { sheet: true },
  ),
  '90004': documented('The request is not properly formatted.', START_AGAIN, { authorize: 'again' }),
  '90006': documented('The service is temporarily unavailable.', RETRY),
  '90008': documented(
    'The app needs at least the permission to sign in and read the user profile.',
    `${PERMISSIONS}: add Microsoft Graph User.Read (delegated), then grant consent.`,
    { register: ['permissions', 'consent'] },
  ),
  '90009': documented(
    'The app asked for a token for itself, which needs its GUID application ID as the resource.',
    'Use the Application (client) ID GUID in the scope, not an App ID URI.',
    { sheet: true },
  ),
  '9001023': documented('This grant type is not supported at /common or /consumers.', USE_TENANT_ID, { sheet: true }),
  '90012': documented('The request timed out.', RETRY),
  '90014': documented(
    'A required field is missing from the request.',
    'Check the client ID, redirect URI and scope on the App details step.',
    { sheet: true },
  ),
  '900144': documented(
    'The request body is missing a required parameter (named in the message).',
    'Check the client ID, secret, redirect URI and scope on the App details step.',
    { sheet: true },
  ),
  '90015': documented('The query string is too long.', START_AGAIN, { authorize: 'again' }),
  '90019': documented('The tenant could not be determined from the request.', USE_TENANT_ID, { sheet: true }),
  '90023': documented('The authentication request is not valid.', START_AGAIN, { authorize: 'again' }),
  '9002313': documented(
    'The request is malformed or invalid.',
    'Rebuild the sign-in from the wizard rather than editing the URL by hand.',
    { authorize: 'again' },
  ),
  '9002326': documented(
    'Cross-origin token redemption is permitted only for the Single-page application client type: the redirect URI is registered on the Web platform only.',
    `${AUTHENTICATION} › Add a platform › Single-page application: add the wizard's address. An app may have both Web and Single-page application redirect URIs.`,
    { register: ['redirect-uri'] },
    { url: 'https://learn.microsoft.com/en-us/answers/questions/385914/aadsts9002326-how-to-use-single-page-app-redirect' },
  ),
  '9002327': documented(
    'Tokens issued for the Single-page application client type may only be redeemed through cross-origin requests.',
    "Keep the product's redirect URI on the Web platform and the wizard's address on Single-page application; the product needs a Web redirect URI.",
    { register: ['redirect-uri'] },
    { url: 'https://learn.microsoft.com/en-us/answers/questions/1601797/aadsts9002327-tokens-issued-for-the-single-page-ap' },
  ),
  '9002332': documented('The app is for Microsoft Entra accounts only and was asked at /consumers.', USE_TENANT_ID, { sheet: true }),
  '90024': documented('A transient error (request budget exceeded).', RETRY),
  '90027': documented(
    'Tokens for personal accounts cannot be issued from this (v1) endpoint.',
    'Use the v2.0 endpoint, or sign in with a work or school account.',
    { sheet: true },
  ),
  '90033': documented('The directory service is unavailable.', RETRY),
  '90038': documented('The tenant belongs to a national cloud that this cloud does not federate with.', SAME_CLOUD, {
    sheet: true,
  }),
  '900384': documented('A JWT (for example the client assertion) failed signature validation.', NEW_CERTIFICATE, {
    register: ['certificate'],
  }),
  '90043': documented('An authorization code was redirected across national clouds, which is disabled.', SAME_CLOUD, {
    sheet: true,
  }),
  '900382': documented('A confidential client is not supported in a cross-cloud request.', SAME_CLOUD, { sheet: true }),
  '900432': documented('A confidential client is not supported in a cross-cloud request.', SAME_CLOUD, { sheet: true }),
  '900439': documented(
    'An app registered in Azure Government signed in at a public-cloud endpoint.',
    'Sign in at https://login.microsoftonline.us: choose the US Government cloud on the Cloud step.',
    { sheet: true },
    supportArticle('7407391a09ead82656469165f9832cd971886b83', 'error-aadsts900439-usgclientnotsupportedonpublicendpoint.md'),
  ),
  '90051': documented('The national cloud identifier is not valid.', 'Check the cloud chosen on the Cloud step.', { sheet: true }),
  '90055': documented('Too many requests from this tenant: it is throttled.', 'Wait a few minutes, then try again.'),
  '90056': documented('The code must be redeemed with a POST to the /token endpoint.', START_AGAIN, { authorize: 'again' }),
  '900561': documented(
    'The endpoint accepts only POST requests and got a GET, e.g. from the browser’s back button.',
    'Ignore it, or start the sign-in again from the wizard.',
  ),
  '90072': documented(
    'The account from the identity provider does not exist in this tenant.',
    'Invite the user as a guest, or sign in with an account of this tenant.',
    { authorize: 'again' },
  ),
  '90093': documented(
    'Microsoft Graph refused the request for the signed-in user.',
    `${PERMISSIONS}: check the delegated permissions and their consent, and that the user may read the data.`,
    { register: ['permissions', 'consent'] },
  ),
  '90094': documented(
    "An administrator must consent to the app's permissions.",
    'Ask a Global or Privileged Role Administrator to open the admin-consent link.',
    { register: ['consent'], authorize: 'consent' },
  ),
  '90095': documented(
    'An admin must approve the app (admin consent workflow).',
    'Submit the consent request and wait for an admin to approve it.',
  ),
  '90099': documented(
    'The app has not been authorized in the customer tenant, so partner delegated admins cannot use it.',
    'Consent to the app in the customer tenant first (pre-consent or the Partner Center API).',
    { authorize: 'consent' },
  ),
  '900971': documented(
    'No reply address (redirect URI) was provided.',
    `${AUTHENTICATION}: add the redirect URI, and set the same one on the App details step.`,
    { register: ['redirect-uri'], sheet: true },
  ),
  '90100': documented('A request parameter is empty or not valid.', 'Check the values on the App details step.', { sheet: true }),
  '901002': documented(
    'The v2.0 endpoint does not accept the resource parameter.',
    'Use a scope (<resource>/.default) instead of resource, or the v1 endpoint for v1 integrations.',
    { sheet: true },
  ),
  '90102': documented(
    'A value must be a valid absolute URI (e.g. the redirect URI).',
    'Enter the full redirect URI, starting with https://, on the App details step.',
    { sheet: true },
  ),
  '90112': documented('The application identifier must be a GUID.', 'Use the Application (client) ID GUID, not the app name.', {
    sheet: true,
  }),
  '90119': documented('The device sign-in got an empty user code.', 'Enter the code shown by the wizard.'),
  '90120': documented('The device code request was already approved or declined.', 'Start the device sign-in again for a new code.', {
    authorize: 'again',
  }),
  '90124': documented('This (v1) resource is not supported at /common or /consumers.', USE_TENANT_ID, { sheet: true }),
  '90130': documented('This application is not supported at /common or /consumers.', USE_TENANT_ID, { sheet: true }),
  '500113': documented(
    'No reply address (redirect URI) is registered for the app.',
    `${AUTHENTICATION}: add a redirect URI on the Web platform.`,
    { register: ['redirect-uri'] },
    { url: 'https://learn.microsoft.com/en-us/answers/a/183761' },
  ),
  '500571': documented(
    'The guest user account is disabled in the resource tenant.',
    'Ask the resource tenant’s admin to enable the guest account.',
    undefined,
    supportArticle('a062382dd2df315142da2e6955dc25ff085e06c9', 'error-code-aadsts500571-guest-user-account-is-disabled.md'),
  ),
};

const RFC_6749_ERRORS: Source = { url: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1' };
const RFC_8628_ERRORS: Source = { url: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5' };
const OPENID_ERRORS: Source = { url: 'https://openid.net/specs/openid-connect-core-1_0.html#AuthError' };
const DEVICE_CODE_FLOW: Source = { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code' };
const MSAL_BROWSER_ERRORS: Source = {
  repo: 'AzureAD/microsoft-authentication-library-for-js',
  commit: 'cbc567c5409cd61926cea40c3aa54effe22587cb',
  path: 'lib/msal-browser/src/error/BrowserAuthErrorCodes.ts',
};

/** Protocol-level errors (RFC 6749, RFC 8628, OpenID Connect) without an AADSTS number. */
export const PROTOCOL_ERRORS: Record<string, ErrorEntry> = {
  access_denied: documented(
    'The sign-in was cancelled or consent was declined.',
    'Start the sign-in again and accept the permissions, or ask an administrator to grant consent.',
    { authorize: 'consent' },
    RFC_6749_ERRORS,
  ),
  invalid_request: documented(
    'The identity platform rejected the request.',
    'Check the client ID, tenant and redirect URI on the App details step.',
    { sheet: true },
  ),
  invalid_client: documented(
    'The client is unknown or its credentials were rejected.',
    'Check the Application (client) ID, the chosen cloud and, where used, the secret.',
    { sheet: true },
  ),
  invalid_grant: documented(
    'The code, device code or refresh token is invalid, expired or already used.',
    'Start the sign-in again and use the new code at once.',
    { authorize: 'again' },
  ),
  unauthorized_client: documented(
    'The app may not use this flow.',
    'Check the app registration platform, "Allow public client flows", and supported account types.',
  ),
  unsupported_grant_type: documented(
    'The authorization server does not support this grant type.',
    'Check the flow chosen on the Flow step.',
  ),
  invalid_resource: documented(
    'The target resource does not exist, cannot be found, or is not configured in the tenant.',
    'Check the resource or scope for the chosen cloud, and that the API is enabled in the tenant.',
    { sheet: true },
  ),
  invalid_scope: documented(
    'A requested permission does not exist for this resource.',
    'Check the API permissions configured on the app.',
    { register: ['permissions'] },
    RFC_6749_ERRORS,
  ),
  consent_required: documented(
    'Consent is needed before this app can be used.',
    'Sign in as an admin and grant consent.',
    { authorize: 'consent' },
    OPENID_ERRORS,
  ),
  interaction_required: documented('The user must sign in interactively (MFA, consent or a policy).', 'Start the sign-in again.', {
    authorize: 'again',
  }),
  login_required: documented('The user must sign in interactively.', 'Start the sign-in again.', { authorize: 'again' }, OPENID_ERRORS),
  server_error: documented('The identity platform had an internal error.', 'Try again in a moment.', undefined, RFC_6749_ERRORS),
  temporarily_unavailable: documented('The identity platform is temporarily unavailable.', 'Try again in a moment.'),
  authorization_pending: documented(
    'The user has not finished the device sign-in yet.',
    'Enter the code at the device login page.',
    undefined,
    DEVICE_CODE_FLOW,
  ),
  slow_down: documented(
    'The server asked the client to poll less often.',
    'Nothing to do: polling slows down by 5 seconds.',
    undefined,
    RFC_8628_ERRORS,
  ),
  expired_token: documented(
    'The device code expired before the sign-in was finished.',
    'Start the device sign-in again and enter the new code in time.',
    { authorize: 'again' },
    DEVICE_CODE_FLOW,
  ),
  authorization_declined: documented(
    'The user declined the device sign-in.',
    'Start again and accept, or sign in with another account.',
    { authorize: 'again' },
    DEVICE_CODE_FLOW,
  ),
  bad_verification_code: documented(
    'The device code sent while polling is not recognised.',
    'Start the device sign-in again.',
    { authorize: 'again' },
    DEVICE_CODE_FLOW,
  ),
  // The browser's answer, not the server's: msal reports a blocked popup as popup_window_error or empty_window_error.
  popup_window_error: documented(
    'The browser blocked the sign-in popup.',
    'Allow pop-ups for this site (the icon at the end of the address bar) and press Verify sign-in again.',
    undefined,
    MSAL_BROWSER_ERRORS,
  ),
  empty_window_error: documented(
    'The browser blocked the sign-in popup.',
    'Allow pop-ups for this site (the icon at the end of the address bar) and press Verify sign-in again.',
    undefined,
    MSAL_BROWSER_ERRORS,
  ),
};
