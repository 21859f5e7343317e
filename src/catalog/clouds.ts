import type { Cloud, CloudId } from './types';

/**
 * National clouds, from the product's own cloud definitions (shared/reference/clouds.json). The Defender for
 * Endpoint and Office 365 Management API hosts are Microsoft's documented endpoints (not in that file).
 */
export const CLOUDS: Record<Exclude<CloudId, 'custom'>, Cloud> = {
  global: {
    id: 'global',
    label: 'Worldwide',
    productLabel: 'Worldwide',
    login: 'https://login.microsoftonline.com',
    graph: 'https://graph.microsoft.com',
    resourceManager: 'https://management.azure.com',
    managementV1Resource: 'https://management.core.windows.net',
    portal: 'https://portal.azure.com',
    logAnalytics: 'https://api.loganalytics.io',
    defender: 'https://api.securitycenter.microsoft.com',
    officeManagement: 'https://manage.office.com',
  },
  gcc: {
    id: 'gcc',
    label: 'US Government GCC',
    productLabel: 'US GCC',
    // GCC signs in at the worldwide login host but uses US Government resources.
    login: 'https://login.microsoftonline.com',
    graph: 'https://graph.microsoft.us',
    resourceManager: 'https://management.usgovcloudapi.net',
    managementV1Resource: 'https://management.core.usgovcloudapi.net',
    portal: 'https://portal.azure.us',
    logAnalytics: 'https://api.loganalytics.us',
    defender: 'https://api-gcc.securitycenter.microsoft.us',
    officeManagement: 'https://manage-gcc.office.com',
  },
  'gcc-high': {
    id: 'gcc-high',
    label: 'US Government GCC High',
    productLabel: 'US GCC-High',
    login: 'https://login.microsoftonline.us',
    graph: 'https://graph.microsoft.us',
    resourceManager: 'https://management.usgovcloudapi.net',
    managementV1Resource: 'https://management.core.usgovcloudapi.net',
    portal: 'https://portal.azure.us',
    logAnalytics: 'https://api.loganalytics.us',
    defender: 'https://api-gov.securitycenter.microsoft.us',
    officeManagement: 'https://manage.office365.us',
  },
  dod: {
    id: 'dod',
    label: 'US Government DoD',
    productLabel: 'DoD',
    login: 'https://login.microsoftonline.us',
    graph: 'https://dod-graph.microsoft.us',
    resourceManager: 'https://management.usgovcloudapi.net',
    managementV1Resource: 'https://management.core.usgovcloudapi.net',
    portal: 'https://portal.azure.us',
    logAnalytics: 'https://api.loganalytics.us',
    defender: 'https://api-gov.securitycenter.microsoft.us',
    officeManagement: 'https://manage.protection.apps.mil',
  },
  china: {
    id: 'china',
    label: 'China (operated by 21Vianet)',
    productLabel: 'China',
    login: 'https://login.chinacloudapi.cn',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    resourceManager: 'https://management.chinacloudapi.cn',
    managementV1Resource: 'https://management.core.chinacloudapi.cn',
    portal: 'https://portal.azure.cn',
    logAnalytics: 'https://api.loganalytics.azure.cn',
    defender: '',
    officeManagement: '',
  },
};

/**
 * The cloud the product picks from a Graph address (MicrosoftApiModule's GRAPH_BASE_ENDPOINTS, deprecated there but
 * still read by some integrations). It has no entry for GCC: GCC's Graph address is GCC High's.
 */
export const CLOUD_OF_GRAPH_HOST: Record<string, Exclude<CloudId, 'custom'>> = {
  'https://graph.microsoft.com': 'global',
  'https://graph.microsoft.us': 'gcc-high',
  'https://dod-graph.microsoft.us': 'dod',
  'https://microsoftgraph.chinacloudapi.cn': 'china',
};

export const CLOUD_CHOICES: { id: CloudId; label: string; hint: string }[] = [
  { id: 'global', label: CLOUDS.global.label, hint: 'Commercial Microsoft 365 and Azure (login.microsoftonline.com)' },
  { id: 'gcc', label: CLOUDS.gcc.label, hint: 'Signs in at login.microsoftonline.com, data in US Government endpoints' },
  { id: 'gcc-high', label: CLOUDS['gcc-high'].label, hint: 'login.microsoftonline.us' },
  { id: 'dod', label: CLOUDS.dod.label, hint: 'login.microsoftonline.us, dod-graph.microsoft.us' },
  { id: 'china', label: CLOUDS.china.label, hint: 'login.chinacloudapi.cn' },
  { id: 'custom', label: 'Custom endpoints', hint: 'Azure Stack, a sovereign deployment or a test server: you give the login authority' },
];

/**
 * The custom cloud knows its login authority, and the Graph and Resource Manager hosts where the admin gave them (to
 * register an app there); every other host is left for the admin to fill on the sheet.
 */
export function resolveCloud(
  id: CloudId,
  customAuthority?: string,
  hosts: { graph?: string; resourceManager?: string } = {},
): Cloud | undefined {
  if (id !== 'custom') return CLOUDS[id];
  if (!customAuthority) return undefined;
  return {
    id: 'custom',
    label: 'Custom endpoints',
    login: customAuthority,
    graph: hosts.graph ?? '',
    resourceManager: hosts.resourceManager ?? '',
    managementV1Resource: '',
    portal: '',
    logAnalytics: '',
    defender: '',
    officeManagement: '',
  };
}
