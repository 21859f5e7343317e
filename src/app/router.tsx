import { createHashRouter } from 'react-router';
import { AppStep } from '../wizard/steps/app-step';
import { AuthorizeStep } from '../wizard/steps/authorize-step';
import { CloudStep } from '../wizard/steps/cloud-step';
import { FlowStep } from '../wizard/steps/flow-step';
import { IntegrationStep } from '../wizard/steps/integration-step';
import { SheetStep } from '../sheet/sheet-step';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Hash routing: any static server can host the build under any path, with no rewrite rules.
export const router = createHashRouter([
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
