import type { CredentialKind, FlowId, InstanceParameter, Integration } from './types';

export function appliesToFlow(parameter: InstanceParameter, flow: FlowId): boolean {
  return !parameter.flows || parameter.flows.includes(flow);
}

/** Whether the integration's code signs in with a certificate for this flow (it reads a thumbprint and a key). */
export function acceptsCertificate(integration: Integration, flow: FlowId): boolean {
  return integration.parameters.some((parameter) => parameter.source.from === 'private-key' && appliesToFlow(parameter, flow));
}

/** The credential in force: a certificate only where the integration takes one for the flow, else the secret. */
export function credentialFor(integration: Integration, flow: FlowId, chosen: CredentialKind | undefined): CredentialKind {
  return chosen === 'certificate' && acceptsCertificate(integration, flow) ? 'certificate' : 'secret';
}

/** The parameters the chosen credential leaves out: the certificate's with a secret, the secret's with a certificate. */
export function unusedByCredential(parameter: InstanceParameter, credential: CredentialKind): boolean {
  const from = parameter.source.from;
  return credential === 'certificate' ? from === 'client-secret' : from === 'certificate-thumbprint' || from === 'private-key';
}
