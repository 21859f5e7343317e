import { findIndexEntry } from '../catalog/first-screen';
import type { Choices } from '../state/choices';
import { PATHS, type StepPath } from '../state/paths';

/** The first step whose choice is still missing: where a deep link or a half-done wizard should land. */
export function firstOpenStep(choices: Choices): StepPath {
  const integration = findIndexEntry(choices.integration, choices.version);
  if (!integration) return PATHS.integration;
  if (!choices.flow || !integration.flows.includes(choices.flow)) return PATHS.flow;
  if (!choices.cloud || (choices.cloud === 'custom' && !choices.authority)) return PATHS.cloud;
  return PATHS.app;
}
