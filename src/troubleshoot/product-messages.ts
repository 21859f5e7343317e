/**
 * What the product prints when authentication fails, as its shared Microsoft module (MicrosoftApiModule) and the
 * integrations' main() word it, with the cause and fix in the wizard's words.
 */
export interface ProductMessage {
  code: string;
  pattern: RegExp;
  meaning: string;
  fix: string;
  /** Send the admin back to the wizard to get a new authorization code or credential. */
  authorizeAgain?: boolean;
  /** The product keeps tokens until they are reset: run the integration's reset command first. */
  reset?: boolean;
}

export const PRODUCT_MESSAGES: ProductMessage[] = [
  {
    code: 'session_state in the authorization code',
    pattern: /Malformed auth_code parameter/i,
    meaning: 'The authorization code field holds more than the code: the address bar text after it (&session_state=…) came along.',
    fix: 'Paste only the value after code= and before the next &. The wizard’s sheet gives the bare code; codes live about 10 minutes, so get a new one.',
    authorizeAgain: true,
  },
  {
    code: 'Key or certificate missing',
    pattern: /Key or Certificate Thumbprint and Private Key must be provided/i,
    meaning:
      'A self-deployed app needs a client secret, or a certificate thumbprint together with its private key; the instance has neither.',
    fix: 'Fill the client secret, or both the certificate thumbprint and the private key (the wizard makes or checks a certificate on App details).',
    authorizeAgain: true,
  },
  {
    code: 'Key missing',
    pattern: /Key must be provided/i,
    meaning: 'Without "Use a self-deployed Azure application", the instance expects the Key from the vendor-hosted app, and it is empty.',
    fix: 'Either paste the ID, Token and Key from the vendor’s authorization page, or check "Use a self-deployed Azure application" and give your own app’s values.',
  },
  {
    code: 'Redirect URI and code go together',
    pattern: /provide both Application redirect URI and Authorization code/i,
    meaning: 'For the authorization code flow the product needs both the redirect URI and the code; for client credentials, neither.',
    fix: 'Fill both (the redirect URI exactly as registered on the app, and a fresh code), or clear both to use client credentials.',
    authorizeAgain: true,
  },
  {
    code: 'msal missing',
    pattern: /Unable to use certificate authentication because `?msal`? is missing/i,
    meaning: 'The integration’s container image lacks the msal library it signs certificate assertions with.',
    fix: 'Update the integration’s pack (its current image has msal), or use a client secret until then.',
  },
  {
    code: 'Managed identity: not on an Azure VM',
    pattern: /Azure Managed Identities.*(169\.254\.169\.254|Max retries|Connection refused|timed out|Failed to establish)/is,
    meaning:
      'The engine could not reach the Azure Instance Metadata Service: it is not running on an Azure VM (or the VM blocks 169.254.169.254).',
    fix: 'Run the instance on an engine hosted on an Azure VM with a managed identity, or use a self-deployed app instead.',
  },
  {
    code: 'Managed identity: identity not found',
    pattern: /Azure Managed Identities.*(Identity not found|not assigned|does not exist)/is,
    meaning: 'The VM has no managed identity with that client ID, or none at all.',
    fix: 'In the Azure portal, VM › Identity: turn on the system-assigned identity, or assign the user-assigned identity whose Client ID the instance names (leave the field empty for the system-assigned one).',
  },
  {
    code: 'Missing scope permissions',
    pattern: /Missing scope permissions on the request/i,
    meaning: 'The token lacks a permission the API requires, although it may be added to the app: consent was given before it was added.',
    fix: 'Consent again: add &prompt=consent to the end of the sign-in URL (the vendor’s advice), sign in and accept, then use the new code. For application permissions, grant admin consent again on API permissions.',
    authorizeAgain: true,
    reset: true,
  },
];
