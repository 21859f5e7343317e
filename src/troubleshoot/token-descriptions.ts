import type { Source } from '../catalog/fix';

/** A token error's description in Microsoft's words, `{…}` where the service formats a value in. */
export interface TokenDescription {
  code: string;
  text: string;
  pattern: RegExp;
  source: Source;
}

/** A pattern whose spaces (and dots) match across line breaks, so the way a paste wraps does not matter. */
export const loose = (source: string) => new RegExp(source.replaceAll(' ', String.raw`\s+`), 'is');

const REFERENCE: Source = { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes' };
const WORKLOAD_IDENTITY: Source = {
  url: 'https://learn.microsoft.com/en-us/azure/devops/pipelines/release/troubleshoot-workload-identity',
};

/**
 * The product prints a token error's description without its "AADSTSnnnnn:" prefix (its error parser keeps the text
 * after the first colon). Microsoft's reference words some descriptions with contractions the service does not use
 * ("isn't" for "is not"), so the patterns accept both.
 */
export const TOKEN_DESCRIPTION_TEXTS: TokenDescription[] = [
  {
    code: '70008',
    text: 'The provided authorization code or refresh token is expired. Send a new interactive authorization request for this user and resource.',
    pattern: loose(String.raw`authorization code or refresh token (?:has expired due to inactivity|is expired)`),
    source: {
      repo: 'MicrosoftDocs/azure-monitor-docs',
      commit: '3132b564c0ead8a6f6f211c7976ad53e0c257fa0',
      path: 'articles/azure-monitor/logs/api/errors.md',
    },
  },
  {
    code: '700082',
    text: 'The refresh token has expired due to inactivity. The token was issued on {…} and was inactive for {…}.',
    pattern: loose(String.raw`(?<!authorization code or )refresh token has expired due to inactivity`),
    source: REFERENCE,
  },
  {
    code: '50173',
    text: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
    pattern: loose(String.raw`grant has expired due to it being revoked`),
    source: REFERENCE,
  },
  {
    code: '700084',
    text: "The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of {…}, which can't be extended.",
    pattern: loose(String.raw`refresh token was issued to a single page app`),
    source: REFERENCE,
  },
  {
    code: '70043',
    text: 'The refresh token has expired or is invalid due to sign-in frequency checks by Conditional Access.',
    pattern: loose(String.raw`refresh token has expired or is invalid due to sign-in frequency`),
    source: REFERENCE,
  },
  {
    code: '54005',
    text: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    pattern: loose(String.raw`authorization code was already redeemed`),
    source: REFERENCE,
  },
  {
    code: '7000222',
    text: 'The provided client secret keys are expired. Create new keys for your app, or consider using certificate credentials for added security: https://aka.ms/certCreds',
    pattern: loose(String.raw`client secret keys (?:for app .*? )?are expired`),
    source: REFERENCE,
  },
  {
    code: '7000215',
    text: 'Invalid client secret provided.',
    pattern: loose(String.raw`invalid client secret (?:is )?provided`),
    source: WORKLOAD_IDENTITY,
  },
  {
    code: '70002',
    text: 'Error validating the credentials. The specified client_secret does not match the expected value for this client.',
    pattern: loose(String.raw`specified client_secret does not match the expected value`),
    source: REFERENCE,
  },
  {
    code: '7000218',
    text: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    pattern: loose(String.raw`must contain the following parameter: 'client_assertion' or 'client_secret'`),
    source: REFERENCE,
  },
  {
    code: '900144',
    text: "The request body must contain the following parameter: '{…}'.",
    pattern: loose(String.raw`request body must contain the following parameter: '[^']+'\.`),
    source: REFERENCE,
  },
  {
    code: '700016',
    text: "Application with identifier '{…}' wasn't found",
    pattern: loose(String.raw`application with identifier .*? (?:was not|wasn't) found`),
    source: WORKLOAD_IDENTITY,
  },
  {
    code: '90002',
    text: "The tenant name wasn't found in the data store. Check to make sure you have the correct tenant ID.",
    pattern: loose(String.raw`tenant (?:'[^']*' not found|name (?:was not|wasn't) found in the data store)`),
    source: REFERENCE,
  },
  {
    code: '50011',
    text: "The reply URL specified in the request does not match the reply URLs configured for the application: '{…}'.",
    pattern: loose(String.raw`(?:redirect uri|reply url) .*? does not match the (?:redirect uris|reply urls) configured`),
    source: { url: 'https://github.com/microsoftgraph/microsoft-graph-explorer-v4/issues/540' },
  },
  {
    code: '500113',
    text: 'No reply address is registered for the application.',
    pattern: loose(String.raw`no reply address is registered for the application`),
    source: { url: 'https://learn.microsoft.com/en-us/answers/a/183761' },
  },
  {
    code: '900971',
    text: 'No reply address provided.',
    pattern: loose(String.raw`no reply address provided`),
    source: REFERENCE,
  },
  {
    code: '65001',
    text: "The user or administrator hasn't consented to use the application with ID {…}. Send an interactive authorization request for this user and resource.",
    pattern: loose(String.raw`(?:has not|hasn't) consented to use the application`),
    source: REFERENCE,
  },
  {
    code: '65004',
    text: 'User declined to consent to access the app.',
    pattern: loose(String.raw`user declined to consent`),
    source: REFERENCE,
  },
  {
    code: '90094',
    text: 'Administrator consent is required.',
    pattern: loose(String.raw`administrator consent is required`),
    source: REFERENCE,
  },
  {
    code: '650053',
    text: "The application '{…}' asked for scope '{…}' that doesn't exist on the resource '{…}'. Contact the app vendor.",
    pattern: loose(String.raw`asked for scope '[^']*' that (?:does not|doesn't) exist on the resource`),
    source: { url: 'https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/2598' },
  },
  {
    code: '650056',
    text: "Misconfigured application. This could be due to one of the following: the client has not listed any permissions for '{…}' in the requested permissions in the client's application registration.",
    pattern: loose(String.raw`misconfigured application\. this could be due to`),
    source: REFERENCE,
  },
  {
    code: '650057',
    text: "Invalid resource. The client has requested access to a resource which isn't listed in the requested permissions in the client's application registration.",
    pattern: loose(String.raw`requested access to a resource which (?:is not|isn't) listed in the requested permissions`),
    source: REFERENCE,
  },
  {
    code: '700027',
    text: 'Client assertion failed signature validation.',
    pattern: loose(String.raw`client assertion failed signature validation`),
    source: REFERENCE,
  },
  {
    code: '700027',
    text: 'Client assertion contains an invalid signature.',
    pattern: loose(
      String.raw`client assertion contains an invalid signature|certificate with identifier used to sign the client assertion is not registered`,
    ),
    source: { url: 'https://learn.microsoft.com/en-us/azure/developer/java/sdk/troubleshooting-authentication-service-principal' },
  },
  {
    code: '700021',
    text: "The client assertion application identifier doesn't match the client_id parameter.",
    pattern: loose(String.raw`client assertion application identifier (?:does not|doesn't) match`),
    source: { url: 'https://learn.microsoft.com/en-us/azure/developer/java/sdk/troubleshooting-authentication-service-principal' },
  },
  {
    code: '700024',
    text: 'Client assertion is not within its valid time range',
    pattern: loose(String.raw`client assertion is not within its valid time range`),
    source: WORKLOAD_IDENTITY,
  },
  {
    code: '70021',
    text: 'No matching federated identity record found for presented assertion.',
    pattern: loose(String.raw`no matching federated identity record found`),
    source: WORKLOAD_IDENTITY,
  },
  {
    code: '7000110',
    text: 'Request is ambiguous, multiple application identifiers found.',
    pattern: loose(String.raw`request is ambiguous, multiple application identifiers found`),
    source: {
      repo: 'MicrosoftDocs/SupportArticles-docs',
      commit: '1d6a6f543ad7be8723688ccafd70b2a22c65a384',
      path: 'support/entra/entra-id/app-integration/error-code-aadsts7000110-request-is-ambiguous.md',
    },
  },
  {
    code: '7000229',
    text: 'The client application {…} is missing service principal in the tenant {…}.',
    pattern: loose(String.raw`is missing service principal in the tenant`),
    source: { url: 'https://learn.microsoft.com/en-gb/microsoftteams/platform/teams-sdk/teams/app-authentication/troubleshooting' },
  },
  {
    code: '700005',
    text: 'Provided Authorization Code is intended to use against other tenant, thus rejected.',
    pattern: loose(String.raw`authorization code is intended to use against other tenant`),
    source: REFERENCE,
  },
  {
    code: '50148',
    text: "The code_verifier doesn't match the code_challenge supplied in the authorization request for PKCE.",
    pattern: loose(String.raw`code_verifier (?:does not|doesn't) match the code_challenge`),
    source: REFERENCE,
  },
  {
    code: '50076',
    text: 'Due to a configuration change made by the admin such as a Conditional Access policy, per-user enforcement, or because you moved to a new location, the user must use multifactor authentication to access the resource.',
    pattern: loose(String.raw`must use multi-?factor authentication`),
    source: REFERENCE,
  },
  {
    code: '50079',
    text: 'Due to a configuration change made by the admin such as a Conditional Access policy, per-user enforcement, or because the user moved to a new location, the user is required to use multifactor authentication.',
    pattern: loose(String.raw`user is required to use multi-?factor authentication`),
    source: REFERENCE,
  },
  {
    code: '53003',
    text: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    pattern: loose(String.raw`blocked by conditional access`),
    source: REFERENCE,
  },
  {
    code: '53000',
    text: "Conditional Access policy requires a compliant device, and the device isn't compliant.",
    pattern: loose(String.raw`requires a compliant device`),
    source: REFERENCE,
  },
  {
    code: '500011',
    text: "The resource principal named {…} wasn't found in the tenant named {…}.",
    pattern: loose(String.raw`resource principal named .*? (?:was not|wasn't) found in the tenant`),
    source: REFERENCE,
  },
  {
    code: '7000112',
    text: 'The application is disabled.',
    pattern: loose(String.raw`application (?:[^.]*? )?is disabled`),
    source: REFERENCE,
  },
  {
    code: '50126',
    text: 'Error validating credentials due to invalid username or password.',
    pattern: loose(String.raw`invalid username or password`),
    source: REFERENCE,
  },
  {
    code: '50034',
    text: 'To sign into this application, the account must be added to the directory.',
    pattern: loose(String.raw`the account must be added to the directory`),
    source: REFERENCE,
  },
  {
    code: '50020',
    text: "User account '{…}' from identity provider '{…}' does not exist in tenant '{…}' and cannot access the application '{…}'({…}) in that tenant.",
    pattern: loose(String.raw`from identity provider '[^']*' does not exist in tenant`),
    source: REFERENCE,
  },
  {
    code: '50057',
    text: 'The user account is disabled.',
    pattern: loose(String.raw`user account is disabled`),
    source: REFERENCE,
  },
  {
    code: '50105',
    text: "The signed in user isn't assigned to a role for the signed in app.",
    pattern: loose(String.raw`signed in user (?:'[^']*' )?(?:is not|isn't) assigned to a role`),
    source: REFERENCE,
  },
  {
    code: '50194',
    text: "Application '{…}'({…}) isn't configured as a multitenant application. Usage of the /common endpoint isn't supported for such applications created after '{…}'.",
    pattern: loose(String.raw`(?:is not|isn't) configured as a multi-?tenant application`),
    source: REFERENCE,
  },
  {
    code: '700054',
    text: "Response_type 'id_token' isn't enabled for the application.",
    pattern: loose(String.raw`response_type 'id_token' (?:is not|isn't) enabled for the application`),
    source: REFERENCE,
  },
  {
    code: '70011',
    text: "The provided value for the input parameter 'scope' isn't valid.",
    pattern: loose(String.raw`provided value for the input parameter 'scope' (?:is not|isn't) valid`),
    source: REFERENCE,
  },
  {
    code: '9001023',
    text: "The grant type isn't supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.",
    pattern: loose(String.raw`grant type (?:is not|isn't) supported over the /common or /consumers endpoints`),
    source: REFERENCE,
  },
  {
    code: '50058',
    text: "Session information isn't sufficient for single-sign-on.",
    pattern: loose(String.raw`session information (?:is not|isn't) sufficient for single-sign-on`),
    source: REFERENCE,
  },
  {
    code: '50059',
    text: "Tenant-identifying information wasn't found in either the request or implied by any provided credentials.",
    pattern: loose(String.raw`tenant-identifying information (?:was not|wasn't) found in either the request`),
    source: REFERENCE,
  },
  {
    code: '50128',
    text: 'Invalid domain name - No tenant-identifying information found in either the request or implied by any provided credentials.',
    pattern: loose(String.raw`no tenant-identifying information found in either the request`),
    source: REFERENCE,
  },
  {
    code: '70019',
    text: 'Verification code expired. Have the user retry the sign-in.',
    pattern: loose(String.raw`verification code expired`),
    source: REFERENCE,
  },
  {
    code: '9002326',
    text: "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
    pattern: loose(String.raw`cross-origin token redemption is permitted only for the 'single-page application' client-type`),
    source: { url: 'https://learn.microsoft.com/en-us/answers/questions/385914/aadsts9002326-how-to-use-single-page-app-redirect' },
  },
  {
    code: '9002327',
    text: "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
    pattern: loose(String.raw`tokens issued for the 'single-page application' client-type may only be redeemed via cross-origin requests`),
    source: { url: 'https://learn.microsoft.com/en-us/answers/questions/1601797/aadsts9002327-tokens-issued-for-the-single-page-ap' },
  },
];

/** Pattern → AADSTS number, in the shape the troubleshooter reads. */
export const TOKEN_DESCRIPTIONS: [RegExp, string][] = TOKEN_DESCRIPTION_TEXTS.map(({ pattern, code }) => [pattern, code]);
