import type { Source } from '../../catalog/fix';
import { TOKEN_DESCRIPTIONS } from '../token-descriptions';
import type { ProductMessage } from './types';

const FORK = { repo: 'metron-labs/content', commit: 'f85a918e004975360a1ed050ac9e9700940d9779' };

/** A file of the content repository at the snapshot every product message was read from. */
export function contentFile(path: string): Source {
  return { ...FORK, path };
}

const MODULE = contentFile('Packs/ApiModules/Scripts/MicrosoftApiModule/MicrosoftApiModule.py');
const GRAPH_MAIL = contentFile('Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail/MicrosoftGraphMail.py');
const GRAPH_FILES = contentFile('Packs/MicrosoftGraphFiles/Integrations/MicrosoftGraphFiles/MicrosoftGraphFiles.py');
const AUTH_ARTICLE = { url: 'https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication' };

const QUOTES = '"\'`‘’“”';

/**
 * A phrase as pattern source: any whitespace between words (the War Room wraps long lines), and quotes or backticks
 * optional (the War Room's markdown drops backticks; the product mixes quote styles).
 */
export function words(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      [...word].map((char) => (QUOTES.includes(char) ? `[${QUOTES}]?` : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join(''),
    )
    .join('\\s+');
}

/** Any of the phrases, case-insensitive. */
export function phrases(...texts: string[]): RegExp {
  return new RegExp(texts.map(words).join('|'), 'i');
}

/**
 * The token errors diagnose names by themselves (an AADSTS number, a known description, the product's reset hint after
 * one): where one is in the text, the module's general messages would only repeat it.
 */
const DESCRIBED_TOKEN_ERROR = `AADSTS\\d|${TOKEN_DESCRIPTIONS.map(([pattern]) => pattern.source).join('|')}`;
const NAMED_TOKEN_ERROR = `${DESCRIBED_TOKEN_ERROR}|-auth-reset`;

/** The integrations that read an optional subscription or resource group with the module's get_from_args_or_params. */
const SUBSCRIPTION_FROM_ARGS = [
  'azure',
  'azure-compute',
  'azure-key-vault',
  'azure-kubernetes-services',
  'azure-network-security-groups',
  'azure-storage',
];

/** What the shared Microsoft module (MicrosoftApiModule) and the checks many integrations share print about sign-in. */
export const MODULE_MESSAGES: ProductMessage[] = [
  {
    code: 'session_state in the authorization code',
    text: 'Malformed auth_code parameter: Please copy the auth code from the redirected uri without any additional info and without the "session_state" query parameter.',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: phrases('Malformed auth_code parameter'),
    meaning: 'The authorization code field holds more than the code: the address bar text after it (&session_state=…) came along.',
    fix: 'Paste only the value after code= and before the next &. The wizard’s sheet gives the bare code; codes live about 10 minutes, so get a new one.',
    actions: { authorize: 'again' },
  },
  {
    code: 'Key or certificate missing',
    text: 'Key or Certificate Thumbprint and Private Key must be provided.',
    integrations: [
      'microsoft-graph-mail',
      'microsoft-graph-mail-single-user',
      'microsoft-graph-calendar',
      'microsoft-graph-files',
      'microsoft-graph-teams',
      'microsoft-graph-search',
      'azure-compute',
      'azure-resource-graph',
      'azure-key-vault',
      'azure-firewall',
    ],
    when: 'any',
    source: GRAPH_MAIL,
    // Variants: "…must be providedFor further…" (Compute, Resource Graph), "Either Key or (Certificate Thumbprint and
    // Private Key)…" (Files), "Client Secret or Certificate Thumbprint…" (Key Vault, Firewall).
    pattern: new RegExp(`(?:Key|Client\\s+Secret)\\s+or\\s+\\(?${words('Certificate Thumbprint and Private Key')}\\)?`, 'i'),
    meaning:
      'A self-deployed app signs in with a client secret (the Key field), or with a certificate: its thumbprint together with its private key. The instance has neither, or only half of the certificate.',
    fix: 'On the sheet, fill the Key (client secret value), or both the Certificate Thumbprint and the Private Key. App details makes or checks a certificate; registering the app can add a secret.',
    actions: { sheet: true, register: ['secret'] },
  },
  {
    code: 'Key missing',
    text: 'Key must be provided. For further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication',
    integrations: [
      'microsoft-graph-mail',
      'microsoft-graph-mail-single-user',
      'microsoft-graph-calendar',
      'microsoft-graph-files',
      'microsoft-graph-teams',
      'microsoft-graph-search',
      'azure-compute',
    ],
    when: 'any',
    source: GRAPH_MAIL,
    // Not "…and Private Key must be provided", which the entry above explains.
    pattern: new RegExp(`(?<!\\w\\s*)\\b${words('Key must be provided')}`, 'i'),
    meaning:
      'Without "Use a self-deployed Azure application" the instance signs in through the vendor’s app and needs the Key from its authorization page; the field is empty. (Microsoft Graph Search always needs it: there it is the client secret.)',
    fix: 'Either paste the ID, Token and Key from the vendor’s authorization page, or check "Use a self-deployed Azure application" and fill your own app’s values as the sheet lists them.',
    actions: { sheet: true },
  },
  {
    code: 'Redirect URI and code go together',
    text: 'Please provide both Application redirect URI and Authorization code for Authorization Code flow, or None for the Client Credentials flow',
    integrations: ['microsoft-graph-files'],
    when: 'any',
    source: GRAPH_FILES,
    pattern: phrases('Authorization code for Authorization Code flow', 'or None for the Client Credentials flow'),
    meaning:
      'The instance has an Authorization code but no Application redirect URI: the authorization code flow needs both, client credentials neither.',
    fix: 'Fill the Application redirect URI exactly as registered on the app (the sheet shows it) next to a fresh code, or clear the Authorization code to sign in with client credentials.',
    actions: { sheet: true, authorize: 'again' },
  },
  {
    code: 'msal missing',
    text: 'Unable to use certificate authentication because `msal` is missing.',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: phrases('certificate authentication because `msal` is missing'),
    meaning: 'The integration’s container image lacks the msal library it signs certificate assertions with.',
    fix: 'Update the integration’s pack (its current image has msal), or use a client secret until then.',
    actions: {},
  },
  {
    code: 'Managed identity: not on an Azure VM',
    text: 'Error in Microsoft authorization with Azure Managed Identities: {error}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // The metadata service's address and token path, or the connection errors of an engine that cannot reach it.
    pattern:
      /Azure\s+Managed\s+Identities:[\s\S]*?(?:Max\s+retries|Connection\s+refused|timed\s+out|Failed\s+to\s+establish)|169\.254\.169\.254|metadata\/identity\/oauth2\/token/i,
    meaning:
      'The engine could not reach the Azure Instance Metadata Service (169.254.169.254): it does not run on an Azure VM, or the VM blocks that address.',
    fix: 'Run the instance on an engine hosted on an Azure VM with a managed identity, or use a self-deployed app instead.',
    actions: {},
  },
  {
    code: 'Managed identity: identity not found',
    text: 'Error in Microsoft authorization with Azure Managed Identities: Identity not found',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: /Azure\s+Managed\s+Identities:[\s\S]*?(?:Identity\s+not\s+found|not\s+assigned|does\s+not\s+exist)/i,
    meaning: 'The VM has no managed identity with that client ID, or none at all.',
    fix: 'In the Azure portal, VM › Identity: turn on the system-assigned identity, or assign the user-assigned identity whose Client ID the instance names (leave the field empty for the system-assigned one).',
    actions: { sheet: true },
  },
  {
    code: 'Managed identity: no token',
    text: 'Error in Microsoft authorization with Azure Managed Identities: {error}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // Any other answer of the metadata service; the two entries above name theirs.
    pattern:
      /Azure\s+Managed\s+Identities:(?![\s\S]*?(?:169\.254\.169\.254|Max\s+retries|Connection\s+refused|timed\s+out|Failed\s+to\s+establish|metadata\/identity|Identity\s+not\s+found|not\s+assigned|does\s+not\s+exist))/i,
    meaning:
      'The VM’s metadata service answered without a token: it refused the resource the integration asked for, or returned an error the message carries after the colon.',
    fix: 'Check the identity is enabled on the VM (VM › Identity) and that the instance’s Managed Identities Client ID is that identity’s client ID, or empty for the system-assigned one; then give the identity its role or permissions.',
    actions: { sheet: true },
  },
  {
    code: 'Missing scope permissions',
    text: "Missing scope permissions on the request. API requires one of '{permissions}'. Scopes on the request '{scopes}'",
    integrations: 'module',
    when: 'any',
    // Microsoft Graph's and the Defender API's refusal, passed on by the product; the vendor's article gives the fix.
    source: AUTH_ARTICLE,
    pattern: phrases('Missing scope permissions on the request'),
    meaning: 'The token lacks a permission the API requires, although it may be added to the app: consent was given before it was added.',
    fix: 'Consent again: add &prompt=consent to the end of the sign-in URL (the vendor’s advice), sign in and accept, then use the new code. For application permissions, grant admin consent again on API permissions.',
    actions: { authorize: 'consent', reset: true, register: ['consent'] },
  },
  {
    code: 'Token request refused',
    text: 'Error in Microsoft authorization. Status: {status}, body: {body}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: new RegExp(
      `^(?![\\s\\S]*(?:${NAMED_TOKEN_ERROR}|Server\\s+message:))[\\s\\S]*?Error\\s+in\\s+Microsoft\\s+authorization\\.\\s+Status:\\s*\\d{3},\\s+body:`,
      'i',
    ),
    meaning:
      'Microsoft’s token endpoint refused the instance’s sign-in with an error the wizard has no explanation for; the body after "body:" is Microsoft’s reason.',
    fix: 'Compare the instance’s client ID, secret or certificate, tenant ID and cloud with the sheet; if they changed, clear the stored tokens with the reset command and test again.',
    actions: { sheet: true, reset: true },
  },
  {
    code: 'Vendor sign-in service refused',
    text: 'Error in Microsoft authorization. Status: {status}, body: {body} Server message: {message}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // Only the vendor's service adds this to the product's "Error in Microsoft authorization. Status: …" line.
    pattern: phrases('Server message:'),
    meaning:
      'The vendor’s sign-in service (oproxy) would not renew the token: the ID, Token or Key from its authorization page are wrong or old, or the consent behind them was revoked.',
    fix: 'Authorize again on the vendor’s authorization page, paste its new ID, Token and Key into the instance, and clear the stored tokens with the reset command.',
    actions: { authorize: 'again', reset: true, sheet: true },
  },
  {
    code: 'Vendor sign-in service answer unreadable',
    text: 'There was a problem in retrieving an updated access token.\nThe response from the Oproxy server did not contain the expected content.',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: phrases('problem in retrieving an updated access token', 'response from the Oproxy server did not contain'),
    meaning: 'The vendor’s sign-in service answered without a token, as when a proxy or firewall answers in its place.',
    fix: 'Check that the engine reaches oproxy.demisto.ninja directly or through the instance’s proxy setting, then test again.',
    actions: { sheet: true },
  },
  {
    code: 'Sign-in retries paused',
    text: 'The request will be delayed until {time}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: phrases('The request will be delayed until'),
    meaning:
      'An earlier request to the vendor’s sign-in service failed; the product waits, longer after each failure, before it asks again.',
    fix: 'Look for the earlier error (Error in Microsoft authorization …) and fix its cause; the next command after the time shown tries again.',
    actions: {},
  },
  {
    code: 'Token request failed to send',
    text: 'Error in Microsoft authorization: {error}',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    pattern: /Error\s+in\s+Microsoft\s+authorization:(?![\s\S]*?Please\s+check\s+authentication\s+related\s+parameters)/i,
    meaning:
      'The token request did not complete: the engine could not reach the sign-in endpoint (network, DNS, proxy, TLS inspection) or the answer was not JSON.',
    fix: 'Check the engine reaches the cloud’s sign-in host (login.microsoftonline.com for the worldwide cloud), the instance’s "Use system proxy settings" and "Trust any certificate" options, and the cloud chosen.',
    actions: { sheet: true },
  },
  {
    code: 'Key not valid',
    text: 'Error in Microsoft authorization: {error} Please check authentication related parameters.',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // Graph Security words its own API failures with the same sentence: those are explained by its own entries.
    pattern: new RegExp(
      `(?<!MS\\s+Graph\\s+Security\\s+failed[\\s\\S]{0,60})${phrases('Please check authentication related parameters').source}`,
      'i',
    ),
    meaning:
      'Signing in through the vendor’s app, the Key field is not the encryption key its authorization page gave (it is not valid base64).',
    fix: 'Paste the ID, Token and Key from the vendor’s authorization page again, or check "Use a self-deployed Azure application" if these are your own app’s values.',
    actions: { sheet: true, authorize: 'again' },
  },
  {
    code: 'Expired or revoked token: reset',
    text: 'You can run the ***{prefix}-auth-reset*** command to reset the authentication process.',
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // The hint alone: with the token error before it, diagnose names that error (and its reset) instead.
    pattern: new RegExp(
      `^(?![\\s\\S]*(?:${DESCRIBED_TOKEN_ERROR}))[\\s\\S]*?You\\s+can\\s+run\\s+the\\s+\\**!?[\\w-]+-auth-reset\\**\\s+command`,
      'i',
    ),
    meaning:
      'The product follows this hint after a token error that means the stored token is expired or revoked, or the code was already used.',
    fix: 'Run the reset command the message names, get a new code or credential (the Authorize step), put it in the instance and test again.',
    actions: { reset: true, authorize: 'again' },
  },
  {
    code: 'Service not in this national cloud',
    text: "The endpoint '{}' for this cloud is not set but is used.",
    integrations: 'module',
    when: 'any',
    source: MODULE,
    // Also "The suffix '{}' for this cloud…"; the product prints the braces as they are.
    pattern: phrases('for this cloud is not set but is used'),
    meaning:
      'The Azure cloud chosen in the instance has no address for a service this integration calls (not every service runs in every national cloud).',
    fix: 'Choose the cloud your tenant lives in (the Cloud step, and the instance’s Azure cloud field); if it is right, the service is not offered there.',
    actions: { sheet: true },
  },
  {
    code: 'Defender endpoint type: Custom without URL',
    text: "Endpoint type is set to 'Custom' but no URL was provided.",
    integrations: ['microsoft-defender-endpoint'],
    when: 'any',
    source: MODULE,
    pattern: phrases("Endpoint type is set to 'Custom' but no URL was provided"),
    meaning: 'The Endpoint Type is Custom, which takes its address from the Server URL field, and that field is empty.',
    fix: 'Pick the endpoint type of your tenant (Worldwide, a geo, GCC, GCC-High or DoD), or fill the Server URL.',
    actions: { sheet: true },
  },
  {
    code: 'Defender endpoint type not set',
    text: "'Endpoint Type' is not set and no URL was provided.",
    integrations: ['microsoft-defender-endpoint'],
    when: 'any',
    source: MODULE,
    pattern: phrases("'Endpoint Type' is not set and no URL was provided"),
    meaning: 'The instance predates the Endpoint Type setting, or it was cleared, and there is no Server URL either.',
    fix: 'Pick the Endpoint Type of your tenant (Worldwide for most), then save and test.',
    actions: { sheet: true },
  },
  {
    code: 'Login URL: settings missing',
    text: 'Please make sure you entered the Authorization configuration correctly. Missing:{fields}',
    integrations: 'module',
    when: 'auth-command',
    source: MODULE,
    pattern: phrases('entered the Authorization configuration correctly'),
    meaning:
      'The generate-login-url command builds the sign-in link from the client ID, tenant ID, scope and redirect URI; the fields after "Missing:" are empty.',
    fix: 'Fill the missing fields as the sheet lists them (the redirect URI exactly as registered), save, and run the command again, or take the sign-in link from the Authorize step.',
    actions: { sheet: true },
  },
  {
    code: 'Subscription or resource group missing',
    text: 'No {key} was provided. Please provide a {key} either in the instance configuration or as a command argument.',
    integrations: SUBSCRIPTION_FROM_ARGS,
    when: 'command',
    source: MODULE,
    pattern: phrases('in the instance configuration or as a command argument'),
    meaning:
      'The command needs a subscription ID or resource group name (the word after "No"), and neither the command nor the instance gives one.',
    fix: 'Fill the default subscription ID or resource group name in the instance, or pass it as the command’s argument.',
    actions: { sheet: true },
  },
  {
    code: 'Authorization reset',
    text: 'Authorization was reset successfully. Please regenerate the credentials, and then click **Test** to validate the credentials and connection.',
    integrations: 'module',
    when: 'auth-command',
    source: MODULE,
    pattern: phrases('Please regenerate the credentials'),
    meaning: 'The stored tokens are cleared: the next command signs in from the instance’s fields again.',
    fix: 'For a signed-in user, get a new code (generate-login-url, or the Authorize step) and put it in the instance; then Test, or run the integration’s auth test command.',
    actions: { authorize: 'again' },
  },
  {
    code: 'Device code: sign-in instructions',
    text: '### Authorization instructions\n1. To sign in, use a web browser to open the page [{url}]({url})\nand enter the code **{code}** to authenticate.\n2. Run the **{command}** command in the War Room.',
    integrations: 'module',
    when: 'auth-command',
    source: MODULE,
    pattern: phrases('To sign in, use a web browser to open the page'),
    meaning: 'The auth-start command got a device code: nothing is signed in until someone enters it and the complete command runs.',
    fix: 'Open the page, enter the code within 15 minutes and sign in with an account allowed to use the app (an admin if consent is needed); then run the complete command the message names, and the auth test command.',
    actions: {},
  },
  {
    code: 'Login URL: sign-in instructions',
    text: '1. Click on the [login URL]({url}) to sign in and grant Cortex XSOAR permissions for your Azure Service Management.',
    integrations: 'module',
    when: 'auth-command',
    source: MODULE,
    pattern: phrases('to sign in and grant Cortex XSOAR permissions'),
    meaning:
      'The generate-login-url command built the sign-in link; the authorization code comes back in the address the browser is sent to.',
    fix: 'Sign in through the link, copy only the value after code= (not &session_state=…) into the Authorization code field within about 10 minutes, save, and test; the Authorize step does the same and hands over the bare code.',
    actions: { authorize: 'again' },
  },
];
