import { TYPE_NAMES } from './parameter-type';
import type { FlowId, InstanceParameter, Integration, ParameterType } from './types';

/** An integration definition (`Packs/<Pack>/Integrations/<Name>/<Name>.yml`), as far as the catalog mirrors it. */
export interface Definition {
  name: string;
  configuration: DefinitionParameter[];
  /** Where it was read, e.g. `Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.yml`. */
  path?: string;
  /** The pack's version that holds it (its pack_metadata.json `currentVersion`), where known. */
  packVersion?: string;
}

export interface DefinitionParameter {
  name: string;
  /** 0 text, 4 encrypted, 8 checkbox, 9 credentials, 12 long text, 14 long text, 15 single select, 16 multi select. */
  type: number;
  display?: string;
  displaypassword?: string;
  hidden?: boolean | string[];
  options?: string[];
  required?: boolean;
  hiddenusername?: boolean;
}

export interface Drift {
  /** `left out`: something the catalog leaves out on purpose (`Integration.leftOut`), said with its reason. */
  level: 'error' | 'warning' | 'info' | 'left out';
  message: string;
}

/** Parameter names that carry authentication: a definition's own that the catalog does not know are worth a look. */
const AUTH_NAME =
  /^(creds?_|credentials|auth_|_auth|tenant|_tenant|client_id|client_secret|enc_key|certificate|private_key|redirect_uri|self_deployed|use_managed_identities|managed_identities_client_id|azure_cloud|azure_ad_endpoint|authentication_type|app_id|_app_id|refresh_token)/;
/** How "Authentication Type" selects name the flows. */
const FLOW_OPTIONS: Record<string, FlowId> = {
  'Authorization Code': 'auth-code',
  'Device Code': 'device-code',
  'Client Credentials': 'client-credentials',
  'Azure Managed Identities': 'managed-identity',
};

const isHidden = (parameter: DefinitionParameter) =>
  parameter.hidden === true || (Array.isArray(parameter.hidden) && parameter.hidden.includes('xsoar'));

const typeName = (type: number) => `${TYPE_NAMES[type as ParameterType] ?? 'unknown'} (type ${type})`;

/** The label the product shows for a row: a credentials field's password half is "Password" unless it is the only half. */
function labelOf(definition: DefinitionParameter, row: InstanceParameter): string | undefined {
  if (definition.type !== 9 || row.part === 'identifier') return definition.display;
  return definition.displaypassword ?? (definition.hiddenusername ? definition.display : 'Password');
}

/** The flows a definition shows it offers: its Authentication Type options, a managed-identity or client-credentials checkbox. */
export function definitionFlows(definition: Definition): FlowId[] {
  const flows = new Set<FlowId>();
  for (const parameter of definition.configuration) {
    if (isHidden(parameter)) continue;
    if (/^auth(entication)?_type$/.test(parameter.name))
      for (const option of parameter.options ?? []) if (FLOW_OPTIONS[option]) flows.add(FLOW_OPTIONS[option]);
    if (parameter.name === 'use_managed_identities') flows.add('managed-identity');
    if (parameter.name === 'client_credentials') flows.add('client-credentials');
  }
  return [...flows];
}

/** What differs between a catalog entry and the integration's definition: names, types, options, labels, flows. */
export function catalogDrift(integration: Integration, definition: Definition): Drift[] {
  const drifts: Drift[] = [];
  const byName = new Map(definition.configuration.map((parameter) => [parameter.name, parameter]));
  const names = [...new Set(integration.parameters.map((parameter) => parameter.name))];
  for (const name of names) {
    const rows = integration.parameters.filter((parameter) => parameter.name === name);
    const found = byName.get(name);
    if (!found) {
      drifts.push({ level: 'error', message: `${name}: not in the definition (renamed or removed?)` });
      continue;
    }
    if (isHidden(found)) drifts.push({ level: 'warning', message: `${name}: the definition hides it (a legacy field?)` });
    const [first] = rows as [InstanceParameter, ...InstanceParameter[]];
    if (found.type !== first.type)
      drifts.push({
        level: 'error',
        message: `${name}: ${typeName(found.type)} in the definition; the catalog has it as ${typeName(first.type)}`,
      });
    if (found.type === 9 && found.hiddenusername && rows.some((row) => row.part === 'identifier'))
      drifts.push({ level: 'error', message: `${name}: the definition hides the identifier the catalog fills` });
    if (Boolean(found.required) !== Boolean(first.required))
      drifts.push({
        level: 'warning',
        message: `${name}: ${found.required ? 'required' : 'optional'} in the definition, ${first.required ? 'required' : 'optional'} in the catalog`,
      });
    const options = rows.find((row) => row.options)?.options;
    if (options && found.options) {
      const added = found.options.filter((option) => !options.includes(option));
      const removed = options.filter((option) => !found.options!.includes(option));
      // An option the definition lacks is a value the product would refuse; one the catalog lacks is only unused.
      if (removed.length)
        drifts.push({ level: 'error', message: `${name}: the catalog has options the definition lacks: ${removed.join(', ')}` });
      if (added.length) drifts.push({ level: 'warning', message: `${name}: the definition adds options: ${added.join(', ')}` });
    }
    for (const row of rows) {
      const label = labelOf(found, row);
      // Spaces at either end are in some definitions' labels ("Tenant ID "); an admin sees no difference.
      if (label && label.trim() !== row.label.trim())
        drifts.push({
          level: 'info',
          message: `${name}${row.part ? `.${row.part}` : ''}: labelled "${label}" in the definition, "${row.label}" in the catalog`,
        });
    }
  }
  const leftOut = (kind: 'parameters' | 'flows', name: string) =>
    integration.leftOut?.find((entry) => (entry[kind] as string[] | undefined)?.includes(name))?.why;
  for (const parameter of definition.configuration) {
    if (isHidden(parameter) || !AUTH_NAME.test(parameter.name) || names.includes(parameter.name)) continue;
    const why = leftOut('parameters', parameter.name);
    if (why) drifts.push({ level: 'left out', message: `${parameter.name}: ${why}` });
    else
      drifts.push({
        level: 'warning',
        message: `${parameter.name}: an authentication parameter of the definition (type ${parameter.type}) the catalog does not have`,
      });
  }
  const catalogFlows = integration.flows.map((flow) => flow.id);
  for (const flow of definitionFlows(definition)) {
    if (catalogFlows.includes(flow)) continue;
    const why = leftOut('flows', flow);
    drifts.push(
      why
        ? { level: 'left out', message: `flow ${flow}: ${why}` }
        : { level: 'warning', message: `flow ${flow}: the definition offers it, the catalog does not` },
    );
  }
  return drifts;
}

/** Compares dotted versions numerically: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let index = 0; index < Math.max(x!.length, y!.length); index++) {
    const difference = (x![index] ?? 0) - (y![index] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/** Whether a definition of this pack version belongs to the entry: an older version's up to its last, the current one's from its first. */
function coversVersion(integration: Integration, definition: Definition): boolean {
  if (!definition.packVersion) return !integration.version;
  if (integration.version) return compareVersions(definition.packVersion, integration.version.upTo) <= 0;
  return !integration.currentSince || compareVersions(definition.packVersion, integration.currentSince) >= 0;
}

/**
 * Pairs definitions with catalog entries (each older version is an entry of its own, as `everyVersion` gives them):
 * by the definition file the entry's sources name, else by the integration's name in the product (the definition's
 * `name`), and only a definition of the pack versions the entry describes; the newest such definition wins.
 */
export function pairDefinitions(integrations: readonly Integration[], definitions: Definition[]) {
  const sourcedFrom = (integration: Integration, definition: Definition) =>
    Boolean(definition.path) &&
    integration.sources.some((source) => {
      const file = /(Packs\/\S+?\.yml)/.exec(source)?.[1];
      return file !== undefined && definition.path!.replaceAll('\\', '/').endsWith(file);
    });
  const newestFirst = [...definitions].sort((a, b) => compareVersions(b.packVersion ?? '0', a.packVersion ?? '0'));
  const pairs = integrations.flatMap((integration) => {
    const candidates = newestFirst.filter((candidate) => coversVersion(integration, candidate));
    const definition =
      candidates.find((candidate) => sourcedFrom(integration, candidate)) ??
      candidates.find((candidate) => candidate.name === integration.name);
    return definition ? [{ integration, definition }] : [];
  });
  return { pairs, unmatched: integrations.filter((integration) => !pairs.some((pair) => pair.integration === integration)) };
}
