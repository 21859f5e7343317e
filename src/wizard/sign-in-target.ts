import { withoutTrailingSlash } from '../oauth/url';
import { CLOUD_HOSTS, type Cloud, type CloudHost, type SignInRequest } from '../catalog/types';
import type { AuthorizeRequest } from '../oauth/authorize-url';

const HOST_PLACEHOLDER = new RegExp(`\\{(${CLOUD_HOSTS.join('|')})\\}`, 'g');
const VALUE_PLACEHOLDER = /\{value:([a-z_]+)\}/g;

const origin = (value: string | undefined) => (value && withoutTrailingSlash(value.trim())) || undefined;

/** Fills `{graph}`-style placeholders with the cloud's hosts and `{value:name}` ones with the admin's values; undefined when one is unknown. */
function fill(template: string, cloud: Cloud, given: SignInValues): string | undefined {
  let missing = false;
  const filled = template
    .replace(HOST_PLACEHOLDER, (_, host: CloudHost) => {
      const value = cloud[host] || origin(given.resource);
      if (!value) missing = true;
      return value ?? '';
    })
    .replace(VALUE_PLACEHOLDER, (_, name: string) => {
      const value = origin(given.values?.[name]);
      if (!value || checkAddress(value)) missing = true;
      return value ?? '';
    });
  return missing ? undefined : filled;
}

/** Why an address an API is named by cannot be used, or undefined: an https URL without spaces, as the product requires. */
export function checkAddress(value: string): string | undefined {
  return /^https:\/\/[^\s/]+(\/\S*)?$/.test(value.trim())
    ? undefined
    : 'Enter the address with https://, e.g. https://help.kusto.windows.net: the product refuses it otherwise.';
}

/** What the admin may give for a sign-in: a custom cloud's API (`resource`), and the integration's parameter values. */
export interface SignInValues {
  resource?: string;
  values?: Record<string, string>;
}

/** The parameters whose values a sign-in's scopes name (`{value:cluster_url}`), in order. */
export function signInValueNames(signIn: SignInRequest): string[] {
  if (signIn.endpoint === 'v1') return [];
  return [...new Set(signIn.scopes.flatMap((scope) => [...scope.matchAll(VALUE_PLACEHOLDER)].map((match) => match[1]!)))];
}

/** Whether the cloud lacks a host the sign-in names, so that a custom cloud's admin must give the API. */
export function needsResource(signIn: SignInRequest, cloud: Cloud): boolean {
  if (signIn.endpoint === 'v1') return !cloud[signIn.resource];
  return signIn.scopes.some((scope) => [...scope.matchAll(HOST_PLACEHOLDER)].some((match) => !cloud[match[1] as CloudHost]));
}

/**
 * What to ask for in the chosen cloud. A custom cloud knows only its authority, so a v1 resource, or the API
 * host of a host-dependent scope, must come from the admin (`given.resource`); an address only the admin knows comes
 * from the integration's parameter values. Undefined means something is missing.
 */
export function signInTarget(signIn: SignInRequest, cloud: Cloud, given: SignInValues = {}): AuthorizeRequest['target'] | undefined {
  if (signIn.endpoint === 'v1') {
    const resource = given.resource?.trim() || cloud[signIn.resource];
    return resource ? { endpoint: 'v1', resource } : undefined;
  }
  const scopes = signIn.scopes.map((scope) => fill(scope, cloud, given));
  if (scopes.some((scope) => scope === undefined)) return undefined;
  return { endpoint: 'v2', scopes: scopes as string[] };
}

/**
 * Admin consent asks for every application permission configured on the app for one API: `{resource}/.default`.
 * A custom cloud does not know the API's host, so it comes from the admin (`resourceOverride`).
 */
export function adminConsentScope(cloud: Cloud, resource: CloudHost, resourceOverride?: string): string | undefined {
  const host = cloud[resource] || origin(resourceOverride);
  return host ? `${host}/.default` : undefined;
}
