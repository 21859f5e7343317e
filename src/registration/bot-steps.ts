import type { BotSetup, Integration } from '../catalog/types';
import { endpointProblems, messagingEndpoint, type BotEndpointInput } from './bot-endpoint';
import type { CreatedObject, PlanStep, Retry } from './model';
import { ref } from './variables';

/** The Azure Bot the plan creates for the app: its name, where, and how Teams reaches the instance. */
export interface BotInput {
  /** The bot's handle: unique across Azure. */
  name: string;
  /** Where it is created: /subscriptions/<id>/resourceGroups/<name>. */
  resourceGroup: string;
  endpoint: BotEndpointInput;
}

export type BotProblemCode = 'BotLeftToAdmin' | 'BadBotName' | 'BadBotResourceGroup' | 'BadMessagingEndpoint' | 'BotTokenTenant';

export interface BotProblem {
  code: BotProblemCode;
  severity: 'error' | 'warning';
  message: string;
}

/** Microsoft.BotService's stable API, and Resource Manager's resource providers API. */
const BOT_API = '2022-09-15';
const PROVIDERS_API = '2021-04-01';
// The botServices resourceName and resourceGroupName parameters of the 2022-09-15 API: 2-64 characters.
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$/;
const RESOURCE_GROUP =
  /^\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/resourceGroups\/[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$/i;

/** A resource provider registers in the background: until it is done, its requests answer MissingSubscriptionRegistration. */
const REGISTERING: Retry = {
  times: 10,
  delayMs: 10_000,
  on: ['MissingSubscriptionRegistration'],
  waitingFor: 'Microsoft.BotService to finish registering on the subscription',
};

/** Why the bot cannot be part of the plan, or what the admin should know about it. */
export function botProblems(integration: Integration, bot: BotInput | undefined): BotProblem[] {
  if (!integration.bot) return [];
  if (!bot)
    return [
      {
        code: 'BotLeftToAdmin',
        severity: 'warning',
        message: `The Azure Bot is left to you (see the checklist): give its name, resource group and messaging endpoint to have the plan create it.`,
      },
    ];
  const problems: BotProblem[] = [];
  const error = (code: BotProblemCode, message: string) => problems.push({ code, severity: 'error', message });
  if (!NAME.test(bot.name.trim()))
    error(
      'BadBotName',
      'Name the bot with 2 to 64 letters, digits, "_", "." or "-", starting with a letter or digit: its handle must be unique across Azure.',
    );
  if (!RESOURCE_GROUP.test(bot.resourceGroup))
    error('BadBotResourceGroup', 'Give the subscription ID and the name of the resource group the bot is created in.');
  for (const problem of endpointProblems(bot.endpoint)) error('BadMessagingEndpoint', problem.message);
  const health = integration.flows.flatMap((flow) => flow.nextCommands).find((command) => /health/.test(command));
  if (integration.bot.tokenTenant === 'botframework.com')
    problems.push({
      code: 'BotTokenTenant',
      severity: 'warning',
      message: `Azure creates only single-tenant bots now, and the plan makes one; ${integration.name}'s code asks for the bot's token at the multi-tenant authority (login.microsoftonline.com/botframework.com). After saving the instance, check that the token works${health ? ` with ${health} ("Bot Framework API Health")` : ''}.`,
    });
  return problems;
}

/**
 * The bot's steps, after the app and its service principal: the resource provider on the subscription, the bot (found
 * by the app it answers as, else created single-tenant in the admin's tenant), its messaging endpoint, the Teams channel.
 */
export function botSteps(setup: BotSetup, bot: BotInput, displayName: string): PlanStep[] {
  const endpoint = messagingEndpoint(setup, bot.endpoint) ?? '';
  const name = bot.name.trim();
  const subscription = bot.resourceGroup.replace(/\/resourceGroups\/.*$/i, '');
  const provider = `${subscription}/providers/Microsoft.BotService`;
  const bots = `${bot.resourceGroup}/providers/Microsoft.BotService/botServices`;
  return [
    {
      id: 'bot-provider',
      title: 'Register the Microsoft.BotService resource provider on the subscription',
      look: {
        call: { api: 'arm', method: 'GET', path: `${provider}?api-version=${PROVIDERS_API}` },
        binds: [{ name: 'BOT_PROVIDER', query: "registrationState == 'Registered' && id" }],
      },
      make: {
        call: { api: 'arm', method: 'POST', path: `${provider}/register?api-version=${PROVIDERS_API}` },
        binds: [{ name: 'BOT_PROVIDER', query: 'id' }],
      },
    },
    {
      id: 'bot',
      title: `Create the Azure Bot "${name}" for the app (single-tenant) in ${bot.resourceGroup}`,
      look: {
        // The subscription's bots: the app may already answer as one, whatever its name or group (an app ID is one bot's).
        call: { api: 'arm', method: 'GET', path: `${ref('BOT_PROVIDER')}/botServices?api-version=${BOT_API}` },
        binds: [{ name: 'BOT_RESOURCE_ID', query: `value[?properties.msaAppId=='${ref('CLIENT_ID')}'].id | [0]` }],
        retry: REGISTERING,
      },
      make: {
        call: {
          api: 'arm',
          method: 'PUT',
          path: `${bots}/${name}?api-version=${BOT_API}`,
          body: {
            location: 'global',
            kind: 'azurebot',
            sku: { name: 'F0' },
            properties: {
              displayName,
              endpoint,
              msaAppId: ref('CLIENT_ID'),
              msaAppType: 'SingleTenant',
              msaAppTenantId: ref('TENANT_ID'),
            },
          },
        },
        binds: [{ name: 'BOT_RESOURCE_ID', query: 'id' }],
        retry: REGISTERING,
      },
    },
    {
      id: 'bot-endpoint',
      title: `Set the bot's messaging endpoint to ${endpoint}`,
      look: {
        call: { api: 'arm', method: 'GET', path: `${ref('BOT_RESOURCE_ID')}?api-version=${BOT_API}` },
        binds: [
          { name: 'BOT_ENDPOINT_SET', query: `properties.endpoint == '${endpoint}' && 'yes'` },
          { name: 'BOT_DISPLAY_NAME', query: 'properties.displayName' },
        ],
      },
      make: {
        call: {
          api: 'arm',
          method: 'PATCH',
          path: `${ref('BOT_RESOURCE_ID')}?api-version=${BOT_API}`,
          body: { properties: { displayName: ref('BOT_DISPLAY_NAME'), endpoint, msaAppId: ref('CLIENT_ID') } },
        },
        binds: [],
      },
    },
    {
      id: 'teams-channel',
      title: 'Add the Microsoft Teams channel to the bot',
      look: {
        call: { api: 'arm', method: 'GET', path: `${ref('BOT_RESOURCE_ID')}/channels?api-version=${BOT_API}` },
        binds: [
          {
            name: 'TEAMS_CHANNEL_ID',
            query: `value[?properties.channelName=='${setup.channel}' && properties.properties.isEnabled].id | [0]`,
          },
        ],
      },
      make: {
        call: {
          api: 'arm',
          method: 'PUT',
          path: `${ref('BOT_RESOURCE_ID')}/channels/${setup.channel}?api-version=${BOT_API}`,
          body: { location: 'global', properties: { channelName: setup.channel, properties: { isEnabled: true } } },
        },
        binds: [{ name: 'TEAMS_CHANNEL_ID', query: 'id' }],
      },
    },
  ];
}

/** The bot, for the summary of what the plan made: its portal page and how to remove it. */
export function botCreated(setup: BotSetup, bot: BotInput): CreatedObject {
  const name = bot.name.trim();
  const group = /\/resourceGroups\/([^/]+)$/i.exec(bot.resourceGroup)?.[1] ?? '';
  return {
    what: `Azure Bot "${name}" (messaging endpoint ${messagingEndpoint(setup, bot.endpoint) ?? ''}, Microsoft Teams channel)`,
    variable: 'CLIENT_ID',
    portal: `#resource${bot.resourceGroup}/providers/Microsoft.BotService/botServices/${name}/overview`,
    remove: `az bot delete --name ${name} --resource-group ${group}`,
  };
}
