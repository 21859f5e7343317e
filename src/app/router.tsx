import { createHashRouter } from 'react-router';
import { AppStep } from '../wizard/steps/app-step';
import { AuthorizeStep } from '../wizard/steps/authorize-step';
import { CloudStep } from '../wizard/steps/cloud-step';
import { FlowStep } from '../wizard/steps/flow-step';
import { IntegrationStep } from '../wizard/steps/integration-step';
import { SheetStep } from '../sheet/sheet-step';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Created after boot has moved any deep link or sign-in result into the hash.
// Hash routing: any static server can host the build under any path, with no rewrite rules.
export function createWizardRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { path: '/', element: <IntegrationStep /> },
        { path: '/flow', element: <FlowStep /> },
        { path: '/cloud', element: <CloudStep /> },
        { path: '/app', element: <AppStep /> },
        { path: '/authorize', element: <AuthorizeStep /> },
        { path: '/sheet', element: <SheetStep /> },
        { path: '*', element: <RouteError /> },
      ],
    },
  ]);
}
