/** Every route of the wizard, once: the router, the step list and every link name them from here. */
export const PATHS = {
  integration: '/',
  flow: '/flow',
  cloud: '/cloud',
  app: '/app',
  authorize: '/authorize',
  sheet: '/sheet',
  overview: '/integration',
  flowOverview: '/flow-overview',
  register: '/register',
  rotate: '/rotate',
  troubleshoot: '/troubleshoot',
} as const;

export type RoutePath = (typeof PATHS)[keyof typeof PATHS];

/** The wizard's steps, in order, as the step list shows them. */
export const STEPS = [
  { path: PATHS.integration, label: 'Integration' },
  { path: PATHS.flow, label: 'Flow' },
  { path: PATHS.cloud, label: 'Cloud' },
  { path: PATHS.app, label: 'App details' },
  { path: PATHS.authorize, label: 'Authorize' },
  { path: PATHS.sheet, label: 'Sheet' },
] as const;

export type StepPath = (typeof STEPS)[number]['path'];
