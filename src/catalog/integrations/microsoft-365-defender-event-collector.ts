import type { Integration } from '../types';
import { CLICK_TEST, DEFENDER_ENDPOINT_TYPE } from './common.ts';

export const microsoft365DefenderEventCollector: Integration = {
  id: 'microsoft-365-defender-event-collector',
  name: 'Microsoft 365 Defender Event Collector',
  area: 'Security operations',
  keywords: ['microsoft 365 defender', 'm365 defender', 'event collector', 'xsiam', 'alerts', 'defender'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.yml (pack 1.18.10 of Microsoft Defender for Endpoint: moved there from the Microsoft 365 Defender pack, deprecated, "Microsoft Defender for Endpoint Alerts (Deprecated)")',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftDefenderAdvancedThreatProtection/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.py (params parsed by pydantic: tenant_id and client_id strings, credentials an object with its password; endpoint_type picks the login host and the windowsatpservice scope as Defender for Endpoint does; url overrides the API; GET {url}/api/alerts)',
    'demisto/content Packs/Microsoft365Defender/Integrations/Microsoft365DefenderEventCollector/Microsoft365DefenderEventCollector.py (older: the worldwide login host and a required url only)',
    'demisto/content-docs content-repo/extra-docs/articles/microsoft-auth-guide.md (Supported Authentication Flows: client credentials; no managed identity (SaaS); no national clouds)',
    'Microsoft Defender for Endpoint API, List alerts: application permission Alert.Read.All (or Alert.ReadWrite.All) of WindowsDefenderATP',
  ],
  productName: 'Microsoft Defender for Endpoint Alerts (Deprecated)',
  deprecated: { note: "Deprecated. Use 'Office 365' in the XSIAM Data Sources instead." },
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
    DEFENDER_ENDPOINT_TYPE,
    {
      name: 'tenant_id',
      label: 'Tenant ID',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'tenant-id' },
    },
    {
      name: 'client_id',
      label: 'Client (Application) ID',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'client-id' },
    },
    {
      name: 'credentials',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      required: true,
      source: { from: 'client-secret' },
    },
    {
      name: 'url',
      label: 'Server URL (e.g., https://api.securitycenter.microsoft.com)',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Leave empty unless the Endpoint Type is Custom' },
    },
  ],
};
