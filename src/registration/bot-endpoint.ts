import type { BotSetup, EndpointRoute } from '../catalog/types';

/** How Teams reaches the instance: an engine's address and the listen port, or the server's rerouting of one product. */
export type BotEndpointInput =
  { route: 'engine'; engine: string; port: string } | { route: Exclude<EndpointRoute, 'engine'>; server: string; instance: string };

export interface EndpointProblem {
  field: 'engine' | 'port' | 'server' | 'instance';
  message: string;
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// The integration's docs: "set the instance name in all lowercase letters and as one word".
const INSTANCE = /^[a-z0-9][a-z0-9_-]*$/;
const HTTPS_ONLY = 'Teams posts to the messaging endpoint over HTTPS only: give an https:// address.';

/** An address Teams cannot reach from the internet (the integration's docs rule out private IP addresses). */
function isPrivate(host: string): boolean {
  if (host === 'localhost') return true;
  const ip = IPV4.exec(host)?.slice(1).map(Number);
  if (!ip) return false;
  const [a = 0, b = 0] = ip;
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The host the admin typed, without https:// and a trailing slash; undefined when it is not a bare host. */
function hostOf(address: string): string | undefined {
  const host = address
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/$/, '');
  return HOST.test(host) ? host.toLowerCase() : undefined;
}

/** The server's origin (https, no path), or undefined. */
function originOf(address: string): string | undefined {
  const host = hostOf(address);
  return host && /^https:\/\//i.test(address.trim()) ? `https://${host}` : undefined;
}

function addressProblem(field: 'engine' | 'server', address: string): EndpointProblem | undefined {
  const value = address.trim();
  const what = field === 'engine' ? "the engine's address" : "the server's address";
  if (!value)
    return {
      field,
      message: `Give ${what} as Teams reaches it, e.g. https://${field === 'engine' ? 'xsoar-engine' : 'xsoar'}.example.com.`,
    };
  if (/^http:\/\//i.test(value)) return { field, message: HTTPS_ONLY };
  if (field === 'server' && !/^https:\/\//i.test(value))
    return { field, message: `Give ${what} with https://, e.g. https://xsoar.example.com.` };
  const host = hostOf(value);
  if (!host)
    return {
      field,
      message: `Give ${what} alone (a DNS name or IP address, no port or path)${field === 'engine' ? ': the port has its own field' : ''}.`,
    };
  if (isPrivate(host))
    return { field, message: 'Teams must reach the messaging endpoint from the internet: a private IP address or localhost will not do.' };
  return undefined;
}

/** What is wrong with the endpoint's parts, per field; empty when the endpoint can be built. */
export function endpointProblems(input: BotEndpointInput): EndpointProblem[] {
  if (input.route === 'engine') {
    const port = input.port.trim();
    const portNumber = Number(port);
    return [
      addressProblem('engine', input.engine),
      !/^\d{1,5}$/.test(port) || portNumber < 1 || portNumber > 65535
        ? { field: 'port' as const, message: 'The listen port is a number from 1 to 65535, e.g. 7000 (the instance’s Listen port).' }
        : undefined,
    ].filter((problem) => problem !== undefined);
  }
  return [
    addressProblem('server', input.server),
    INSTANCE.test(input.instance.trim())
      ? undefined
      : {
          field: 'instance' as const,
          message: 'Give the instance name as you will save it: lowercase letters (and digits, "_" or "-"), one word, e.g. teams.',
        },
  ].filter((problem) => problem !== undefined);
}

/** The messaging endpoint as the integration's command prints it for this route; undefined while a part is wrong. */
export function messagingEndpoint(bot: BotSetup, input: BotEndpointInput): string | undefined {
  if (endpointProblems(input).length) return undefined;
  const template = bot.endpoints[input.route];
  if (input.route === 'engine')
    return template.replace('{engine}', hostOf(input.engine) ?? '').replace('{port}', String(Number(input.port.trim())));
  const rewrite = bot.rewrites?.[input.route];
  let server = originOf(input.server) ?? '';
  if (rewrite) server = server.replace(rewrite.replace, rewrite.with);
  return template.replace('{server}', server).replace('{host}', new URL(server).host).replace('{instance}', input.instance.trim());
}
