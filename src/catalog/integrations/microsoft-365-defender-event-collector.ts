import type { Integration } from '../types';
import { CLICK_TEST } from './common.ts';

export const microsoft365DefenderEventCollector: Integration = {
  id: 'microsoft-365-defender-event-collector',
  name: 'Microsoft 365 Defender Event Collector',
  area: 'Security operations',
  keywords: ['microsoft 365 defender', 'm365 defender', 'event collector', 'xsiam', 'alerts', 'defender'],
  sources: [
    'demisto/content Packs/Microsoft365Defender/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.yml',
    'demisto/content Packs/Microsoft365Defender/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.py (DefenderAuthenticator: a self-deployed client-credentials MicrosoftClient with tenant_id, client_id and the credentials password, scope https://securitycenter.onmicrosoft.com/windowsatpservice/.default at the worldwide login host; GET {url}/api/alerts)',
    'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: client credentials; no managed identity (SaaS); no national clouds)',
    'Microsoft Defender for Endpoint API, List alerts: application permission Alert.Read.All (or Alert.ReadWrite.All) of WindowsDefenderATP',
  ],
  productName: 'Microsoft 365 Defender Event Collector',
  summary: 'Collect Microsoft 365 Defender alerts as events (XSIAM).',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-365-defender-event-collector',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'defender',
      permissions: [{ api: 'WindowsDefenderATP', name: 'Alert.Read.All', type: 'Application' }],
      nextCommands: [CLICK_TEST, '!microsoft-365-defender-get-events limit=5'],
    },
  ],
  parameters: [
    {
      name: 'url',
      label: 'Endpoint URI',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'admin', placeholder: 'https://api.security.microsoft.com, or api-us / api-eu / api-uk.security.microsoft.com' },
    },
    {
      name: 'client_id',
      label: 'Client (Application) ID',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'client-id' },
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      kind: 'text',
      part: 'password',
      required: true,
      source: { from: 'client-secret' },
    },
    { name: 'tenant_id', label: 'Tenant ID', secret: false, kind: 'text', required: true, source: { from: 'tenant-id' } },
  ],
};
