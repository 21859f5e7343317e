import { createHashRouter } from 'react-router';
import { IntegrationStep } from '../wizard/steps/integration-step';
import { SheetStep } from '../sheet/sheet-step';
import { PATHS } from '../state/paths';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Created after boot has moved any deep link or sign-in result into the hash. Only the two landing screens, the
// integration list and the sheet (where a sign-in redirect lands), are in the first bundle; the steps between load
// on demand.
// Hash routing: any static server can host the build under any path, with no rewrite rules.
export function createWizardRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { path: PATHS.integration, element: <IntegrationStep /> },
        {
          path: PATHS.overview,
          lazy: async () => ({ Component: (await import('../wizard/steps/integration-overview')).IntegrationOverview }),
        },
        {
          path: PATHS.flowOverview,
          lazy: async () => ({ Component: (await import('../wizard/steps/flow-overview')).FlowOverview }),
        },
        { path: PATHS.flow, lazy: async () => ({ Component: (await import('../wizard/steps/flow-step')).FlowStep }) },
        { path: PATHS.cloud, lazy: async () => ({ Component: (await import('../wizard/steps/cloud-step')).CloudStep }) },
        { path: PATHS.app, lazy: async () => ({ Component: (await import('../wizard/steps/app-step')).AppStep }) },
        { path: PATHS.register, lazy: async () => ({ Component: (await import('../registration/register-page')).RegisterPage }) },
        { path: PATHS.rotate, lazy: async () => ({ Component: (await import('../registration/rotate-page')).RotatePage }) },
        { path: PATHS.authorize, lazy: async () => ({ Component: (await import('../wizard/steps/authorize-step')).AuthorizeStep }) },
        { path: PATHS.sheet, element: <SheetStep /> },
        {
          path: PATHS.troubleshoot,
          lazy: async () => ({ Component: (await import('../troubleshoot/troubleshoot-page')).TroubleshootPage }),
        },
        { path: '*', element: <RouteError /> },
      ],
    },
  ]);
}
