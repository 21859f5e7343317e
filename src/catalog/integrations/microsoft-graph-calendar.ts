import type { Integration } from '../types';
import { certificateThumbprintAndKey, idTokenKey, managedIdentityParameters, permissionsOf, selfDeployed } from './common.ts';

const LIST = '!msgraph-calendar-list-calendars';

export const microsoftGraphCalendar: Integration = {
  id: 'microsoft-graph-calendar',
  name: 'O365 Outlook Calendar',
  area: 'Email and collaboration',
  keywords: ['calendar', 'outlook', 'o365', 'events', 'meetings', 'graph'],
  sources: [
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar/MicrosoftGraphCalendar.yml',
    'demisto/content Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar/README.md (Required Permissions)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar/MicrosoftGraphCalendar.py (certificate: main() reads credentials_certificate_thumbprint and private_key)',
    'metron-labs/content@f85a918e004975360a1ed050ac9e9700940d9779 Packs/MicrosoftGraphCalendar/Integrations/MicrosoftGraphCalendar/MicrosoftGraphCalendar.py (main() builds its Microsoft client without a cloud: tokens for https://graph.microsoft.com/.default at the worldwide login host; the Server URL moves only its requests. Its _test.py checks the GRAPH_BASE_ENDPOINTS table, which main() does not use)',
  ],
  productName: 'O365 Outlook Calendar',
  summary: "Create, list and update calendars and events of your organisation's users through Microsoft Graph.",
  docsUrl: 'https://xsoar.pan.dev/docs/reference/integrations/microsoft-graph-calendar',
  resetCommand: '!msgraph-calendar-auth-reset',
  flows: [
    {
      id: 'client-credentials',
      recommended: true,
      consentResource: 'graph',
      permissions: permissionsOf('Microsoft Graph', 'Application', [
        'Calendars.Read',
        'Calendars.ReadWrite',
        'Directory.ReadWrite.All',
        'Group.ReadWrite.All',
      ]),
      nextCommands: [LIST],
    },
    { id: 'xsoar-app', permissions: [], nextCommands: [LIST] },
    { id: 'managed-identity', permissions: [], nextCommands: [LIST] },
  ],
  parameters: [
    {
      name: 'url',
      label: 'Server URL',
      secret: false,
      type: 0,
      required: true,
      source: { from: 'cloud-host', host: 'graph' },
    },
    ...idTokenKey(
      ['credentials_auth_id', 'credentials_tenant_id', 'credentials_enc_key'],
      [
        'ID (received from the admin consent - see Detailed Instructions (?)',
        'Token (received from the admin consent - see Detailed Instructions (?)',
        'Key (received from the admin consent - see Detailed Instructions (?)',
      ],
      { flows: ['client-credentials', 'xsoar-app'] },
    ),
    ...certificateThumbprintAndKey(['client-credentials'], { thumbprintName: 'credentials_certificate_thumbprint', thumbprintType: 9 }),
    ...managedIdentityParameters,
    {
      name: 'default_user',
      label: 'Default user',
      secret: false,
      type: 0,
      source: { from: 'admin', placeholder: 'Optional: the user whose calendars commands use by default' },
    },
    selfDeployed('Use a self-deployed Azure Application'),
  ],
};
