// Azure Bot Service (Microsoft.BotService) through Resource Manager, as its 2022-09-15 REST API documents it
// (Azure/azure-rest-api-specs@b85c970d specification/botservice/resource-manager/Microsoft.BotService/BotService/stable/
// 2022-09-15/botservice.json and its examples): bots listed per subscription, read, created with PUT (200 or 201) and
// updated with PATCH; channels listed, read and created with PUT; the resource provider read and registered
// (Resource Manager's providers API). Errors carry the codes and texts Azure answers with where they are quoted in
// public reports: InvalidBotCreationData for a multi-tenant bot (OfficeDev/Microsoft-Teams-Samples#1965), InvalidBotData
// for a taken handle (microsoft/ignite25-LAB598-…#13, byte5ai/omadia#921), an app ID in use
// (microsoft/botframework-sdk#4863) or a create-only property changed (OfficeDev/microsoft-365-agents-toolkit#8774),
// MissingSubscriptionRegistration (learn.microsoft.com/azure/azure-resource-manager/templates/
// error-register-resource-provider). The others say they are the stand-in's own words. An http:// endpoint is accepted,
// as the API's own example has one; Azure Policy's "Bot Service endpoint should be a valid HTTPS URI" is what denies it.

const NAMESPACE = 'Microsoft.BotService';
/** The versions Microsoft.BotService/botServices documents (Microsoft.BotService resource types, all versions). */
const API_VERSIONS = [
  '2017-12-01',
  '2018-07-12',
  '2020-06-02',
  '2021-03-01',
  '2021-05-01-preview',
  '2022-06-15-preview',
  '2022-09-15',
  '2023-09-15-preview',
];
const APP_TYPES = ['UserAssignedMSI', 'SingleTenant', 'MultiTenant'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bot handles are unique across Azure: these belong to bots of other tenants. */
export const BOT_NAMES_TAKEN_ELSEWHERE = ['demisto-bot', 'xsoar-bot'];
/** The Bot Framework channel ID a channel resource shows as in a bot's configuredChannels. */
const CHANNEL_IDS = { MsTeamsChannel: 'msteams' };

export function createBotService() {
  return {
    /** Registration state of Microsoft.BotService on the subscription. */
    registration: 'NotRegistered',
    /** @type {{ id: string, name: string, group: string, sku: string, kind: string, properties: Record<string, unknown>, channels: Record<string, Record<string, unknown>> }[]} */
    bots: [],
  };
}

const botBody = (bot) => ({
  id: bot.id,
  name: bot.name,
  type: `${NAMESPACE}/botServices`,
  location: 'global',
  kind: bot.kind,
  sku: { name: bot.sku, tier: bot.sku === 'S1' ? 'Standard' : 'Free' },
  etag: `"${bot.etag}"`,
  tags: {},
  zones: [],
  properties: {
    ...bot.properties,
    endpointVersion: '3.0',
    configuredChannels: Object.keys(bot.channels).map((name) => CHANNEL_IDS[name]),
    enabledChannels: Object.entries(bot.channels)
      .filter(([, channel]) => channel.isEnabled)
      .map(([name]) => CHANNEL_IDS[name]),
    provisioningState: 'Succeeded',
  },
});

const channelBody = (bot, name) => ({
  id: `${bot.id}/channels/${name}`,
  name: `${bot.name}/${name}`,
  type: `${NAMESPACE}/botServices/channels`,
  location: 'global',
  properties: {
    channelName: name,
    properties: {
      enableCalling: false,
      deploymentEnvironment: 'FallbackDeploymentEnvironment',
      acceptedTerms: null,
      ...bot.channels[name],
    },
    provisioningState: 'Succeeded',
    location: 'global',
  },
});

const providerBody = (subscriptionScope, state) => ({
  id: `${subscriptionScope}/providers/${NAMESPACE}`,
  namespace: NAMESPACE,
  registrationState: state,
  registrationPolicy: 'RegistrationRequired',
  resourceTypes: [
    { resourceType: 'botServices', locations: ['global'], apiVersions: API_VERSIONS.slice().reverse() },
    { resourceType: 'botServices/channels', locations: ['global'], apiVersions: API_VERSIONS.slice().reverse() },
  ],
});

const FAQ = 'https://docs.microsoft.com/azure/bot-service/bot-service-resources-bot-framework-faq?view=azure-bot-service-4.0';
/** Azure Bot Service's refusal of a bot: each error a sentence, then where its requirements are. */
const invalidBot = (fail, error) =>
  fail(400, 'InvalidBotData', `Bot is not valid. Errors: ${error}.  See ${FAQ} for detailed requirements.`);

/**
 * Answers a Microsoft.BotService request, or returns undefined for any other path.
 * @param {ReturnType<typeof createBotService>} state
 * @param {{ applications: { appId: string }[], changes: { user: string, change: string }[] }} directory
 * @param {{ method: string, path: string, query: URLSearchParams, body: any, user: string }} request
 * @param {{ subscriptionScope: string, resourceGroups: string[], tenantId: string, authorize: (action: string, scope: string) => void, mayRead: (action: string, scope: string) => boolean, fail: (status: number, code: string, message: string) => never }} arm
 */
export function handleBotService(state, directory, { method, path, query, body, user }, arm) {
  const { subscriptionScope, fail } = arm;
  const under = /^\/subscriptions\/([^/]+)(\/.*)$/i.exec(path);
  if (!under || !new RegExp(`/providers/${NAMESPACE}(/|$)`, 'i').test(path)) return undefined;
  const [, subscription = '', rest = ''] = under;
  if (`/subscriptions/${subscription}`.toLowerCase() !== subscriptionScope.toLowerCase())
    return fail(404, 'SubscriptionNotFound', `The subscription '${subscription}' could not be found.`);
  const provider = /^\/providers\/Microsoft\.BotService(\/register)?$/i.exec(rest);
  const listAll = /^\/providers\/Microsoft\.BotService\/botServices$/i.test(rest);
  const inGroup =
    /^(\/resourceGroups\/([^/]+))\/providers\/Microsoft\.BotService\/botServices(?:\/([^/]+)(?:\/(channels)(?:\/([^/]+))?)?)?$/i.exec(rest);
  if (!provider && !listAll && !inGroup) return fail(400, 'InvalidResourceType', `The stand-in models no '${rest}' under ${NAMESPACE}.`);
  const change = (what) => directory.changes.push({ user, change: `${method} ${path}: ${what}` });

  if (provider) {
    if (provider[1] && method === 'POST') {
      arm.authorize(`${NAMESPACE}/register/action`, subscriptionScope);
      const before = state.registration;
      // Registration runs in the background; here it is done by the next request.
      state.registration = 'Registered';
      if (before !== 'Registered') change(`registered ${NAMESPACE}`);
      return { status: 200, body: providerBody(subscriptionScope, before === 'Registered' ? 'Registered' : 'Registering') };
    }
    if (!provider[1] && method === 'GET') return { status: 200, body: providerBody(subscriptionScope, state.registration) };
    return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
  }
  if (!API_VERSIONS.includes(query.get('api-version') ?? ''))
    return fail(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location 'global' and API version '${query.get('api-version')}' for type 'botServices'. The supported api-versions are '${API_VERSIONS.join(', ')}'. The supported locations are 'global'.`,
    );
  if (state.registration !== 'Registered')
    return fail(
      409,
      'MissingSubscriptionRegistration',
      `The subscription is not registered to use namespace '${NAMESPACE}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
    );
  if (listAll && method === 'GET') {
    const visible = state.bots.filter((bot) => arm.mayRead(`${NAMESPACE}/botServices/read`, bot.id));
    return { status: 200, body: { value: visible.map(botBody) } };
  }
  if (!inGroup) return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
  const [, groupPath = '', group = '', name, channels, channelName] = inGroup;
  const groupScope = `${subscriptionScope}${groupPath}`;
  if (!arm.resourceGroups.some((known) => known.toLowerCase() === group.toLowerCase()))
    return fail(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
  const bot =
    name &&
    state.bots.find((candidate) => candidate.id.toLowerCase() === `${groupScope}/providers/${NAMESPACE}/botServices/${name}`.toLowerCase());
  const notFound = (type) =>
    fail(
      404,
      'ResourceNotFound',
      `The Resource '${NAMESPACE}/${type}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );

  if (!name) {
    if (method !== 'GET') return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
    arm.authorize(`${NAMESPACE}/botServices/read`, groupScope);
    return { status: 200, body: { value: state.bots.filter((candidate) => candidate.group === group.toLowerCase()).map(botBody) } };
  }
  const botScope = `${groupScope}/providers/${NAMESPACE}/botServices/${name}`;
  if (channels) {
    if (!bot) return notFound(`botServices/${name}`);
    if (!channelName) {
      if (method !== 'GET') return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
      arm.authorize(`${NAMESPACE}/botServices/channels/read`, botScope);
      return { status: 200, body: { value: Object.keys(bot.channels).map((known) => channelBody(bot, known)) } };
    }
    if (method === 'GET') {
      arm.authorize(`${NAMESPACE}/botServices/channels/read`, botScope);
      return bot.channels[channelName]
        ? { status: 200, body: channelBody(bot, channelName) }
        : notFound(`botServices/${name}/channels/${channelName}`);
    }
    if (method !== 'PUT') return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
    arm.authorize(`${NAMESPACE}/botServices/channels/write`, `${botScope}/channels/${channelName}`);
    if (!(channelName in CHANNEL_IDS))
      return fail(400, 'BadRequest', `The stand-in models only the MsTeamsChannel channel, not '${channelName}'.`);
    const channel = body?.properties;
    // The channel's kind is the body's discriminator (channelName); its own settings require isEnabled.
    if (channel?.channelName !== channelName || typeof channel?.properties?.isEnabled !== 'boolean')
      return fail(
        400,
        'BadRequest',
        `The stand-in's check: the body must be { properties: { channelName: '${channelName}', properties: { isEnabled } } }.`,
      );
    const existed = Boolean(bot.channels[channelName]);
    bot.channels[channelName] = { ...channel.properties };
    change(`${existed ? 'updated' : 'added'} the ${channelName} channel of ${bot.name}`);
    return { status: existed ? 200 : 201, body: channelBody(bot, channelName) };
  }
  if (method === 'GET') {
    arm.authorize(`${NAMESPACE}/botServices/read`, botScope);
    return bot ? { status: 200, body: botBody(bot) } : notFound(`botServices/${name}`);
  }
  if (method === 'PATCH') {
    arm.authorize(`${NAMESPACE}/botServices/write`, botScope);
    if (!bot) return notFound(`botServices/${name}`);
    const update = body?.properties ?? {};
    for (const fixed of ['msaAppId', 'msaAppTenantId', 'msaAppType'])
      if (update[fixed] !== undefined && update[fixed] !== bot.properties[fixed])
        return invalidBot(fail, `'${fixed.replace(/^m/, 'M')}' property cannot be changed.`);
    Object.assign(bot.properties, update);
    bot.etag = crypto.randomUUID();
    change(`updated bot ${bot.name}`);
    return { status: 200, body: botBody(bot) };
  }
  if (method !== 'PUT') return fail(405, 'MethodNotAllowed', `The requested method ${method} is not allowed.`);
  arm.authorize(`${NAMESPACE}/botServices/write`, botScope);
  const properties = body?.properties ?? {};
  const missing = ['displayName', 'endpoint', 'msaAppId'].filter((required) => !properties[required]);
  if (missing.length) return invalidBot(fail, missing.map((field) => `${field} is required (the stand-in's words)`).join('. '));
  const appType = properties.msaAppType ?? 'MultiTenant';
  if (!APP_TYPES.includes(appType))
    return invalidBot(fail, `MsaAppType '${appType}' is not one of ${APP_TYPES.join(', ')} (the stand-in's words)`);
  if (appType === 'MultiTenant' && !bot)
    return fail(400, 'InvalidBotCreationData', 'Multitenant bot creation is deprecated. Please use SingleTenant or UserAssignedMSI');
  if (!/^https?:\/\/[^\s/]+/i.test(properties.endpoint))
    return invalidBot(fail, `Endpoint '${properties.endpoint}' is not an absolute URL (the stand-in's words)`);
  if (!GUID.test(properties.msaAppId) || !directory.applications.some((app) => app.appId === properties.msaAppId))
    return invalidBot(fail, `MsaAppId '${properties.msaAppId}' is not an application of the tenant (the stand-in's words)`);
  if (appType === 'SingleTenant' && properties.msaAppTenantId !== arm.tenantId)
    return invalidBot(fail, `MsaAppTenantId '${properties.msaAppTenantId ?? ''}' is not the tenant of the app (the stand-in's words)`);
  if (bot) {
    for (const fixed of ['msaAppId', 'msaAppTenantId'])
      if ((properties[fixed] ?? '') !== (bot.properties[fixed] ?? ''))
        return invalidBot(fail, `'${fixed.replace(/^m/, 'M')}' property cannot be changed.`);
    bot.properties = { ...bot.properties, ...properties, msaAppType: appType };
    bot.etag = crypto.randomUUID();
    change(`updated bot ${bot.name}`);
    return { status: 200, body: botBody(bot) };
  }
  const lower = name.toLowerCase();
  if (BOT_NAMES_TAKEN_ELSEWHERE.includes(lower) || state.bots.some((other) => other.name.toLowerCase() === lower))
    return invalidBot(fail, 'The bot name is already registered to another bot application.');
  if (state.bots.some((other) => other.properties.msaAppId === properties.msaAppId))
    return fail(400, 'InvalidBotData', 'MsaAppId: MsaAppId is already in use');
  const created = {
    id: botScope,
    name,
    group: group.toLowerCase(),
    sku: body?.sku?.name ?? 'F0',
    kind: body?.kind ?? 'azurebot',
    etag: crypto.randomUUID(),
    properties: {
      iconUrl: '',
      publicNetworkAccess: 'Enabled',
      isCmekEnabled: false,
      isStreamingSupported: false,
      ...properties,
      msaAppType: appType,
    },
    channels: {},
  };
  state.bots.push(created);
  change(`created bot ${name} for app ${properties.msaAppId}`);
  return { status: 201, body: botBody(created) };
}
