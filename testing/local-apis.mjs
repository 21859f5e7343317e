// Where the local stand-ins of Microsoft Graph and Azure Resource Manager listen (testing/graph-server), shared by the
// Playwright config, the local OIDC server (which issues tokens for them) and the tests.
export const LOCAL_GRAPH = 'https://127.0.0.1:9402';
export const LOCAL_ARM = 'https://127.0.0.1:9403';
/** The local tenant: the OIDC server puts it in access tokens' `tid`, Graph's organization has it as its ID. */
export const LOCAL_TENANT_ID = '72f988bf-0000-4000-8000-00000000c0de';

/** The wizard's own multi-tenant SPA app of the e2e build (`WIZARD_CLIENT_ID`): it registers apps for the admin. */
export const REGISTRAR_CLIENT_ID = 'a1b2c3d4-0e1f-4a5b-8c6d-7e8f9a0b1c2d';
/** Azure CLI's first-party application ID: Cloud Shell signs the admin in with it. */
export const AZURE_CLI_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

/** Delegated Graph permissions the wizard's registrar app asks for (the README's host set-up lists the same). */
export const REGISTRAR_GRAPH_SCOPES = [
  'User.Read',
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  // Reads the app management policies that bound a credential's lifetime.
  'Policy.Read.All',
];
/** What Azure CLI's Graph token carries (a subset of the real one's `scp`). */
export const AZURE_CLI_GRAPH_SCOPES = [
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'Directory.AccessAsUser.All',
  'User.Read',
];

/**
 * Microsoft's worldwide hosts and the stand-in that answers for each. The test browser resolves these names to the
 * stand-ins (Chromium's --host-resolver-rules) and Cloud Shell's Azure CLI reaches them through a local proxy, so the
 * wizard is tested in the worldwide cloud as admins use it; the stand-ins accept tokens for either name.
 */
export const MICROSOFT_LOGIN = 'https://login.microsoftonline.com';
export const MICROSOFT_GRAPH = 'https://graph.microsoft.com';
export const MICROSOFT_ARM = 'https://management.azure.com';
/** The classic Azure Service Management resource, which Resource Manager also accepts tokens for (Azure CLI asks for it). */
export const MICROSOFT_ARM_V1 = 'https://management.core.windows.net';
export const STAND_IN_FOR = {
  'login.microsoftonline.com': '127.0.0.1:9400',
  'graph.microsoft.com': new URL(LOCAL_GRAPH).host,
  'management.azure.com': new URL(LOCAL_ARM).host,
};
/**
 * Chromium's switch that sends Microsoft's hosts to the stand-ins; `standIns` replaces some (e.g. the login host by
 * the OIDC server's twin without CORS headers, as Microsoft's device-code endpoints are for a browser).
 * @param {Partial<Record<keyof typeof STAND_IN_FOR, string>>} [standIns]
 */
export function hostResolverRules(standIns = {}) {
  const rules = Object.entries({ ...STAND_IN_FOR, ...standIns }).map(([host, target]) => `MAP ${host} ${target}`);
  return `--host-resolver-rules=${rules.join(', ')}`;
}
