import type { FlowId } from './types';
import { describe, expect, it } from 'vitest';
import { permissionGroups, registrationChecklist, usesRoleAssignments } from './checklist';
import { CLOUDS } from './clouds';
import { findIntegration } from './integrations';

const CLIENT = '11111111-2222-3333-4444-555555555555';

describe('registrationChecklist', () => {
  it('links each step to the blade of the app in the chosen cloud’s portal', () => {
    const items = registrationChecklist(findIntegration('microsoft-graph-user')!, 'auth-code', CLOUDS['gcc-high'], CLIENT);
    const links = items.flatMap((item) => (item.link ? [item.link.href] : []));
    expect(links).toContain(
      `https://portal.azure.us/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${CLIENT}`,
    );
    expect(links.every((href) => href.startsWith('https://portal.azure.us/') || !href.includes('portal.azure'))).toBe(true);
  });

  it('points to the app registrations list while the client ID is unknown', () => {
    const [first] = registrationChecklist(findIntegration('azure-storage')!, 'auth-code', CLOUDS.global);
    expect(first?.link).toEqual({
      href: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      label: 'App registrations',
    });
  });

  it('lists each required permission with its API and type', () => {
    const texts = registrationChecklist(findIntegration('azure-devops')!, 'auth-code').map((item) => item.text);
    expect(texts).toContain('API permissions › Add a permission › Azure DevOps › Delegated permissions: user_impersonation.');
    expect(texts).toContain('API permissions › Add a permission › Microsoft Graph › Delegated permissions: User.Read.');
  });

  it('adds the permissions of one API and type in one step, as one portal dialog does', () => {
    const items = registrationChecklist(findIntegration('microsoft-defender-endpoint')!, 'client-credentials');
    const permissionSteps = items.filter((item) => item.text.includes('Add a permission'));
    expect(permissionSteps).toHaveLength(1);
    expect(permissionSteps[0]?.text).toMatch(
      /^API permissions › Add a permission › APIs my organization uses › WindowsDefenderATP › Application permissions: AdvancedQuery\.Read\.All, Alert\.ReadWrite\.All, .*Machine\.Isolate, .*Vulnerability\.Read\.All\.$/,
    );
  });

  it('gives a managed identity the app’s application permissions as app role assignments, or a role for Azure resources', () => {
    const texts = (id: string) => registrationChecklist(findIntegration(id)!, 'managed-identity').map((item) => item.text);
    const defender = texts('microsoft-defender-endpoint');
    expect(defender.find((text) => text.includes('app role assignments'))).toMatch(
      /^Assign the identity WindowsDefenderATP's application permissions AdvancedQuery\.Read\.All, .*Machine\.Isolate/,
    );
    expect(defender.find((text) => text.includes('app role assignments'))).toMatch(/No admin consent is needed afterwards\.$/);
    expect(texts('azure-key-vault').some((text) => /Add role assignment › .* › Members: Managed identity/.test(text))).toBe(true);
    expect(texts('azure-key-vault').some((text) => text.includes('app role'))).toBe(false);
    // No client-credentials flow to borrow from: the docs it is.
    expect(texts('microsoft-graph-mail-single-user')).toContain(
      "Give that identity the permissions listed in the integration's documentation.",
    );
  });

  it('asks a generic API client for the permissions of the requests it will send', () => {
    const graphApi = findIntegration('microsoft-graph-api')!;
    expect(registrationChecklist(graphApi, 'client-credentials').map((item) => item.text)).toContain(
      'API permissions › Add a permission › Microsoft Graph › Application permissions: those of the requests you will send (each Graph API reference page lists them).',
    );
    expect(
      registrationChecklist(graphApi, 'device-code').some((item) => item.text.includes('Delegated permissions: those of the requests')),
    ).toBe(true);
    expect(
      registrationChecklist(graphApi, 'managed-identity').some((item) =>
        item.text.includes("Microsoft Graph's application permissions: those of"),
      ),
    ).toBe(true);
  });

  it('names the role an Azure resource integration’s docs give, for the app and for a managed identity', () => {
    const compute = findIntegration('azure-compute')!;
    expect(registrationChecklist(compute, 'client-credentials').map((item) => item.text)).toContain(
      'Access control (IAM) of the subscription or resource group › Add role assignment › a role with Microsoft.Compute/virtualMachines/*, Microsoft.Network/networkInterfaces/read and Microsoft.Resources/subscriptions/resourceGroups/read › Members: select the app.',
    );
    const sentinel = findIntegration('azure-sentinel')!;
    expect(
      registrationChecklist(sentinel, 'managed-identity').some((item) =>
        item.text.includes('› Microsoft Sentinel Contributor › Members: Managed identity'),
      ),
    ).toBe(true);
  });

  it('tells a delegated sign-in to Azure resources that the signed-in user needs the role', () => {
    const texts = (id: string, flow: FlowId) => registrationChecklist(findIntegration(id)!, flow).map((item) => item.text);
    expect(texts('azure-log-analytics', 'auth-code')).toContain(
      "The user who signs in needs a role that allows what you will run (Reader to look, Contributor to change): Access control (IAM) of the subscription or resource group › Add role assignment. The app acts with that user's rights.",
    );
    expect(texts('azure-storage', 'device-code').some((text) => text.startsWith('The user who signs in needs a role that allows'))).toBe(
      true,
    );
    // Azure Data Explorer's roles are the cluster's database permissions.
    expect(texts('azure-data-explorer', 'device-code')).toContain(
      "The user who signs in needs Viewer (to run queries) or Admin (to manage them): Azure Data Explorer cluster › Databases › your database › Permissions › Add. The app acts with that user's rights.",
    );
    expect(registrationChecklist(findIntegration('azure-data-explorer')!, 'client-credentials').map((item) => item.text)).toContain(
      'Azure Data Explorer cluster › Databases › your database › Permissions › Add › Viewer (to run queries) or Admin (to manage them) › Members: select the app.',
    );
    // Azure DevOps rights come from the DevOps organisation, not from Azure roles: for the signed-in user and the app alike.
    expect(texts('azure-devops', 'auth-code')).toContain(
      "The user who signs in needs a member's access level (Basic) and the project permissions its commands need: Azure DevOps › Organization settings › Users › Add users. The app acts with that user's rights.",
    );
    expect(texts('azure-devops', 'client-credentials')).toContain(
      "Azure DevOps › Organization settings › Users › Add users › a member's access level (Basic) and the project permissions its commands need › Members: select the app.",
    );
    expect(texts('azure-devops', 'auth-code').join(' ')).not.toContain('Access control (IAM)');
  });

  it('asks for admin consent of delegated permissions only where one may need it', () => {
    const mentionsAdminConsent = (id: string, flow: 'auth-code' | 'device-code') =>
      registrationChecklist(findIntegration(id)!, flow).some((item) => item.text.includes('Admin consent required: Yes'));
    expect(mentionsAdminConsent('azure-ad-identity-protection', 'device-code')).toBe(true);
    expect(mentionsAdminConsent('microsoft-graph-security', 'auth-code')).toBe(true);
    // user_impersonation, User.Read and offline_access: any user consents to those.
    expect(mentionsAdminConsent('azure-storage', 'auth-code')).toBe(false);
    expect(mentionsAdminConsent('azure-devops', 'device-code')).toBe(false);
  });

  it('asks for admin consent of application permissions, not of a role assignment', () => {
    const grantsConsent = (id: string) =>
      registrationChecklist(findIntegration(id)!, 'client-credentials').some((item) => item.text.startsWith('Grant admin consent'));
    expect(grantsConsent('microsoft-graph-security')).toBe(true);
    expect(grantsConsent('azure-key-vault')).toBe(false);
    expect(grantsConsent('microsoft-defender-for-cloud')).toBe(false);
  });

  it('groups permissions by API and type in first-seen order', () => {
    expect(
      permissionGroups([
        { api: 'Microsoft Graph', name: 'A', type: 'Delegated' },
        { api: 'Azure DevOps', name: 'B', type: 'Delegated' },
        { api: 'Microsoft Graph', name: 'C', type: 'Application' },
        { api: 'Microsoft Graph', name: 'D', type: 'Delegated' },
      ]),
    ).toEqual([
      { api: 'Microsoft Graph', type: 'Delegated', names: ['A', 'D'] },
      { api: 'Azure DevOps', type: 'Delegated', names: ['B'] },
      { api: 'Microsoft Graph', type: 'Application', names: ['C'] },
    ]);
  });

  it('starts with the integration’s own set-up (the Teams bot) where an app registration is involved', () => {
    const teams = findIntegration('microsoft-teams')!;
    for (const flow of ['client-credentials', 'auth-code'] as const) {
      const texts = registrationChecklist(teams, flow).map((item) => item.text);
      expect(texts[0]).toMatch(/^Create an Azure Bot/);
      expect(texts.some((text) => text.includes('Register an app'))).toBe(true);
    }
    expect(registrationChecklist(findIntegration('azure-storage')!, 'managed-identity')[0]?.text).toMatch(/Azure VM/);
  });

  it('offers the vendor’s default app for device code, and nothing for a flow the integration lacks', () => {
    const [first] = registrationChecklist(findIntegration('azure-sql-management')!, 'device-code');
    expect(first?.text).toContain('8f9010bb-4efe-4cfa-a197-98a2694b7e0c');
    expect(registrationChecklist(findIntegration('microsoft-teams')!, 'device-code')).toEqual([]);
  });
});

describe('the credential step', () => {
  const texts = (...args: Parameters<typeof registrationChecklist>) => registrationChecklist(...args).map((item) => item.text);
  const graphUser = findIntegration('microsoft-graph-user')!;

  it('uploads the certificate instead of making a secret, naming its thumbprint, for both self-deployed flows', () => {
    for (const flow of ['client-credentials', 'auth-code'] as const) {
      const steps = registrationChecklist(graphUser, flow, CLOUDS.global, 'app-guid', { kind: 'certificate', thumbprint: 'ABC123' });
      const upload = steps.find((step) => step.text.startsWith('Certificates & secrets › Certificates › Upload certificate'));
      expect(upload?.text).toContain('ABC123');
      expect(upload?.link?.href).toContain('/Credentials/appId/app-guid');
      expect(steps.some((step) => step.text.includes('New client secret'))).toBe(false);
    }
  });

  it('keeps the client secret where the integration takes no certificate or the admin chose a secret', () => {
    const nsg = findIntegration('azure-network-security-groups')!;
    expect(texts(nsg, 'client-credentials', CLOUDS.global, undefined, { kind: 'certificate' })).toContainEqual(
      expect.stringContaining('New client secret'),
    );
    expect(texts(graphUser, 'client-credentials', CLOUDS.global, undefined, { kind: 'secret' })).toContainEqual(
      expect.stringContaining('New client secret'),
    );
  });
});

describe('the vendor-hosted app', () => {
  it('links its authorization page, or the documentation that links it', () => {
    const [, withPage] = registrationChecklist(findIntegration('microsoft-graph-security')!, 'xsoar-app');
    expect(withPage?.link?.href).toBe('https://oproxy.demisto.ninja/ms-graph-security');
    const [, withoutPage] = registrationChecklist(findIntegration('microsoft-graph-calendar')!, 'xsoar-app');
    expect(withoutPage?.link?.href).toBe(findIntegration('microsoft-graph-calendar')!.docsUrl);
  });
});

describe('usesRoleAssignments', () => {
  it('is true for Azure resources and false for APIs whose application permissions need admin consent', () => {
    const flow = (id: string) => findIntegration(id)!.flows.find((candidate) => candidate.id === 'client-credentials')!;
    expect(usesRoleAssignments(findIntegration('azure-key-vault')!, flow('azure-key-vault'))).toBe(true);
    expect(usesRoleAssignments(findIntegration('azure-sentinel')!, flow('azure-sentinel'))).toBe(true);
    expect(usesRoleAssignments(findIntegration('azure-data-explorer')!, flow('azure-data-explorer'))).toBe(true);
    expect(usesRoleAssignments(findIntegration('ews-o365')!, flow('ews-o365'))).toBe(false);
    expect(usesRoleAssignments(findIntegration('microsoft-365-defender')!, flow('microsoft-365-defender'))).toBe(false);
  });
});
