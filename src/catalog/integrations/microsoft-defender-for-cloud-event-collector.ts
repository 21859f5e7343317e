import type { Integration } from '../types';
import { certificateThumbprintAndKey, CLICK_TEST } from './common.ts';

export const microsoftDefenderForCloudEventCollector: Integration = {
  id: 'microsoft-defender-for-cloud-event-collector',
  name: 'Microsoft Defender for Cloud Event Collector',
  area: 'Security operations',
  keywords: ['defender for cloud', 'security center', 'asc', 'event collector', 'xsiam', 'alerts'],
  // The token is asked for management.azure.com whatever the server URL.
  clouds: ['global'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/MicrosoftDefenderForCloudEventCollector/MicrosoftDefenderForCloudEventCollector.yml',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/MicrosoftDefenderForCloudEventCollector/MicrosoftDefenderForCloudEventCollector.py',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/AzureSecurityCenter/Integrations/MicrosoftDefenderForCloudEventCollector/MicrosoftDefenderForCloudEventCollector.py (certificate: main() reads certificate_thumbprint (a credentials field) and private_key)',
  ],
  productName: 'Microsoft Defender for Cloud Event Collector',
  summary: 'Collect Microsoft Defender for Cloud alerts of a subscription as events (XSIAM).',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-defender-for-cloud-event-collector',
  resetCommand: '!ms-defender-for-cloud-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      permissions: [],
      nextCommands: [CLICK_TEST, '!ms-defender-for-cloud-get-events should_push_events=false limit=5'],
    },
  ],
  parameters: [
    {
      name: 'server_url',
      label: 'Microsoft Azure Management URL',
      secret: false,
      type: 0,
      source: { from: 'cloud-host', host: 'resourceManager' },
    },
    { name: 'client_id', label: 'Client ID', secret: false, type: 9, part: 'password', required: true, source: { from: 'client-id' } },
    { name: 'tenant_id', label: 'Tenant ID', secret: false, type: 9, part: 'password', required: true, source: { from: 'tenant-id' } },
    {
      name: 'enc_key',
      label: 'Client Secret',
      secret: true,
      type: 9,
      part: 'password',
      required: true,
      source: { from: 'client-secret' },
    },
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'certificate_thumbprint', thumbprintType: 9 }),
    {
      name: 'sub_id',
      label: 'Subscription ID to use',
      secret: false,
      type: 9,
      part: 'password',
      required: true,
      source: { from: 'admin', placeholder: 'Azure portal › Subscriptions', format: 'guid' },
    },
  ],
};
