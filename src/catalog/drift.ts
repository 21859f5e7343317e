import type { FlowId, InstanceParameter, Integration } from './types';

/** An integration definition (`Packs/<Pack>/Integrations/<Name>/<Name>.yml`), as far as the catalog mirrors it. */
export interface Definition {
  name: string;
  configuration: DefinitionParameter[];
  /** Where it was read, e.g. `Packs/AzureFirewall/Integrations/AzureFirewall/AzureFirewall.yml`. */
  path?: string;
}

export interface DefinitionParameter {
  name: string;
  /** 0 text, 4 encrypted, 8 checkbox, 9 credentials, 12 long text, 14 long text, 15 single select, 16 multi select. */
  type: number;
  display?: string;
  displaypassword?: string;
  hidden?: boolean | string[];
  options?: string[];
}

export interface Drift {
  level: 'error' | 'warning' | 'info';
  message: string;
}

const TEXT_TYPES = new Set([0, 4, 12, 14]);
/** Parameter names that carry authentication: a definition's own that the catalog does not know are worth a look. */
const AUTH_NAME =
  /^(creds_|credentials|auth_|_auth|tenant|_tenant|client_id|client_secret|enc_key|certificate|private_key|redirect_uri|self_deployed|use_managed_identities|managed_identities_client_id|azure_cloud|azure_ad_endpoint|authentication_type|app_id|_app_id|refresh_token)/;
/** How "Authentication Type" selects name the flows. */
const FLOW_OPTIONS: Record<string, FlowId> = {
  'Authorization Code': 'auth-code',
  'Device Code': 'device-code',
  'Client Credentials': 'client-credentials',
  'Azure Managed Identities': 'managed-identity',
};

const isHidden = (parameter: DefinitionParameter) =>
  parameter.hidden === true || (Array.isArray(parameter.hidden) && parameter.hidden.includes('xsoar'));

function expectedTypes(rows: InstanceParameter[]): { types: number[]; shape: string } {
  if (rows.some((row) => row.part)) return { types: [9], shape: 'a credentials field (type 9)' };
  if (rows.some((row) => row.kind === 'checkbox')) return { types: [8], shape: 'a checkbox (type 8)' };
  if (rows.some((row) => row.kind === 'select')) return { types: [15, 16], shape: 'a select (type 15)' };
  return { types: [...TEXT_TYPES], shape: 'a text field (type 0, 4, 12 or 14)' };
}

function labelOf(definition: DefinitionParameter, row: InstanceParameter): string | undefined {
  return definition.type === 9 && row.part !== 'identifier' ? (definition.displaypassword ?? definition.display) : definition.display;
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
    const expected = expectedTypes(rows);
    if (!expected.types.includes(found.type))
      drifts.push({ level: 'error', message: `${name}: type ${found.type} in the definition; the catalog has it as ${expected.shape}` });
    const options = rows.find((row) => row.options)?.options;
    if (options && found.options) {
      const added = found.options.filter((option) => !options.includes(option));
      const removed = options.filter((option) => !found.options!.includes(option));
      if (added.length || removed.length)
        drifts.push({
          level: 'warning',
          message: `${name}: options differ${added.length ? `; the definition adds ${added.join(', ')}` : ''}${removed.length ? `; the catalog has ${removed.join(', ')} that it lacks` : ''}`,
        });
    }
    for (const row of rows) {
      const label = labelOf(found, row);
      if (label && label !== row.label)
        drifts.push({
          level: 'info',
          message: `${name}${row.part ? `.${row.part}` : ''}: labelled "${label}" in the definition, "${row.label}" in the catalog`,
        });
    }
  }
  for (const parameter of definition.configuration)
    if (!isHidden(parameter) && AUTH_NAME.test(parameter.name) && !names.includes(parameter.name))
      drifts.push({
        level: 'warning',
        message: `${parameter.name}: an authentication parameter of the definition (type ${parameter.type}) the catalog does not have`,
      });
  const catalogFlows = integration.flows.map((flow) => flow.id);
  for (const flow of definitionFlows(definition))
    if (!catalogFlows.includes(flow))
      drifts.push({ level: 'warning', message: `flow ${flow}: the definition offers it, the catalog does not` });
  return drifts;
}

/**
 * Pairs definitions with catalog entries: by the definition file the entry's sources name, else by the
 * integration's name in the product (the definition's `name`).
 */
export function pairDefinitions(integrations: readonly Integration[], definitions: Definition[]) {
  const sourcedFrom = (integration: Integration, definition: Definition) =>
    Boolean(definition.path) &&
    integration.sources.some((source) => {
      const file = /^demisto\/content (\S+\.yml)/.exec(source)?.[1];
      return file !== undefined && definition.path!.replaceAll('\\', '/').endsWith(file);
    });
  const pairs = integrations.flatMap((integration) => {
    const definition =
      definitions.find((candidate) => sourcedFrom(integration, candidate)) ??
      definitions.find((candidate) => candidate.name === integration.name);
    return definition ? [{ integration, definition }] : [];
  });
  return { pairs, unmatched: integrations.filter((integration) => !pairs.some((pair) => pair.integration === integration)) };
}
