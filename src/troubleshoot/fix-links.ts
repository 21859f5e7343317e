import { FLOWS } from '../catalog/flows';
import { changesInWords, FIX_PARAM, type FixActions } from '../catalog/fix';
import { choicesToQuery, type Choices } from '../state/choices';
import { PATHS } from '../state/paths';

export interface FixLink {
  /** A route of the wizard with its query. */
  to: string;
  label: string;
}

/**
 * The wizard's pages that fix it, preset: Register the app making exactly the changes, the Authorize step (asking for
 * consent again where needed), the sheet; and always the way back into the wizard for the integration.
 */
export function fixLinks(actions: FixActions, choices: Choices, integrationName?: string): FixLink[] {
  if (!choices.integration) return [];
  const links: FixLink[] = [];
  const flow = choices.flow && FLOWS[choices.flow];
  const query = (change: Partial<Choices> = {}) => choicesToQuery({ ...choices, ...change });
  const ready = Boolean(flow && choices.cloud);
  // Before the flow and cloud are chosen, a fix link goes to the step that chooses them first.
  const chooseFirst = (then: string): FixLink => ({
    to: `${flow ? PATHS.cloud : PATHS.flow}?${query()}`,
    label: `Choose ${flow ? 'the cloud' : 'the flow and cloud'}, then ${then}`,
  });
  const register = actions.register ?? [];
  // A new secret or certificate is a rotation: added next to the old one, which goes only once the instance works.
  const credentials = register.filter((change) => change === 'secret' || change === 'certificate');
  if (credentials.length && (!flow || flow.credential))
    links.push(
      ready
        ? {
            to: `${PATHS.rotate}?${query(credentials.includes('certificate') && !credentials.includes('secret') ? { credential: 'certificate' } : {})}`,
            label: `Rotate the credential: ${changesInWords(credentials)}`,
          }
        : chooseFirst(`rotate the credential to ${changesInWords(credentials)}`),
    );
  const changes = register.filter(
    (change) => change !== 'secret' && change !== 'certificate' && (change !== 'public-client' || flow?.publicClient !== false),
  );
  if (changes.length && (!flow || flow.registers !== 'nothing'))
    links.push(
      ready
        ? {
            to: `${PATHS.register}?${query()}&${FIX_PARAM}=${changes.join(',')}`,
            label: `Register the app, preset to ${changesInWords(changes)}`,
          }
        : chooseFirst(`Register the app to ${changesInWords(changes)}`),
    );
  if (actions.authorize && !ready)
    links.push({ to: `${flow ? PATHS.cloud : PATHS.flow}?${query()}`, label: 'Get a new code or credential with the wizard' });
  if (actions.authorize && flow && ready && flow.signIn !== 'none') {
    const consent = actions.authorize === 'consent' && flow.signIn === 'authorize-url';
    links.push({
      to: `${PATHS.authorize}?${query(consent ? { prompt: 'consent' } : {})}`,
      label: consent
        ? 'Sign in again, asking for consent (prompt=consent)'
        : flow.signIn === 'admin-consent'
          ? 'Grant admin consent again'
          : 'Get a new code or credential with the wizard',
    });
  }
  if (actions.sheet && ready) links.push({ to: `${PATHS.sheet}?${query()}`, label: 'Check the instance’s values on the sheet' });
  links.push({
    to: `${PATHS.overview}?integration=${choices.integration}`,
    label: `Back to ${integrationName ?? 'the integration'} in the wizard`,
  });
  return links;
}
