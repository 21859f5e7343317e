import { describe, expect, it } from 'vitest';
import { REGISTRATION_CHANGES } from '../catalog/fix';
import { API_ERRORS } from './api-errors';

const MICROSOFT_GITHUB = /^https:\/\/github\.com\/(?:Azure|AzureAD|microsoft|microsoftgraph|MicrosoftDocs|OfficeDev)\//;

describe('API_ERRORS', () => {
  it('keys every entry by a code the troubleshooter can also find in plain text', () => {
    // diagnose() reads codes out of text with this shape; a key of another shape would only be found in JSON bodies.
    for (const code of Object.keys(API_ERRORS)) expect(code).toMatch(/^[A-Z][A-Za-z]+(?:_[A-Za-z]+)?$/);
  });

  it('cites a Microsoft page or repository for every code', () => {
    for (const [code, entry] of Object.entries(API_ERRORS)) {
      const source = entry.source;
      const microsoft =
        'repo' in source
          ? /^[0-9a-f]{40}$/.test(source.commit)
          : new URL(source.url).hostname === 'learn.microsoft.com' || MICROSOFT_GITHUB.test(source.url);
      expect(microsoft, code).toBe(true);
      for (const change of entry.actions?.register ?? []) expect(REGISTRATION_CHANGES, code).toContain(change);
    }
  });

  it('covers Graph, Resource Manager, Defender, Log Analytics, Exchange and Teams bot codes that point at the setup', () => {
    const expected = [
      ...['Authorization_RequestDenied', 'InvalidAuthenticationToken', 'NoPermissionsInAccessToken', 'Request_ResourceNotFound'],
      ...['ErrorAccessDenied', 'ErrorImpersonateUserDenied', 'ErrorNonExistentMailbox', 'MailboxNotEnabledForRESTAPI'],
      ...['AuthorizationFailed', 'LinkedAuthorizationFailed', 'InvalidAuthenticationTokenTenant', 'MissingSubscriptionRegistration'],
      ...['SubscriptionNotFound', 'ResourceGroupNotFound', 'NoRegisteredProviderFound', 'ResourceNotFound'],
      ...['Forbidden', 'Unauthorized', 'InsufficientAccessError', 'BotNotInConversationRoster', 'ConversationNotFound'],
      'CredentialInvalidLifetimeAsPerAppPolicy',
    ];
    expect(expected.filter((code) => !API_ERRORS[code])).toEqual([]);
  });

  it('keeps the fix kinds the troubleshooter builds its steps from', () => {
    expect(API_ERRORS.Authorization_RequestDenied?.fix).toBe('permissions');
    expect(API_ERRORS.Authorization_IdentityNotFound?.fix).toBe('consent-in-tenant');
    expect(API_ERRORS.InvalidAuthenticationToken?.fix).toBe('reset');
    expect(API_ERRORS.AuthorizationFailed?.fix).toBe('role');
    expect(API_ERRORS.InsufficientAccessError?.fix).toBe('role');
    expect(API_ERRORS.SubscriptionNotFound?.fix).toBe('subscription');
    // A kind without steps of its own says what to do in its advice.
    for (const [code, entry] of Object.entries(API_ERRORS)) if (entry.fix === 'none') expect(entry.advice, code).toBeTruthy();
  });
});
