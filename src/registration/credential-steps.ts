import type { Bind, PlanStep } from './model';
import { ref, type VarName } from './variables';

/**
 * The credential's steps: the app management policies that bound it, then the client secret or the certificate, made
 * with the longest lifetime the policy allows. Microsoft Graph v1.0: tenantAppManagementPolicy (GET
 * /policies/defaultAppManagementPolicy), appManagementPolicy (GET /applications/{id}/appManagementPolicies); an app's
 * enabled policy replaces the tenant default, whose restrictions apply only while it is enabled; a restriction with
 * `state: disabled` is not evaluated, and one with `restrictForAppsCreatedAfterDateTime` only to apps created since.
 */

export const SECRET_NAME = 'Cortex XSOAR';
/** The longest expiry the portal offers for a new client secret: 24 months. */
export const PORTAL_SECRET_LIFETIME = 'P730D';
/** What `restrictForAppsCreatedAfterDateTime: null` means: every app. */
const ALL_APPS = '0001-01-01T00:00:00Z';
/** An app whose creation date Graph did not give is held to every restriction. */
const UNKNOWN_CREATION = '9999-12-31T23:59:59Z';

/** A JMESPath raw string literal. */
export const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export type Credential = 'secret' | 'certificate';
/** Where a credential's restrictions live in a policy, and the restriction that bounds its lifetime. */
const RESTRICTIONS: Record<Credential, { list: 'passwordCredentials' | 'keyCredentials'; lifetime: string }> = {
  secret: { list: 'passwordCredentials', lifetime: 'passwordLifetime' },
  certificate: { list: 'keyCredentials', lifetime: 'asymmetricKeyLifetime' },
};

/**
 * The evaluated restriction of a type in a list (JMESPath), or null. `allActors`: only one that exempts no one
 * (excludeActors names admins by custom security attributes, which the plan cannot read): Graph decides for the others.
 */
const restriction = (list: string, type: string, allActors = false) =>
  `(${list}[?restrictionType=='${type}' && state!='disabled'${allActors ? ' && !(excludeActors.customSecurityAttributes[0])' : ''}] | [0])`;
/** When it applies from: its date, ALL_APPS when it has none; empty (false) without the restriction. */
const since = (found: string) => `${found} && (${found}.restrictForAppsCreatedAfterDateTime || '${ALL_APPS}')`;

/** A policy's restrictions of the credential, as variables: blocks secrets since, longest lifetime, since. */
function restrictionBinds(credential: Credential, restrictions: string, when: string, names: [VarName, VarName, VarName]): Bind[] {
  const { list, lifetime } = RESTRICTIONS[credential];
  const bounded = restriction(`${restrictions}.${list}`, lifetime);
  const [blocks, longest, longestSince] = names;
  return [
    ...(credential === 'secret'
      ? [{ name: blocks, query: `${when} && ${since(restriction(`${restrictions}.${list}`, 'passwordAddition', true))}` }]
      : []),
    { name: longest, query: `${when} && ${bounded}.maxLifetime` },
    { name: longestSince, query: `${when} && ${since(bounded)}` },
  ];
}

/**
 * Two lookups: the tenant default policy, then the policy assigned to the app. A 403 (no Policy.Read.All, or no
 * directory reader role) leaves their values empty: the credential then gets the portal's longest lifetime.
 */
export function policySteps(credential: Credential): PlanStep[] {
  const because =
    "the app management policy (it needs Policy.Read.All and at least Global Reader): the credential's lifetime is not bounded by it";
  const what = credential === 'secret' ? 'client secrets' : 'certificates';
  return [
    {
      id: 'policy-tenant',
      title: `Read the tenant's default app management policy (how long ${what} may last)`,
      look: {
        call: { api: 'graph', method: 'GET', path: '/v1.0/policies/defaultAppManagementPolicy' },
        binds: [
          { name: 'POLICY_READ', query: "id && 'yes'" },
          ...restrictionBinds(credential, 'applicationRestrictions', 'isEnabled', [
            'TENANT_BLOCKS_SECRETS_SINCE',
            'TENANT_LIFETIME',
            'TENANT_LIFETIME_SINCE',
          ]),
        ],
        tolerate: { status: 403, because },
      },
    },
    {
      id: 'policy-app',
      title: 'Read the app management policy assigned to the app (it replaces the default)',
      look: {
        call: { api: 'graph', method: 'GET', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}/appManagementPolicies` },
        binds: [
          { name: 'APP_POLICY', query: 'value[?isEnabled] | [0].id' },
          ...restrictionBinds(credential, '(value[?isEnabled] | [0]).restrictions', '(value[?isEnabled] | [0])', [
            'APP_BLOCKS_SECRETS_SINCE',
            'APP_LIFETIME',
            'APP_LIFETIME_SINCE',
          ]),
        ],
        tolerate: { status: 403, because },
      },
    },
  ];
}

/** The app's policy when it has one, else the tenant's (an array keeps an empty value from falling through). */
const effective = (app: VarName, tenant: VarName) => `('${ref('APP_POLICY')}' != '' && ['${ref(app)}'] || ['${ref(tenant)}'])[0]`;
const created = `(createdDateTime || '${UNKNOWN_CREATION}')`;
/** Whether a restriction applying since the date in the JMESPath `date` holds the app: created on or after it. */
const holds = (date: string) => `(${date} != '' && max([${date}, ${created}]) == ${created})`;

/** The lifetime the credential is made with, and where that comes from (an empty lifetime: the certificate's own). */
function lifetimeBinds(otherwise: string): Bind[] {
  const longest = effective('APP_LIFETIME', 'TENANT_LIFETIME');
  const bounded = `${holds(effective('APP_LIFETIME_SINCE', 'TENANT_LIFETIME_SINCE'))} && ${longest} != ''`;
  return [
    { name: 'CREDENTIAL_LIFETIME', query: `${bounded} && ${longest} || '${otherwise}'` },
    {
      name: 'LIFETIME_FROM',
      query: `${bounded} && ('${ref('APP_POLICY')}' != '' && 'app-policy' || 'tenant-policy') || ('${ref('POLICY_READ')}' == 'yes' && 'none' || 'unreadable')`,
    },
  ];
}

/**
 * The secret, unless the policy forbids it: then the plan stops before `addPassword` and says to use a certificate. It
 * is found again by its display name (a rotation gives the new one a name of its own).
 */
export function secretStep(name = SECRET_NAME): PlanStep {
  const ours = `passwordCredentials[?displayName==${literal(name)}]`;
  return {
    id: 'secret',
    title: `Add a client secret named "${name}" (for as long as the policy allows, at most 24 months)`,
    look: {
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=createdDateTime,passwordCredentials` },
      binds: [
        { name: 'SECRET_KEY_ID', query: `${ours}.keyId | [0]` },
        { name: 'CREDENTIAL_END', query: `${ours}.endDateTime | [0]` },
        {
          name: 'SECRET_ALLOWED',
          query: `(${ours} | [0]) && 'yes' || !${holds(effective('APP_BLOCKS_SECRETS_SINCE', 'TENANT_BLOCKS_SECRETS_SINCE'))} && 'yes'`,
          required:
            "The tenant's app management policy forbids client secrets for this app (passwordAddition). Use a certificate: choose Credential › Certificate on App details, then run the plan again (what it made is kept).",
          failCode: 'SecretNotAllowedByPolicy',
        },
        ...lifetimeBinds(PORTAL_SECRET_LIFETIME),
      ],
    },
    compute: [{ kind: 'validity', lifetime: ref('CREDENTIAL_LIFETIME'), start: 'CREDENTIAL_START', end: 'CREDENTIAL_END' }],
    make: {
      call: {
        api: 'graph',
        method: 'POST',
        path: `/v1.0/applications/${ref('APP_OBJECT_ID')}/addPassword`,
        body: {
          passwordCredential: { displayName: name, startDateTime: ref('CREDENTIAL_START'), endDateTime: ref('CREDENTIAL_END') },
        },
      },
      binds: [
        { name: 'SECRET_KEY_ID', query: 'keyId' },
        { name: 'CLIENT_SECRET', query: 'secretText' },
        { name: 'CREDENTIAL_END', query: 'endDateTime' },
      ],
    },
  };
}

/** JMESPath that prints the kept items of a list as JSON text, each followed by a comma (see plan.ts's `keptItems`). */
const keptItems = (list: string, item: string) => `join('', ${list}.join('', [${item}, ',']))`;

/**
 * The certificate's public part, next to the app's other certificates, valid from now until the certificate's own end
 * or the policy's asymmetricKeyLifetime, whichever comes first.
 */
export function certificateStep(base64: string, notAfter: string, displayName = `CN=${SECRET_NAME}`): PlanStep {
  const key = JSON.stringify({
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    key: base64,
    displayName,
    startDateTime: ref('CREDENTIAL_START'),
    endDateTime: ref('CREDENTIAL_END'),
  });
  const ours = `keyCredentials[?key=='${base64}']`;
  return {
    id: 'certificate',
    title: `Upload the certificate's public part (valid until ${notAfter.slice(0, 10)}, or less if the policy limits certificates)`,
    look: {
      // `key` is returned only when keyCredentials is $selected on one application.
      call: { api: 'graph', method: 'GET', path: `/v1.0/applications/${ref('APP_OBJECT_ID')}?$select=createdDateTime,keyCredentials` },
      binds: [
        { name: 'CERTIFICATE_KEY_ID', query: `${ours}.keyId | [0]` },
        // The PATCH replaces the list: the app's other certificates are sent back as they are, keyId and dates included.
        {
          name: 'KEPT_CERTIFICATES',
          query: keptItems(
            'keyCredentials[]',
            'to_string({keyId: keyId, type: type, usage: usage, key: key, displayName: displayName, startDateTime: startDateTime, endDateTime: endDateTime})',
          ),
        },
        { name: 'CREDENTIAL_END', query: `${ours}.endDateTime | [0]` },
        ...lifetimeBinds(''),
      ],
    },
    compute: [
      {
        kind: 'validity',
        lifetime: ref('CREDENTIAL_LIFETIME'),
        until: ref('CERTIFICATE_NOT_AFTER'),
        start: 'CREDENTIAL_START',
        end: 'CREDENTIAL_END',
      },
    ],
    make: {
      call: {
        api: 'graph',
        method: 'PATCH',
        path: `/v1.0/applications/${ref('APP_OBJECT_ID')}`,
        body: `{"keyCredentials":[${ref('KEPT_CERTIFICATES')}${key}]}`,
      },
      binds: [],
    },
  };
}
