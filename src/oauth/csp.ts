/**
 * Whether a page's Content-Security-Policy lets it connect to a URL (`connect-src`, else `default-src`), so that a
 * refused request can be told apart: the page's own policy (rebuild with the host allowed) or the server's missing
 * CORS headers. Source expressions per CSP Level 3: 'self', 'none', scheme-only (https:), host sources with an
 * optional scheme, port and leading wildcard.
 */
export function allowsConnect(policy: string, pageOrigin: string, url: string): boolean {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources] as const),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  return sources.some((source) => matches(source, new URL(pageOrigin), target));
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' || protocol === 'wss:' ? '443' : protocol === 'http:' || protocol === 'ws:' ? '80' : '';
}

function matches(source: string, page: URL, target: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === "'self'") return target.origin === page.origin;
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return target.protocol === lower;
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!host) return false;
  const [, scheme, wildcard, name = '', port] = host;
  if (scheme && `${scheme}:` !== target.protocol && !(scheme === 'http' && target.protocol === 'https:')) return false;
  if (!scheme && target.protocol !== page.protocol && !(page.protocol === 'http:' && target.protocol === 'https:')) return false;
  const targetHost = target.hostname.toLowerCase();
  if (name !== '*' && (wildcard ? !targetHost.endsWith(`.${name}`) : targetHost !== name)) return false;
  const targetPort = target.port || defaultPort(target.protocol);
  return port === '*' || (port ?? defaultPort(scheme ? `${scheme}:` : target.protocol)) === targetPort;
}

/** The policy the page runs under, from its meta tag (the build puts it there, so it applies on any host). */
export function pagePolicy(doc: Pick<Document, 'querySelector'> = document): string {
  return doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
}
