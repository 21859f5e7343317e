import { findIndexEntry } from '../catalog/first-screen';
import type { Choices } from './choices';

export const STEPS = [
  { path: '/', label: 'Integration' },
  { path: '/flow', label: 'Flow' },
  { path: '/cloud', label: 'Cloud' },
  { path: '/app', label: 'App details' },
  { path: '/authorize', label: 'Authorize' },
  { path: '/sheet', label: 'Sheet' },
] as const;

export type StepPath = (typeof STEPS)[number]['path'];

/** The first step whose choice is still missing: where a deep link or a half-done wizard should land. */
export function firstOpenStep(choices: Choices): StepPath {
  const integration = findIndexEntry(choices.integration, choices.version);
  if (!integration) return '/';
  if (!choices.flow || !integration.flows.includes(choices.flow)) return '/flow';
  if (!choices.cloud || (choices.cloud === 'custom' && !choices.authority)) return '/cloud';
  return '/app';
}
