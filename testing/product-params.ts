// Reads an exported instance the way the product's Python code reads `demisto.params()`: `params.get(name, {})
// .get('password')` on a credentials object, `a or b` fallbacks, `argToBoolean` on checkboxes. What Python would
// raise, this raises too, with Python's words, so a test fails the way the product would.
import type { FlowReads, Read, Role } from './product-reads';

export type Params = Record<string, unknown>;

/** What the product's code raises when it meets a value of the wrong shape. */
export class ProductCrash extends Error {}

const pythonType = (value: unknown) =>
  typeof value === 'string' ? 'str' : typeof value === 'boolean' ? 'bool' : Array.isArray(value) ? 'list' : typeof value;

/** CommonServerPython's argToBoolean: a bool, or 'true' / 'false' in any case; anything else raises. */
export function argToBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase() === 'true';
  throw new ProductCrash(`Argument does not contain a valid boolean-like value`);
}

/** One read: `params.get(param)`, `params.get(param, {}).get(half)` or `argToBoolean(params.get(param))`. */
export function readParam(params: Params, { param, shape }: Read): unknown {
  const value = params[param];
  if (shape === 'password' || shape === 'identifier') {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw new ProductCrash(`'${pythonType(value)}' object has no attribute 'get'`);
    return (value as Record<string, unknown>)[shape];
  }
  if (shape === 'bool') return value === undefined ? false : argToBoolean(value);
  if (value !== null && typeof value === 'object')
    throw new ProductCrash(`${param}: a credentials object where the code reads text ('dict' used as a string)`);
  return value;
}

/** Python's `a or b or …`: the first truthy read, else the last one's value. */
export function readRole(params: Params, reads: Read[]): unknown {
  let last: unknown;
  for (const read of reads) {
    last = readParam(params, read);
    if (last) return last;
  }
  return last;
}

/** Whether the parameters pick this flow as the code does (an option compared as text, a checkbox as a boolean). */
export function selectsFlow(params: Params, flow: FlowReads): string[] {
  return (flow.select ?? []).flatMap(({ param, equals }) => {
    const value = typeof equals === 'boolean' ? (params[param] === undefined ? false : argToBoolean(params[param])) : params[param];
    return value === equals ? [] : [`${param} is ${JSON.stringify(params[param])}, the code needs ${JSON.stringify(equals)}`];
  });
}

/** Every value the code takes for a flow, by role. */
export function productReads(params: Params, flow: FlowReads): Partial<Record<Role, unknown>> {
  const roles: Role[] = ['clientId', 'tenantId', 'secret', 'certificateThumbprint', 'privateKey', 'authCode', 'redirectUri'];
  return Object.fromEntries(roles.flatMap((role) => (flow[role] ? [[role, readRole(params, flow[role])]] : [])));
}

/** The product's replace_spaces_in_credential: spaces inside a PEM block become line breaks again. */
export function productRestoresKey(value: string): string {
  return value.replace(
    /(\s*)(-----BEGIN(.*?)-----)(.*?)(-----END(.*?)-----)(\s*)/gs,
    (_m, lseps: string, begin: string, _l: string, body: string, end: string, _e: string, tseps: string) =>
      lseps.replaceAll(' ', '\n') + begin + body.replaceAll(' ', '\n') + end + tseps.replaceAll(' ', '\n'),
  );
}
