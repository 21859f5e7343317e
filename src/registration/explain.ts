import type { StepFailure } from './run';

export interface Explanation {
  title: string;
  fix: string;
}

/**
 * Why a registration step failed and what to do, from Graph's and Resource Manager's documented error codes and the
 * directory roles Entra requires. `blockedByPolicy` names the origin the page's CSP refused, when that is why a request
 * got no answer.
 */
export function explainFailure(failure: StepFailure, network: { blockedByPolicy?: string } = {}): Explanation {
  switch (failure.code) {
    case 'Authorization_RequestDenied':
      return {
        title: 'Microsoft Graph refused: insufficient privileges',
        fix: 'Creating apps needs the Application Developer role (or "Users can register applications"); granting admin consent needs Cloud Application Administrator or Application Administrator, and for Microsoft Graph\'s application permissions Privileged Role Administrator or Global Administrator. Ask someone with that role to run the script or sign in here, or grant consent in the portal afterwards.',
      };
    case 'InvalidAuthenticationToken':
      return {
        title: 'Microsoft Graph did not accept the sign-in',
        fix: 'The token is expired or for another cloud: sign in again with an account of the tenant you register the app in.',
      };
    case 'Request_ResourceNotFound':
      return {
        title: 'Not found in the directory',
        fix: 'Something the plan found a moment ago is gone (deleted meanwhile?): run it again.',
      };
    case 'Request_MultipleObjectsWithSameKeyValue':
      return {
        title: 'It already exists',
        fix: 'Another object already holds this name or app ID: run the plan again, it will find and reuse it.',
      };
    case 'AuthorizationFailed':
      if (/'Microsoft\.BotService\//.test(failure.message))
        return {
          title: 'Azure refused to create the bot',
          fix: 'Creating an Azure Bot needs Contributor (or Owner) on the resource group, and registering the Microsoft.BotService resource provider needs it on the subscription. Ask an owner to run the script, or to give you that role.',
        };
      return {
        title: 'Azure refused the role assignment',
        fix: 'Assigning roles needs Owner or User Access Administrator (or Role Based Access Control Administrator) on the subscription or resource group. Ask an owner to run the script, or to assign the role in Access control (IAM).',
      };
    case 'PrincipalNotFound':
      return {
        title: 'Azure does not know the new app yet',
        fix: 'A new service principal takes a minute or two to reach Azure Resource Manager: run the plan again shortly, it continues where it stopped.',
      };
    case 'RoleAssignmentExists':
      return { title: 'The role is already assigned', fix: 'Nothing to do: the app already has this role at this scope.' };
    case 'SubscriptionNotFound':
    case 'InvalidAuthenticationTokenTenant':
      return {
        title: 'The subscription is not in this tenant',
        fix: 'Check the subscription ID, and sign in with an account of the tenant that owns it.',
      };
    case 'ResourceGroupNotFound':
      return {
        title: 'No such resource group',
        fix: 'Check the resource group name (Azure portal › Resource groups), or leave it empty to assign on the subscription.',
      };
    case 'MissingSubscriptionRegistration':
      return {
        title: 'The subscription cannot hold bots yet',
        fix: 'Microsoft.BotService is not registered on the subscription (or still registering): register it (Subscription › Resource providers › Microsoft.BotService › Register, or az provider register --namespace Microsoft.BotService), then run the plan again.',
      };
    case 'InvalidBotData':
      return {
        title: 'Azure Bot Service refused the bot',
        fix: /name is already registered/i.test(failure.message)
          ? 'A bot handle is unique across Azure and this one is taken: choose another bot name and run the plan again.'
          : failure.message,
      };
    case 'InvalidBotCreationData':
      return { title: 'Azure Bot Service refused the bot type', fix: failure.message };
    case 'SecretNotAllowedByPolicy':
    case 'CredentialTypeNotAllowedAsPerAppPolicy':
      return {
        title: "Your tenant's app management policy forbids client secrets for this app",
        fix: 'Use a certificate instead (Microsoft recommends it): on App details choose Credential › Certificate, generate one in the page or bring yours, and run the plan again; what it already made is kept. Or ask an admin to assign the app a policy that allows secrets.',
      };
    case 'CredentialInvalidLifetimeAsPerAppPolicy':
      return {
        title: "The credential would last longer than your tenant's app management policy allows",
        fix: "The plan makes it as long as the policy allows when it can read the policy, which needs Policy.Read.All and at least the Global Reader role: sign in as such an admin and run the plan again. For a certificate, make one valid no longer than the policy's limit.",
      };
    case 'InvalidDuration':
    case 'InvalidDate':
      return {
        title: "The policy's lifetime could not be read",
        fix: `${failure.message} Check the app management policy's maxLifetime: an ISO 8601 duration such as P180D.`,
      };
    case 'NotFound':
      return { title: 'The plan stopped here', fix: failure.message };
    case 'AppNotFound':
      return { title: 'No app registration with this client ID', fix: failure.message };
    case 'UnboundVariable':
      return {
        title: 'The plan is missing a value',
        fix: `${failure.message} This is a fault in the wizard's plan, not in your tenant: nothing after this step ran. Please report it.`,
      };
    case 'NetworkError':
      if (network.blockedByPolicy)
        return {
          title: "The page's Content-Security-Policy blocked the request",
          fix: `This build may not call ${network.blockedByPolicy}. Rebuild the wizard with that host in WIZARD_CONNECT_SRC, or use the Cloud Shell script.`,
        };
      return {
        title: 'The request never got an answer',
        fix: 'The browser could not reach the API (offline, a proxy, or an extension blocking it). Check the connection, or use the Cloud Shell script.',
      };
    default:
      return {
        title: `${failure.api === 'arm' ? 'Azure Resource Manager' : 'Microsoft Graph'} refused (${failure.code})`,
        fix: failure.message,
      };
  }
}
