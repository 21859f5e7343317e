import { kindOf } from './parameter-type.ts';
import { CLOUD_OF_GRAPH_HOST, CLOUDS } from './clouds.ts';
import { AZURE_CLOUD_OPTIONS } from './integrations/common.ts';
import { CLOUD_IDS, type CloudId, type InstanceParameter, type Integration } from './types.ts';

const NATIONAL = CLOUD_IDS.filter((id): id is Exclude<CloudId, 'custom'> => id !== 'custom');

export interface CloudReach {
  /** The clouds the product can sign in to and call for this integration, in the wizard's order. */
  clouds: CloudId[];
  /** Where the product takes its login host from, as a sentence for the admin. */
  why: string;
  /** Why there are no custom endpoints, where the integration has a setting that might suggest them. */
  noCustom?: string;
}

const setting = (parameter: InstanceParameter) => `“${parameter.label}”`;
const withLogin = (hosts: string[]) => NATIONAL.filter((id) => hosts.includes(CLOUDS[id].login));
const inOrder = (ids: Iterable<CloudId>) => {
  const wanted = new Set(ids);
  return CLOUD_IDS.filter((id) => wanted.has(id));
};
const WORLDWIDE_LOGIN = new URL(CLOUDS.global.login).host;

/**
 * Where the product takes its login host from, read as MicrosoftApiModule's get_azure_cloud does: the "Azure Cloud"
 * select (its "Custom" reaches a custom login host only through an "Azure AD endpoint" text parameter, and only when
 * no "server_url" parameter takes precedence); else a select of the integration's own cloud names; else an "Azure AD
 * endpoint" (a list of login hosts, or any URL); else a Graph address the code picks its cloud from; else the worldwide
 * cloud only (a host parameter alone changes where requests go, not the login host or the tokens' audience). An
 * entry's own `clouds` can only narrow this (its code ignores a setting).
 */
export function cloudReach(integration: Integration): CloudReach {
  const reach = narrowedReach(integration);
  if (reach.clouds.includes('custom') || reach.noCustom) return reach;
  return { ...reach, noCustom: 'None of its settings takes a login host.' };
}

function narrowedReach(integration: Integration): CloudReach {
  const derived = derivedReach(integration);
  if (!integration.clouds) return derived;
  const narrowed = derived.clouds.filter((id) => integration.clouds?.includes(id));
  if (narrowed.length === derived.clouds.length) return derived;
  const ignored = integration.parameters.find(
    (p) =>
      p.source.from === 'cloud-label' || p.source.from === 'cloud-option' || (p.source.from === 'cloud-host' && p.source.host === 'login'),
  );
  return {
    clouds: narrowed,
    why: `${integration.name}’s code signs in and calls its APIs at fixed hosts${ignored ? `, whatever its ${setting(ignored)} setting says` : ''}.`,
    ...(ignored && !narrowed.includes('custom')
      ? { noCustom: `Its code does not sign in where its ${setting(ignored)} setting says.` }
      : {}),
  };
}

function derivedReach(integration: Integration): CloudReach {
  const { parameters, name } = integration;
  const loginText = parameters.find((p) => p.source.from === 'cloud-host' && p.source.host === 'login' && kindOf(p.type) === 'text');
  const loginSelect = parameters.find((p) => p.source.from === 'cloud-host' && p.source.host === 'login' && kindOf(p.type) === 'select');
  const azureCloud = parameters.find((p) => p.source.from === 'cloud-label');
  const ownNames = parameters.find((p) => p.source.from === 'cloud-option');
  const resourceHost = parameters.find((p) => p.source.from === 'cloud-host' && p.source.host !== 'login');

  if (ownNames?.source.from === 'cloud-option') {
    const ids = Object.keys(ownNames.source.values) as CloudId[];
    return {
      clouds: inOrder(ids.filter((id) => id !== 'custom')),
      why: `${name} signs in at the login host of the cloud its ${setting(ownNames)} setting names.`,
      ...(ownNames.options?.includes('Custom')
        ? { noCustom: `Its “Custom” option changes only the API address: sign-in stays at ${WORLDWIDE_LOGIN}.` }
        : {}),
    };
  }
  if (azureCloud) {
    const options = azureCloud.options ?? AZURE_CLOUD_OPTIONS;
    const national = NATIONAL.filter((id) => options.includes(CLOUDS[id].productLabel ?? ''));
    const serverUrlFirst = parameters.some((p) => p.name === 'server_url');
    const custom = options.includes('Custom') && loginText !== undefined && !serverUrlFirst;
    const why = `${name} signs in at the login host of its ${setting(azureCloud)} setting${custom && loginText ? `, or, with “Custom”, at its ${setting(loginText)}` : ''}.`;
    if (custom) return { clouds: inOrder([...national, 'custom']), why };
    return {
      clouds: national,
      why,
      noCustom: options.includes('Custom')
        ? `Its “Custom” option changes only the ${serverUrlFirst ? 'Resource Manager' : 'API'} address: sign-in stays at ${WORLDWIDE_LOGIN}.`
        : 'That setting has no custom login host.',
    };
  }
  if (loginText)
    return { clouds: [...CLOUD_IDS], why: `${name} signs in at the login host in its ${setting(loginText)} setting, any address.` };
  if (loginSelect)
    return {
      clouds: withLogin(loginSelect.options ?? []),
      why: `${name} signs in at the login host its ${setting(loginSelect)} setting lists.`,
      noCustom: 'That list holds only Microsoft’s login hosts.',
    };
  if (resourceHost?.source.from === 'cloud-host' && resourceHost.source.picksCloud)
    return {
      // The cloud picked from the cloud's own Graph address must sign in where the cloud does (not GCC's).
      clouds: NATIONAL.filter((id) => {
        const picked = CLOUD_OF_GRAPH_HOST[CLOUDS[id].graph];
        return picked !== undefined && CLOUDS[picked].login === CLOUDS[id].login;
      }),
      why: `${name} takes its login host from its ${setting(resourceHost)} setting: each Microsoft Graph address belongs to one cloud (GCC shares GCC High’s, so GCC is not reachable).`,
    };
  if (resourceHost)
    return {
      clouds: ['global'],
      why: `${name} always signs in at ${WORLDWIDE_LOGIN} and asks for tokens for worldwide APIs (its code has no cloud setting); its ${setting(resourceHost)} setting changes only where requests go.`,
    };
  return {
    clouds: ['global'],
    why: `${name} always signs in at ${WORLDWIDE_LOGIN} and calls worldwide APIs (its code has no cloud setting).`,
  };
}
