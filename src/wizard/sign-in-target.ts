import { CLOUD_HOSTS, type Cloud, type CloudHost, type SignInRequest } from '../catalog/types';
import type { AuthorizeRequest } from '../oauth/authorize-url';

const HOST_PLACEHOLDER = new RegExp(`\\{(${CLOUD_HOSTS.join('|')})\\}`, 'g');

/** Fills `{graph}`-style placeholders of catalog scopes with the cloud's hosts; undefined when a host is unknown. */
function fillHosts(template: string, cloud: Cloud, override?: string): string | undefined {
  let missing = false;
  const filled = template.replace(HOST_PLACEHOLDER, (_, host: CloudHost) => {
    const value = cloud[host] || override?.trim().replace(/\/+$/, '');
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

/**
 * What to ask for in the chosen cloud. A custom cloud knows only its authority, so a v1 resource, or the API
 * host of a host-dependent scope, must come from the admin (`resourceOverride`); undefined means it is missing.
 */
export function signInTarget(signIn: SignInRequest, cloud: Cloud, resourceOverride?: string): AuthorizeRequest['target'] | undefined {
  if (signIn.endpoint === 'v1') {
    const resource = resourceOverride?.trim() || cloud[signIn.resource];
    return resource ? { endpoint: 'v1', resource } : undefined;
  }
  const scopes = signIn.scopes.map((scope) => fillHosts(scope, cloud, resourceOverride));
  if (scopes.some((scope) => scope === undefined)) return undefined;
  return { endpoint: 'v2', scopes: scopes as string[] };
}

/**
 * Admin consent asks for every application permission configured on the app for one API: `{resource}/.default`.
 * A custom cloud does not know the API's host, so it comes from the admin (`resourceOverride`).
 */
export function adminConsentScope(cloud: Cloud, resource: CloudHost, resourceOverride?: string): string | undefined {
  const host = cloud[resource] || resourceOverride?.trim().replace(/\/+$/, '');
  return host ? `${host}/.default` : undefined;
}
