import { withoutTrailingSlash } from '../oauth/url';
import { GUID } from '../oauth/validate';
import type { Cloud, Integration } from '../catalog/types';
import type { PlanStep, RegistrationPlan, ResultField } from './model';
import { certificateStep, policySteps, secretStep, type Credential } from './credential-steps';
import { AZURE_CLI_CLOUDS, tenantStep, type PlanProblem } from './plan';
import { certificateName, credentialsStep, removeOldStep, rotatedName, type OldCredentials } from './rotation-steps';

/**
 * A credential rotation without downtime, as one plan: find the app by its client ID, add a new secret (or upload a new
 * certificate) next to the old one, as the registration adds its own (policy-aware, the same steps), list the app's
 * credentials, and, once the admin has tested the new one in the instance, remove the old ones by key ID (the finish).
 */
export interface RotationInput {
  integration: Pick<Integration, 'id' | 'name'>;
  cloud: Pick<Cloud, 'id' | 'graph'>;
  /** The app's application (client) ID. */
  clientId: string;
  credential: Credential;
  /** The new certificate (made or brought on App details), for a certificate. */
  certificate?: { base64: string; thumbprint: string; notAfter: string };
  /** The day of the rotation (YYYY-MM-DD, UTC): part of the new credential's display name. */
  rotatedOn: string;
  old: OldCredentials;
  /** What the admin checks before finishing, e.g. "run !msgraph-user-test": the script says it when it stops. */
  test?: string;
}

export type RotationProblemCode =
  'MissingClientId' | 'BadClientId' | 'MissingHost' | 'BadHost' | 'MissingCertificate' | 'BadKeyId' | 'NothingPicked';
export type RotationProblem = Omit<PlanProblem, 'code'> & { code: RotationProblemCode };

const GRAPH_API = 'https://graph.microsoft.com';
const ORIGIN = /^https:\/\/[^/?#\s]+\/?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps the rotation from being planned (`error`), or what it will not do (`warning`). */
export function rotationProblems(input: RotationInput): RotationProblem[] {
  const problems: RotationProblem[] = [];
  const error = (code: RotationProblemCode, message: string) => problems.push({ code, severity: 'error', message });
  if (input.cloud.id === 'custom' && !input.cloud.graph) error('MissingHost', 'Give the Microsoft Graph host of your cloud.');
  else if (input.cloud.graph && !ORIGIN.test(input.cloud.graph))
    error('BadHost', 'The Microsoft Graph host must be an https:// origin without a path, like https://graph.microsoft.com.');
  if (!input.clientId.trim()) error('MissingClientId', "Give the app's application (client) ID: App registrations › the app › Overview.");
  else if (!GUID.test(input.clientId.trim()))
    error('BadClientId', 'The application (client) ID is a GUID, like 00000000-0000-0000-0000-000000000000.');
  if (input.credential === 'certificate' && !input.certificate)
    error('MissingCertificate', 'Generate or bring the new certificate on App details first: the rotation uploads its public part.');
  if (input.old !== 'default') {
    const bad = input.old.filter((keyId) => !GUID.test(keyId));
    if (bad.length) error('BadKeyId', `A key ID is a GUID: ${bad.join(', ')} is not.`);
    if (!input.old.length)
      problems.push({ code: 'NothingPicked', severity: 'warning', message: 'No old credential is picked: finishing removes nothing.' });
  }
  return problems;
}

function applicationStep(clientId: string): PlanStep {
  return {
    id: 'application',
    title: `Find the app registration with client ID ${clientId}`,
    look: {
      call: {
        api: 'graph',
        method: 'GET',
        path: `/v1.0/applications?$filter=appId%20eq%20'${clientId}'&$select=id,appId,displayName`,
      },
      binds: [
        {
          name: 'APP_OBJECT_ID',
          query: 'value[0].id',
          required: `No app registration with the client ID ${clientId} in this tenant: check the client ID (App registrations › the app › Overview), and sign in to the tenant that holds the app.`,
          failCode: 'AppNotFound',
        },
        { name: 'CLIENT_ID', query: 'value[0].appId' },
      ],
    },
  };
}

export function buildRotationPlan(input: RotationInput): RegistrationPlan {
  if (!DAY.test(input.rotatedOn)) throw new Error(`rotatedOn must be a day (YYYY-MM-DD), not ${input.rotatedOn}`);
  const clientId = input.clientId.trim().toLowerCase();
  const graph = withoutTrailingSlash(input.cloud.graph || GRAPH_API);
  const name = rotatedName(input.rotatedOn);
  const { certificate } = input;
  if (input.credential === 'certificate' && !certificate) throw new Error('A certificate rotation needs the new certificate.');
  const cert = input.credential === 'certificate' && certificate;
  const add = cert ? certificateStep(certificate.base64, certificate.notAfter, certificateName(name)) : secretStep(name);
  const made = cert
    ? { name: certificateName(name), keyId: 'CERTIFICATE_KEY_ID' as const, key: certificate.base64 }
    : { name, keyId: 'SECRET_KEY_ID' as const };
  const result: ResultField[] = [
    { key: 'integration', variable: 'INTEGRATION' },
    { key: 'tenantId', variable: 'TENANT_ID' },
    { key: 'clientId', variable: 'CLIENT_ID' },
    cert ? { key: 'certificateThumbprint', variable: 'CERTIFICATE_THUMBPRINT' } : { key: 'clientSecret', variable: 'CLIENT_SECRET' },
    { key: 'credentialEndDateTime', variable: 'CREDENTIAL_END' },
    { key: 'credentialLifetime', variable: 'CREDENTIAL_LIFETIME' },
    { key: 'lifetimeFrom', variable: 'LIFETIME_FROM' },
    // The app's credentials of the kind (JSON text), for the page to list: the script's line carries them too.
    { key: 'credentials', variable: 'CURRENT_CREDENTIALS' },
  ];
  const what = cert ? 'the new certificate (its thumbprint and private key)' : 'the new client secret (clientSecret in the line below)';
  return {
    hosts: { graph, arm: '' },
    scopes: { graph: ['User.Read', 'Application.ReadWrite.All', 'Policy.Read.All'].map((scope) => `${graph}/${scope}`), arm: [] },
    azureCliCloud: AZURE_CLI_CLOUDS[input.cloud.id],
    constants: {
      INTEGRATION: input.integration.id,
      ...(cert ? { CERTIFICATE_THUMBPRINT: certificate.thumbprint, CERTIFICATE_NOT_AFTER: certificate.notAfter } : {}),
    },
    fresh: [],
    steps: [
      tenantStep(),
      applicationStep(clientId),
      ...policySteps(input.credential),
      add,
      credentialsStep(input.credential),
      removeOldStep(input.credential, input.old, made),
    ],
    result,
    credential: cert ? 'certificate' : 'secret',
    creates: [],
    finishAfter: `put ${what} in the instance of ${input.integration.name} and ${input.test ?? 'test it'}: it must work`,
  };
}
