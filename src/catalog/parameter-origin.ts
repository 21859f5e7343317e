import { appliesToFlow } from './credentials';
import { FLOWS } from './flows';
import type { CloudHost, FlowId, InstanceParameter, Integration } from './types';

const HOST_NAMES: Record<CloudHost, string> = {
  login: 'sign-in',
  graph: 'Microsoft Graph',
  resourceManager: 'Resource Manager',
  managementV1Resource: 'Azure Service Management',
  portal: 'portal',
  logAnalytics: 'Log Analytics',
  defender: 'Defender for Endpoint',
  officeManagement: 'Office 365 Management',
};

const HOSTED_WORDS: Partial<Record<InstanceParameter['source']['from'], string>> = {
  'client-id': 'ID',
  'tenant-id': 'Token',
  'client-secret': 'Key',
};

/** Where the wizard gets a parameter's value for this flow, in an admin's words: what a flow page promises the sheet will hold. */
export function parameterOrigin(parameter: InstanceParameter, flow: FlowId): string {
  const { source } = parameter;
  const hosted = FLOWS[flow].hostedFields ? HOSTED_WORDS[source.from] : undefined;
  if (hosted) return `The ${hosted} the vendor's authorization page shows`;
  switch (source.from) {
    case 'client-id':
      return FLOWS[flow].registers === 'identity'
        ? "The managed identity's client ID (empty for a system-assigned one)"
        : "The app registration's application (client) ID";
    case 'tenant-id':
      return 'Your directory (tenant) ID';
    case 'client-secret':
      return 'The client secret the registration makes (kept in the page only)';
    case 'certificate-thumbprint':
      return "The certificate's SHA-1 thumbprint, when it signs in with a certificate";
    case 'private-key':
      return "The certificate's private key, when it signs in with a certificate (kept in the page only)";
    case 'redirect-uri':
      return 'The redirect URI registered on the app';
    case 'auth-code':
      return 'The code the admin’s sign-in returns (lives about 10 minutes)';
    case 'self-deployed':
      return FLOWS[flow].selfDeployed ? 'Checked: your own app' : "Unchecked: the vendor's app";
    case 'flow-choice':
      return source.values[flow] ? `“${source.values[flow]}”, for this flow` : 'Set for this flow';
    case 'constant':
      return `Always “${source.value}”`;
    case 'cloud-option':
    case 'cloud-label':
      return 'The option naming your cloud';
    case 'cloud-host':
      return `Your cloud's ${HOST_NAMES[source.host]} address`;
    case 'admin':
      return `You give it: ${source.placeholder}`;
  }
}

/** The parameters a flow fills, each once (a credentials parameter's two halves are two rows), in the integration's order. */
export function flowParameters(integration: Pick<Integration, 'parameters'>, flow: FlowId): InstanceParameter[] {
  return integration.parameters.filter((parameter) => appliesToFlow(parameter, flow));
}
