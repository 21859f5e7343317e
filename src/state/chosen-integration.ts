import { findIntegration } from '../catalog/integrations';
import { narrowIntegration } from '../catalog/least-privilege';
import type { Integration } from '../catalog/types';
import type { Choices } from './choices';

/** The integration (and version) chosen, asking only for what the chosen commands need where the admin chose some. */
export function chosenIntegration(choices: Pick<Choices, 'integration' | 'version' | 'commands'>): Integration | undefined {
  const integration = findIntegration(choices.integration, choices.version);
  return integration && narrowIntegration(integration, choices.commands);
}
