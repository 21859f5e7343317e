import { singleLinePem } from '../certificate/pem';
import { appliesToFlow, credentialFor, unusedByCredential } from '../catalog/credentials';
import { FLOWS } from '../catalog/flows';
import { exportScalar, kindOf, type ExportedValue, type ParameterKind } from '../catalog/parameter-type';
import type { Cloud, CredentialKind, FlowId, Integration, InstanceParameter, ParameterType } from '../catalog/types';

export interface SheetInputs {
  integration: Integration;
  flow: FlowId;
  cloud: Cloud | undefined;
  clientId: string;
  tenantId: string;
  clientSecret: string;
  redirectUri: string;
  authCode: string;
  /** The credential the admin chose; a certificate counts only where the integration takes one for the flow. */
  credential?: CredentialKind;
  /** The certificate's thumbprint and PEM private key, when the credential is a certificate. */
  certificate?: { thumbprint: string; privateKeyPem: string; generated?: boolean };
  /** Admin-entered values, keyed by parameter machine name. */
  values: Record<string, string>;
}

/** Where an editable row's value is kept: the choices in the URL, or memory for the secret. */
export type InputTarget = 'client' | 'tenant' | 'secret' | 'value';

export interface SheetRow {
  /** Unique per row: the machine name, plus the half for a two-part credentials parameter. */
  key: string;
  name: string;
  part?: InstanceParameter['part'];
  label: string;
  /** The parameter's definition type, which decides its exported shape. */
  type: ParameterType;
  kind: ParameterKind;
  secret: boolean;
  /** What fills it, e.g. 'private-key' for the key a copy of which the admin must keep. */
  from: InstanceParameter['source']['from'];
  value: string;
  /** Present when the admin supplies the value on the sheet. */
  input?: { target: InputTarget; placeholder: string; format?: 'guid' };
  note?: string;
}

const HOSTED_PAGE_FIELDS: Partial<Record<InstanceParameter['source']['from'], { target: InputTarget; word: string }>> = {
  'client-id': { target: 'client', word: 'ID' },
  'tenant-id': { target: 'tenant', word: 'Token' },
  'client-secret': { target: 'secret', word: 'Key' },
};

function rowFor(parameter: InstanceParameter, inputs: SheetInputs): SheetRow {
  const base = {
    key: parameter.part === 'identifier' ? `${parameter.name}.identifier` : parameter.name,
    name: parameter.name,
    part: parameter.part,
    label: parameter.label,
    type: parameter.type,
    kind: kindOf(parameter.type),
    secret: parameter.secret,
    from: parameter.source.from,
    note: parameter.note,
  };
  const { source } = parameter;
  const flowSupport = inputs.integration.flows.find((flow) => flow.id === inputs.flow);

  // With the vendor-hosted app, ID, Token and Key come from its authorization page, not from an app registration.
  const hosted = FLOWS[inputs.flow].hostedFields ? HOSTED_PAGE_FIELDS[source.from] : undefined;
  if (hosted) {
    const value = hosted.target === 'client' ? inputs.clientId : hosted.target === 'tenant' ? inputs.tenantId : inputs.clientSecret;
    return { ...base, value, input: { target: hosted.target, placeholder: `The ${hosted.word} shown by the hosted authorization page` } };
  }

  switch (source.from) {
    case 'client-id': {
      const value = inputs.clientId || flowSupport?.defaultAppId || '';
      // A flow whose app details step did not ask for it (e.g. managed identity) lets the admin fill it here.
      return FLOWS[inputs.flow].asks.client
        ? { ...base, value }
        : { ...base, value, input: { target: 'client', placeholder: 'Application (client) ID', format: 'guid' } };
    }
    case 'tenant-id':
      return FLOWS[inputs.flow].asks.tenant
        ? { ...base, value: inputs.tenantId }
        : { ...base, value: inputs.tenantId, input: { target: 'tenant', placeholder: 'Directory (tenant) ID' } };
    case 'client-secret':
      return {
        ...base,
        value: inputs.clientSecret,
        input: { target: 'secret', placeholder: 'Client secret value (kept in this page only)' },
      };
    case 'certificate-thumbprint':
      return { ...base, value: inputs.certificate?.thumbprint ?? '' };
    case 'private-key': {
      // A credentials field is one line: the product turns the spaces back into line breaks. A long-text field keeps them.
      const pem = inputs.certificate?.privateKeyPem ?? '';
      const notes = [
        parameter.note,
        parameter.type === 9 && 'One line on purpose: paste it as copied; the product turns the spaces back into line breaks.',
        inputs.certificate?.generated &&
          'Made in this page and kept nowhere else: a reload forgets it. Paste it into the product now, or keep the downloaded key file.',
      ].filter(Boolean);
      return { ...base, value: parameter.type === 9 ? singleLinePem(pem) : pem.trim(), note: notes.join(' ') || undefined };
    }
    case 'redirect-uri':
      return { ...base, value: inputs.redirectUri };
    case 'auth-code':
      return { ...base, value: inputs.authCode };
    case 'self-deployed':
      return { ...base, value: String(FLOWS[inputs.flow].selfDeployed) };
    case 'flow-choice':
      return { ...base, value: source.values[inputs.flow] ?? '' };
    case 'constant':
      return { ...base, value: source.value };
    case 'cloud-option': {
      const option = inputs.cloud && source.values[inputs.cloud.id];
      if (option) return { ...base, value: option };
      return {
        ...base,
        value: inputs.values[parameter.name] ?? '',
        input: { target: 'value', placeholder: 'The option matching your cloud' },
      };
    }
    case 'cloud-label': {
      const label = inputs.cloud?.id === 'custom' && parameter.options?.includes('Custom') ? 'Custom' : inputs.cloud?.productLabel;
      if (label) return { ...base, value: label };
      return {
        ...base,
        value: inputs.values[parameter.name] ?? '',
        input: { target: 'value', placeholder: 'The option matching your cloud (Custom where offered)' },
      };
    }
    case 'cloud-host': {
      const host = inputs.cloud?.[source.host];
      if (host) return { ...base, value: host };
      return {
        ...base,
        value: inputs.values[parameter.name] ?? '',
        input: { target: 'value', placeholder: `Your cloud's ${source.host === 'graph' ? 'Microsoft Graph' : source.host} endpoint` },
      };
    }
    case 'admin':
      return {
        ...base,
        value: inputs.values[parameter.name] ?? '',
        input: { target: 'value', placeholder: source.placeholder, format: source.format },
      };
  }
}

/** Every instance parameter the chosen flow uses, in the integration's order, with the value that fills it. */
export function sheetRows(inputs: SheetInputs): SheetRow[] {
  const credential = credentialFor(inputs.integration, inputs.flow, inputs.credential);
  return inputs.integration.parameters
    .filter((parameter) => appliesToFlow(parameter, inputs.flow) && !unusedByCredential(parameter, credential))
    .map((parameter) => rowFor(parameter, inputs));
}

export interface ExportOptions {
  includeSecrets: boolean;
}

/**
 * JSON keyed by parameter machine name, each value in the shape its definition type gives the product's code
 * (`kindOf`/`exportScalar`): a credentials parameter (type 9) is `{ identifier, password }`, its identifier empty where
 * the catalog fills only the password, as in `params.get('credentials', {}).get('password')`. A secret left out
 * leaves out its half, never the object.
 */
export function sheetJson(rows: SheetRow[], { includeSecrets }: ExportOptions): string {
  const out: Record<string, ExportedValue> = {};
  for (const row of rows) {
    const shown = includeSecrets || !row.secret;
    if (row.type === 9) {
      const pair = (out[row.name] as { identifier: string; password?: string } | undefined) ?? { identifier: '' };
      out[row.name] = shown ? { ...pair, [row.part ?? 'password']: row.value } : pair;
    } else if (shown) out[row.name] = exportScalar(row.type, row.value);
  }
  // A credentials parameter whose only value was a secret left out carries nothing: leave it out too.
  for (const [name, value] of Object.entries(out))
    if (typeof value === 'object' && !Array.isArray(value) && !value.identifier && value.password === undefined) delete out[name];
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Plain text for "copy all": one line per parameter, label then machine name then value. */
export function sheetText(rows: SheetRow[], { includeSecrets }: ExportOptions): string {
  return rows
    .filter((row) => includeSecrets || !row.secret)
    .map((row) => `${row.label} (${row.name}): ${row.value}`)
    .join('\n');
}
