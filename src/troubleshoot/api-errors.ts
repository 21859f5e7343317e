/** Error codes of the APIs behind the integrations (Graph, Resource Manager, Defender), as their documented bodies carry them. */
export interface ApiError {
  api: 'Microsoft Graph' | 'Azure Resource Manager' | 'Microsoft Defender API';
  meaning: string;
  fix: 'permissions' | 'role' | 'reset' | 'consent-in-tenant' | 'subscription' | 'none';
}

export const API_ERRORS: Record<string, ApiError> = {
  Authorization_RequestDenied: {
    api: 'Microsoft Graph',
    meaning: 'Insufficient privileges: the token carries no permission that allows this request.',
    fix: 'permissions',
  },
  Authorization_IdentityNotFound: {
    api: 'Microsoft Graph',
    meaning: 'The app has no service principal in this tenant: it was never consented to here.',
    fix: 'consent-in-tenant',
  },
  InvalidAuthenticationToken: {
    api: 'Microsoft Graph',
    meaning: 'The access token is invalid, expired, or for another API or cloud.',
    fix: 'reset',
  },
  AuthorizationFailed: {
    api: 'Azure Resource Manager',
    meaning: 'The app (or signed-in user) has no role that allows this action at this scope.',
    fix: 'role',
  },
  ExpiredAuthenticationToken: { api: 'Azure Resource Manager', meaning: 'The access token has expired.', fix: 'reset' },
  InvalidAuthenticationTokenTenant: {
    api: 'Azure Resource Manager',
    meaning: 'The token was issued by another tenant than the one that owns the subscription.',
    fix: 'subscription',
  },
  SubscriptionNotFound: {
    api: 'Azure Resource Manager',
    meaning: 'The subscription does not exist, or the app has no role on it.',
    fix: 'subscription',
  },
  ResourceGroupNotFound: {
    api: 'Azure Resource Manager',
    meaning: 'The resource group does not exist in this subscription (names are checked as given).',
    fix: 'subscription',
  },
};
