import type { FixActions, Source } from '../catalog/fix';

export type ApiName =
  | 'Microsoft Graph'
  | 'Azure Resource Manager'
  | 'Microsoft Defender API'
  | 'Log Analytics API'
  | 'Exchange (EWS, Outlook REST)'
  | 'Bot Framework (Microsoft Teams)';

/**
 * Error codes of the APIs behind the integrations, as their documented bodies carry them. `fix` is the kind of steps
 * the troubleshooter builds (the integration's permissions, a role, a token reset…); `advice` says what the kind alone
 * cannot.
 */
export interface ApiError {
  api: ApiName;
  meaning: string;
  fix: 'permissions' | 'role' | 'reset' | 'consent-in-tenant' | 'subscription' | 'none';
  advice?: string;
  source: Source;
  actions?: FixActions;
}

const support = (commit: string, path: string): Source => ({
  repo: 'MicrosoftDocs/SupportArticles-docs',
  commit,
  path: `support/entra/entra-id/${path}`,
});
const armTroubleshooting = (commit: string, file: string): Source => ({
  repo: 'MicrosoftDocs/azure-docs',
  commit,
  path: `articles/azure-resource-manager/troubleshooting/${file}`,
});
const COMMON_DEPLOYMENT_ERRORS = armTroubleshooting('0d5137ebedc9a95ac7bcec351db963ee4b82faf6', 'common-deployment-errors.md');
const PROVIDER_REGISTRATION = armTroubleshooting('ee90e2e72b912eeea84707a112ddc104a0ec2f71', 'error-register-resource-provider.md');
export const LOG_ANALYTICS_ERRORS: Source = {
  repo: 'MicrosoftDocs/azure-monitor-docs',
  commit: '3132b564c0ead8a6f6f211c7976ad53e0c257fa0',
  path: 'articles/azure-monitor/logs/api/errors.md',
};
export const DEFENDER_ERRORS: Source = {
  repo: 'MicrosoftDocs/defender-docs',
  commit: '09ec5ba4295d9def4102549fa7e6e077db313935',
  path: 'defender-endpoint/api/common-errors.md',
};
export const EWS_RESPONSE_CODES: Source = {
  repo: 'MicrosoftDocs/office-developer-exchange-docs',
  commit: '2ab305237f90d2c63cee61677eef5ca2c77b7e67',
  path: 'docs/web-service-reference/responsecode.md',
};
export const TEAMS_BOT_STATUS_CODES: Source = {
  url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages#status-code-responses',
};
export const REST_API_MAILBOX: Source = {
  url: 'https://learn.microsoft.com/en-US/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error',
};

const CONSENT = { register: ['permissions', 'consent'], reset: true } satisfies FixActions;
const TEAMS_APP_POLICIES = 'Teams admin center › Teams apps › Manage apps and Permission policies';

export const API_ERRORS: Record<string, ApiError> = {
  Authorization_RequestDenied: {
    api: 'Microsoft Graph',
    meaning: 'Insufficient privileges: the token carries no permission (or the user no directory role) that allows this request.',
    fix: 'permissions',
    source: support('3304bfc5afe67b2da33067023dadab8f94d9ce77', 'app-integration/troubleshoot-authorization-requestdenied-graph-api.md'),
    actions: CONSENT,
  },
  Authorization_IdentityNotFound: {
    api: 'Microsoft Graph',
    meaning: 'The app has no service principal in this tenant: it was never consented to here.',
    fix: 'consent-in-tenant',
    source: support(
      '7407391a09ead82656469165f9832cd971886b83',
      'users-groups-entra-apis/identity-of-calling-application-not-established.md',
    ),
    actions: { register: ['consent'], authorize: 'consent', reset: true },
  },
  InvalidAuthenticationToken: {
    api: 'Microsoft Graph',
    meaning: 'The access token is invalid, expired, or for another API (audience) or cloud.',
    fix: 'reset',
    advice: 'Check that the token is requested for this API’s resource in the instance’s cloud (scope <resource>/.default).',
    source: { url: 'https://learn.microsoft.com/en-us/answers/questions/625754/access-token-for-using-graph-api-to-pull-azure-ad' },
    actions: { reset: true, sheet: true },
  },
  NoPermissionsInAccessToken: {
    api: 'Microsoft Graph',
    meaning: 'The token holds no permission Graph understands, e.g. an app-only token calling /me, which needs a signed-in user.',
    fix: 'permissions',
    advice: 'With client credentials, call /users/{id} instead of /me, or use a flow with a signed-in user.',
    source: support('cff459dcafa9d5cecd2ca91d1db0871a6efee5ea', 'users-groups-entra-apis/error-call-me-endpoint-microsoft-graph.md'),
    actions: CONSENT,
  },
  Request_ResourceNotFound: {
    api: 'Microsoft Graph',
    meaning: 'The object (user, group, app) does not exist in this tenant, or was created moments ago and has not replicated yet.',
    fix: 'none',
    advice: 'Check the ID against the tenant the app signs in to. For a new object, wait a few minutes and try again.',
    source: { url: 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/6431' },
  },
  CredentialInvalidLifetimeAsPerAppPolicy: {
    api: 'Microsoft Graph',
    meaning: 'An app management policy caps the lifetime of secrets (or keys), and the new credential would outlive it.',
    fix: 'none',
    advice:
      'Create the secret with an end date within the maximum lifetime of the policy named in the message (ask an admin for it), or use a certificate.',
    source: { url: 'https://github.com/OfficeDev/microsoft-365-agents-toolkit/issues/10998' },
    actions: { register: ['secret'] },
  },
  ErrorAccessDenied: {
    api: 'Exchange (EWS, Outlook REST)',
    meaning: 'The calling account or app does not have the rights for this mailbox action.',
    fix: 'permissions',
    advice:
      'With client credentials the mail permissions must be application permissions; an application access policy can also limit the mailboxes.',
    source: EWS_RESPONSE_CODES,
    actions: CONSENT,
  },
  ErrorImpersonateUserDenied: {
    api: 'Exchange (EWS, Outlook REST)',
    meaning: 'The caller may not impersonate this mailbox.',
    fix: 'permissions',
    advice: 'App-only EWS needs the full_access_as_app application permission of Office 365 Exchange Online, with admin consent.',
    source: EWS_RESPONSE_CODES,
    actions: CONSENT,
  },
  ErrorNonExistentMailbox: {
    api: 'Exchange (EWS, Outlook REST)',
    meaning: 'The email address does not refer to a mailbox in Exchange Online.',
    fix: 'none',
    advice: 'Use the primary SMTP address of a licensed Exchange Online mailbox.',
    source: EWS_RESPONSE_CODES,
  },
  MailboxNotEnabledForRESTAPI: {
    api: 'Exchange (EWS, Outlook REST)',
    meaning: 'The mailbox is inactive, soft-deleted, on-premises, or has no Exchange Online licence, so REST (Graph mail) cannot reach it.',
    fix: 'none',
    advice: 'Use a licensed Exchange Online mailbox.',
    source: REST_API_MAILBOX,
  },
  MailboxNotSupportedForRESTAPI: {
    api: 'Exchange (EWS, Outlook REST)',
    meaning: 'This kind of mailbox is not supported by the REST API (Graph mail).',
    fix: 'none',
    advice: 'Use a licensed Exchange Online mailbox.',
    source: REST_API_MAILBOX,
  },
  Forbidden: {
    api: 'Microsoft Defender API',
    meaning: 'The token is valid but lacks the permission (application role or scope) for this action.',
    fix: 'permissions',
    source: DEFENDER_ERRORS,
    actions: CONSENT,
  },
  Unauthorized: {
    api: 'Microsoft Defender API',
    meaning: 'The authorization header is missing, invalid or expired.',
    fix: 'reset',
    source: DEFENDER_ERRORS,
    actions: { reset: true },
  },
  DisabledFeature: {
    api: 'Microsoft Defender API',
    meaning: 'The tenant feature this call needs is not enabled.',
    fix: 'none',
    advice: 'Turn the feature on in the Microsoft Defender portal (Settings › Endpoints › Advanced features).',
    source: DEFENDER_ERRORS,
  },
  ResourceNotFound: {
    api: 'Azure Resource Manager',
    meaning: 'The resource was not found: its name, resource group or subscription does not match.',
    fix: 'subscription',
    source: armTroubleshooting('ac0390f7d477c306949adccbf640fd9146568062', 'error-not-found.md'),
    actions: { sheet: true },
  },
  AuthorizationFailed: {
    api: 'Azure Resource Manager',
    meaning: 'The app (or signed-in user) has no role that allows this action at this scope.',
    fix: 'role',
    source: COMMON_DEPLOYMENT_ERRORS,
  },
  LinkedAuthorizationFailed: {
    api: 'Azure Resource Manager',
    meaning: 'The app may do the action here, but has no permission on a linked resource (e.g. a subnet or key vault in another scope).',
    fix: 'role',
    source: COMMON_DEPLOYMENT_ERRORS,
  },
  ExpiredAuthenticationToken: {
    api: 'Azure Resource Manager',
    meaning: 'The access token has expired.',
    fix: 'reset',
    source: { url: 'https://github.com/microsoft/vscode-azureappservice/issues/2483' },
    actions: { reset: true },
  },
  InvalidAuthenticationTokenTenant: {
    api: 'Azure Resource Manager',
    meaning: 'The token was issued by another tenant than the one that owns the subscription.',
    fix: 'subscription',
    advice: 'Use the tenant ID of the subscription’s directory in the instance, then clear the stored tokens.',
    source: COMMON_DEPLOYMENT_ERRORS,
    actions: { sheet: true, reset: true },
  },
  InvalidAuthenticationTokenAudience: {
    api: 'Azure Resource Manager',
    meaning: 'The token was obtained for another resource (audience) than the API called.',
    fix: 'reset',
    advice: 'Request the token for the API’s own resource, e.g. https://management.azure.com/ for Resource Manager.',
    source: LOG_ANALYTICS_ERRORS,
    actions: { reset: true, sheet: true },
  },
  SubscriptionNotFound: {
    api: 'Azure Resource Manager',
    meaning: 'The subscription does not exist, its ID is malformed, or the app has no role on it.',
    fix: 'subscription',
    source: COMMON_DEPLOYMENT_ERRORS,
    actions: { sheet: true },
  },
  ResourceGroupNotFound: {
    api: 'Azure Resource Manager',
    meaning: 'The resource group does not exist in this subscription (names are checked as given).',
    fix: 'subscription',
    source: COMMON_DEPLOYMENT_ERRORS,
    actions: { sheet: true },
  },
  MissingSubscriptionRegistration: {
    api: 'Azure Resource Manager',
    meaning: 'The subscription is not registered for the resource provider (namespace) this call uses.',
    fix: 'subscription',
    advice: 'Subscriptions › your subscription › Resource providers: select the namespace in the message and Register.',
    source: PROVIDER_REGISTRATION,
  },
  NoRegisteredProviderFound: {
    api: 'Azure Resource Manager',
    meaning: 'No registered resource provider supports this location and API version for the resource type.',
    fix: 'subscription',
    advice: 'Register the provider (Subscriptions › Resource providers) and check the location and API version in the message.',
    source: PROVIDER_REGISTRATION,
  },
  RequestDisallowedByPolicy: {
    api: 'Azure Resource Manager',
    meaning: 'An Azure Policy assignment on the subscription forbids this action.',
    fix: 'none',
    advice:
      'Find the policy named in the message (Policy › Assignments) and ask its owner for an exemption, or change the request to comply.',
    source: COMMON_DEPLOYMENT_ERRORS,
  },
  InsufficientAccessError: {
    api: 'Log Analytics API',
    meaning: 'The credentials have insufficient access to the workspace.',
    fix: 'role',
    advice:
      'Give the app a role on the workspace (Access control (IAM)), e.g. Log Analytics Reader to query. Client credentials must use the Resource Manager endpoint, not api.loganalytics.io.',
    source: LOG_ANALYTICS_ERRORS,
  },
  AuthenticationFailed: {
    api: 'Log Analytics API',
    meaning: 'The request carried no Authorization header.',
    fix: 'reset',
    source: LOG_ANALYTICS_ERRORS,
    actions: { reset: true },
  },
  PathNotFoundError: {
    api: 'Log Analytics API',
    meaning: 'The query path does not exist: a wrong endpoint URL or HTTP verb.',
    fix: 'none',
    advice: 'Check the workspace ID and the endpoint for the instance’s cloud.',
    source: LOG_ANALYTICS_ERRORS,
    actions: { sheet: true },
  },
  BotNotInConversationRoster: {
    api: 'Bot Framework (Microsoft Teams)',
    meaning: 'The bot is not part of the conversation: its Teams app is not installed in that team, chat or personal scope.',
    fix: 'none',
    advice: 'Install the Teams app in the team or chat (or for the user), then send again.',
    source: TEAMS_BOT_STATUS_CODES,
  },
  ConversationBlockedByUser: {
    api: 'Bot Framework (Microsoft Teams)',
    meaning: 'The user blocked the bot in the chat or channel.',
    fix: 'none',
    advice: 'Ask the user to unblock the bot; stop posting to that conversation until they write to it.',
    source: TEAMS_BOT_STATUS_CODES,
  },
  BotDisabledByAdmin: {
    api: 'Bot Framework (Microsoft Teams)',
    meaning: 'The tenant admin disabled this bot.',
    fix: 'none',
    advice: `Allow the app: ${TEAMS_APP_POLICIES}.`,
    source: TEAMS_BOT_STATUS_CODES,
  },
  BotNotRegistered: {
    api: 'Bot Framework (Microsoft Teams)',
    meaning: 'No bot registration was found for this bot ID.',
    fix: 'none',
    advice: 'Check the bot ID and password in the instance, and that the Azure Bot resource has the Microsoft Teams channel enabled.',
    source: TEAMS_BOT_STATUS_CODES,
    actions: { sheet: true },
  },
  ConversationNotFound: {
    api: 'Bot Framework (Microsoft Teams)',
    meaning: 'The conversation was not found: the bot was removed, or the stored conversation ID is stale.',
    fix: 'none',
    advice: 'Reinstall the app where it should post, then let the bot learn the conversation again from an incoming message.',
    source: TEAMS_BOT_STATUS_CODES,
  },
};
