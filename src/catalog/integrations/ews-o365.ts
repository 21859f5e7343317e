import type { Integration } from '../types';
import { azureCloudSelect, CLICK_TEST, selfDeployed } from './common.ts';

export const ewsO365: Integration = {
  id: 'ews-o365',
  name: 'EWS O365',
  area: 'Email and collaboration',
  keywords: ['ews', 'exchange', 'exchange online', 'mail', 'email', 'o365', 'phishing', 'mailbox'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftExchangeOnline/Integrations/EWSO365/EWSO365.yml',
    'demisto/content Packs/MicrosoftExchangeOnline/Integrations/EWSO365/EWSO365_description.md',
  ],
  productName: 'EWS O365',
  summary: 'Fetch, search, move and delete Exchange Online mail over EWS with OAuth 2.0.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/ewso365',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      permissions: [{ api: 'Office 365 Exchange Online', name: 'full_access_as_app', type: 'Application' }],
      nextCommands: [CLICK_TEST],
    },
    {
      id: 'xsoar-app',
      hostedAppUrl: 'https://oproxy.demisto.ninja/ms-ews-o365',
      permissions: [],
      nextCommands: [CLICK_TEST],
    },
  ],
  parameters: [
    azureCloudSelect({ withCustom: false }),
    { name: '_client_id', label: 'ID / Application ID', secret: false, type: 0, source: { from: 'client-id' } },
    { name: '_tenant_id', label: 'Token / Tenant ID', secret: false, type: 0, source: { from: 'tenant-id' } },
    {
      name: 'credentials',
      label: 'Key / Application Secret',
      secret: true,
      type: 9,
      part: 'password',
      source: { from: 'client-secret' },
    },
    {
      name: 'default_target_mailbox',
      label: 'Email Address',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'The mailbox to run commands on and fetch from' },
    },
    {
      name: 'folder',
      label: 'Name of the folder from which to fetch incidents',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'admin', placeholder: 'Inbox (the default)' },
    },
    {
      name: 'access_type',
      label: 'Access Type (Impersonation is deprecated as of February 2025)',
      secret: false,
      type: 15,
      options: ['Impersonation', 'Delegate'],
      source: { from: 'constant', value: 'Delegate' },
      note: 'Microsoft retired Exchange application impersonation',
    },
    selfDeployed('Use a self deployed Azure Application'),
  ],
};
