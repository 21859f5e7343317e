import type { Integration, Permission } from '../types';
import { certificateCredentials, GRAPH_OFFLINE_ACCESS, managedIdentityParameters } from './common.ts';

const TEST = '!microsoft-365-defender-auth-test';
const INCIDENTS_AND_HUNTING: Permission[] = [
  { api: 'Microsoft Threat Protection', name: 'AdvancedHunting.Read.All', type: 'Application' },
  { api: 'Microsoft Threat Protection', name: 'Incident.ReadWrite.All', type: 'Application' },
];

export const microsoft365Defender: Integration = {
  id: 'microsoft-365-defender',
  name: 'Microsoft 365 Defender',
  area: 'Security operations',
  keywords: ['defender xdr', 'microsoft 365 defender', 'm365d', 'incidents', 'advanced hunting', 'xdr', 'defender'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/Microsoft365Defender/Integrations/Microsoft365Defender/Microsoft365Defender.yml',
    'demisto/content Packs/Microsoft365Defender/Integrations/Microsoft365Defender/Microsoft365Defender_description.md',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/Microsoft365Defender/Integrations/Microsoft365Defender/Microsoft365Defender.py (certificate: main() reads creds_certificate)',
  ],
  productName: 'Microsoft 365 Defender',
  summary: 'Fetch and update Defender XDR incidents and run advanced hunting queries.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-365-defender',
  resetCommand: '!microsoft-365-defender-auth-reset',
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: '9093c354-630a-47f1-b087-6768eb9427e6',
      // As its docs list them for a self-deployed app (application permissions included).
      permissions: [
        GRAPH_OFFLINE_ACCESS,
        { api: 'WindowsDefenderATP', name: 'AdvancedQuery.Read.All', type: 'Application' },
        ...INCIDENTS_AND_HUNTING,
      ],
      nextCommands: ['!microsoft-365-defender-auth-start', '!microsoft-365-defender-auth-complete', TEST],
    },
    { id: 'client-credentials', permissions: INCIDENTS_AND_HUNTING, nextCommands: [TEST] },
    { id: 'managed-identity', permissions: [], nextCommands: [TEST] },
  ],
  parameters: [
    {
      name: 'base_url',
      label: 'Endpoint URI',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'https://api.security.microsoft.com, or api-us / api-eu / api-uk.security.microsoft.com' },
    },
    {
      name: 'creds_client_id',
      label: 'ID or Client ID',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'client-id' },
      flows: ['device-code', 'client-credentials'],
    },
    {
      name: 'creds_tenant_id',
      label: 'Token or Tenant ID',
      secret: false,
      type: 9,
      part: 'password',
      source: { from: 'tenant-id' },
      flows: ['client-credentials'],
    },
    {
      name: 'client_credentials',
      label: 'Use Client Credentials Authorization Flow',
      secret: false,
      type: 8,
      source: { from: 'flow-choice', values: { 'client-credentials': 'true', 'device-code': 'false', 'managed-identity': 'false' } },
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
      flows: ['client-credentials'],
    },
    ...certificateCredentials(['client-credentials']),
    ...managedIdentityParameters,
  ],
};
