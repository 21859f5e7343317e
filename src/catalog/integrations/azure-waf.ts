import type { Integration } from '../types';
import { SUBSCRIPTION_SOURCE } from './common.ts';

export const azureWaf: Integration = {
  id: 'azure-waf',
  name: 'Azure Web Application Firewall',
  area: 'Azure infrastructure',
  keywords: ['waf', 'web application firewall', 'policies', 'application gateway', 'firewall'],
  sources: ['demisto/content Packs/AzureWAF/Integrations/AzureWAF/AzureWAF.yml'],
  productName: 'Azure Web Application Firewall',
  summary: 'List, create, update and delete web application firewall policies.',
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/azure-web-application-firewall',
  resetCommand: '!azure-waf-auth-reset',
  flows: [
    {
      id: 'device-code',
      recommended: true,
      defaultAppId: 'cf22fd73-29f1-4245-8e16-533704926d20',
      permissions: [],
      // The commands its code and README name (newer versions test with !azure-waf-auth-test).
      nextCommands: ['!azure-waf-auth-start', '!azure-waf-auth-complete', '!azure-waf-policy-get'],
    },
  ],
  parameters: [
    {
      name: 'app_id',
      label: 'Azure Web Application Firewall',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'client-id' },
      note: 'The application ID',
    },
    {
      name: 'subscription_id',
      label: 'Subscription ID',
      secret: false,
      kind: 'text',
      required: true,
      source: SUBSCRIPTION_SOURCE,
    },
    {
      name: 'resource_group_name',
      label: 'Default Resource Group Name',
      secret: false,
      kind: 'text',
      required: true,
      source: { from: 'admin', placeholder: 'The resource group of the policies' },
    },
  ],
};
