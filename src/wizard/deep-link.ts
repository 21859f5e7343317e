import { findIndexEntry } from '../catalog/first-screen';
import { CLOUD_IDS, CREDENTIAL_KINDS, FLOW_IDS, type CloudId, type CredentialKind, type FlowId } from '../catalog/types';
import { checkAuthority, normaliseAuthority } from '../oauth/validate';
import type { Choices } from '../state/choices';

const DEEP_LINK_KEYS = [
  'integration',
  'version',
  'flow',
  'cloud',
  'authority',
  'graph',
  'arm',
  'tenant',
  'client',
  'redirect',
  'credential',
  'commands',
] as const;
/** Names under which someone might try to pass a secret; they are refused and removed from the address bar. */
const SECRET_KEYS = [
  'secret',
  'client_secret',
  'clientsecret',
  'key',
  'enc_key',
  'password',
  'credentials',
  'auth_code',
  'token',
  'access_token',
  'refresh_token',
  'private_key',
  'privatekey',
];

export interface DeepLink {
  choices: Choices;
  /** Messages for the admin about values that were not used. */
  problems: string[];
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reads `?integration=…&flow=…&cloud=…` from a help-section link; undefined when the query has none of them. */
export function parseDeepLink(search: string): DeepLink | undefined {
  const params = new URLSearchParams(search);
  const secretKeys = [...params.keys()].filter((key) => SECRET_KEYS.includes(key.toLowerCase()));
  if (!DEEP_LINK_KEYS.some((key) => params.has(key)) && secretKeys.length === 0) return undefined;

  const choices: Choices = { values: {} };
  const problems: string[] = [];
  for (const key of secretKeys) {
    problems.push(
      `The link carried "${key}". Secrets are never accepted from a URL: it was ignored and removed from the address bar. Enter secrets in the wizard itself.`,
    );
  }

  const integrationId = params.get('integration');
  const entry = findIndexEntry(integrationId);
  if (integrationId && !entry) problems.push(`The link names an unknown integration "${integrationId}". Pick one from the list.`);
  if (entry) choices.integration = entry.id;

  // An older version's help section links with its version: its own flows and clouds apply.
  const versionId = params.get('version');
  const version = entry?.versions?.find((candidate) => candidate.id === versionId);
  if (versionId && entry && !version)
    problems.push(
      entry.versions
        ? `The link names a version "${versionId}" of ${entry.name} that signs in as the current one does, or that the wizard does not know: the current version's flows are shown. Older versions it knows: ${entry.versions.map((known) => `${known.id} (${known.label})`).join(', ')}.`
        : `The link names a version "${versionId}", but every version of ${entry.name} signs in the same way: it was ignored.`,
    );
  if (version) choices.version = version.id;
  const integration = findIndexEntry(entry?.id, version?.id);

  const flow = params.get('flow');
  if (flow) {
    if (!isOneOf<FlowId>(FLOW_IDS, flow)) problems.push(`The link names an unknown flow "${flow}". Known flows: ${FLOW_IDS.join(', ')}.`);
    else if (integration && !integration.flows.includes(flow))
      problems.push(`${integration.name} does not support the "${flow}" flow. Pick one of the flows it supports.`);
    else if (integration) choices.flow = flow;
  }

  const cloud = params.get('cloud');
  if (cloud) {
    if (!isOneOf<CloudId>(CLOUD_IDS, cloud))
      problems.push(`The link names an unknown cloud "${cloud}". Known clouds: ${CLOUD_IDS.join(', ')}.`);
    else if (integration && !integration.clouds.includes(cloud))
      problems.push(
        `The product cannot sign in to the "${cloud}" cloud for ${integration.name}: it reaches ${integration.clouds.join(', ')}. Pick one of those.`,
      );
    else choices.cloud = cloud;
  }

  const authority = params.get('authority');
  if (authority) {
    const problem = checkAuthority(authority);
    if (choices.cloud !== 'custom') problems.push('The link gives an authority, which applies to the custom cloud only: it was ignored.');
    else if (problem) problems.push(`The link's authority was not used: ${problem}`);
    else choices.authority = normaliseAuthority(authority);
  }

  // A custom cloud's Microsoft Graph and Resource Manager hosts, for registering the app there.
  for (const [key, name] of [
    ['graph', 'Microsoft Graph host'],
    ['arm', 'Resource Manager host'],
  ] as const) {
    const host = params.get(key);
    if (!host) continue;
    const problem = checkAuthority(host);
    if (choices.cloud !== 'custom') problems.push(`The link gives a ${name}, which applies to the custom cloud only: it was ignored.`);
    else if (problem) problems.push(`The link's ${name} was not used: ${problem}`);
    else choices[key] = normaliseAuthority(host);
  }

  const credential = params.get('credential');
  if (credential) {
    if (!isOneOf<CredentialKind>(CREDENTIAL_KINDS, credential))
      problems.push(`The link names an unknown credential "${credential}". Known credentials: ${CREDENTIAL_KINDS.join(', ')}.`);
    else choices.credential = credential;
  }

  // The commands the instance will run: names the integration lacks are dropped where its commands are known.
  const commands = params.get('commands');
  if (commands && integration) choices.commands = commands.replace(/\s+/g, '');

  // App details are pre-filled as given; the app details step checks them and says what is wrong.
  for (const key of ['tenant', 'client', 'redirect'] as const) {
    const value = params.get(key);
    if (value) choices[key] = value.trim();
  }
  return { choices, problems };
}

/** The query without deep-link values and refused secrets; other parameters of the hosting page stay. */
export function withoutDeepLinkParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) {
    if ((DEEP_LINK_KEYS as readonly string[]).includes(key) || SECRET_KEYS.includes(key.toLowerCase())) params.delete(key);
  }
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * `?troubleshoot` (with an optional `&integration=`), the link to the troubleshooter: its route, or undefined when
 * the query does not ask for it. An unknown integration is dropped; the page asks for one.
 */
export function troubleshootRoute(search: string): string | undefined {
  const params = new URLSearchParams(search);
  if (!params.has('troubleshoot')) return undefined;
  const integration = findIndexEntry(params.get('integration'));
  return `/troubleshoot${integration ? `?integration=${integration.id}` : ''}`;
}

/** The query without the troubleshooter's keys; other parameters of the hosting page stay. */
export function withoutTroubleshootParams(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('troubleshoot');
  params.delete('integration');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The address of an integration's static page (what help sections link), under the build's base. */
export function integrationPageHref(id: string, base: string): string {
  return `${base}i/${id}/`;
}

/** The address of one flow's static page of an integration (what a help section documenting that flow links). */
export function flowPageHref(id: string, flow: FlowId, base: string): string {
  return `${integrationPageHref(id, base)}${flow}/`;
}

/** The integration and flow whose static page (`<base>i/<id>/<flow>/`) this path is, if the integration has that flow. */
export function flowPage(pathname: string, base: string): { integration: string; flow: FlowId } | undefined {
  const match = new RegExp(`^${escapeRegExp(base)}i/([a-z0-9-]+)/([a-z-]+)/(?:index\\.html)?$`).exec(pathname);
  const entry = findIndexEntry(match?.[1]);
  const flow = match?.[2];
  return entry && flow && isOneOf<FlowId>(FLOW_IDS, flow) && entry.flows.includes(flow) ? { integration: entry.id, flow } : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The integration whose static page (`<base>i/<id>/`) this path is, if it is one of a known integration. */
export function integrationPage(pathname: string, base: string): string | undefined {
  const match = new RegExp(`^${escapeRegExp(base)}i/([a-z0-9-]+)/(?:index\\.html)?$`).exec(pathname);
  return findIndexEntry(match?.[1])?.id;
}
