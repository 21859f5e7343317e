// Build-time entry (build/prerender.ts): the wizard's landing pages as static HTML, rendered by the same components
// the app then takes over with, so a help-section link paints its content before any script runs.
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from '../app/layout';
import { INTEGRATIONS } from '../catalog/integrations';
import { FLOWS } from '../catalog/flows';
import { flowPageHref, integrationPageHref } from '../wizard/deep-link';
import { FlowOverview } from '../wizard/steps/flow-overview';
import { IntegrationOverview } from '../wizard/steps/integration-overview';
import { IntegrationStep } from '../wizard/steps/integration-step';

export interface StaticPage {
  /** Where the page is written, relative to the build's output folder. */
  file: string;
  title: string;
  description: string;
  html: string;
}

function render(entry: string): string {
  return renderToString(
    <MemoryRouter initialEntries={[entry]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/" element={<IntegrationStep />} />
          <Route path="/integration" element={<IntegrationOverview />} />
          <Route path="/flow-overview" element={<FlowOverview />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

export function renderPages(): StaticPage[] {
  return [
    {
      file: 'index.html',
      title: 'Microsoft integration setup wizard',
      description:
        'Set up Microsoft integrations: app registration checklist, authorize URL, captured code and a filled-in parameter sheet.',
      html: render('/'),
    },
    ...INTEGRATIONS.map((integration) => ({
      file: `${integrationPageHref(integration.id, '')}index.html`,
      title: `${integration.productName}: set up its Microsoft sign-in`,
      description: `${integration.summary} The ways it signs in to Microsoft and the app registration each needs.`,
      html: render(`/integration?integration=${integration.id}`),
    })),
    ...INTEGRATIONS.flatMap((integration) =>
      integration.flows.map((flow) => ({
        file: `${flowPageHref(integration.id, flow.id, '')}index.html`,
        title: `${integration.productName}, ${FLOWS[flow.id].label}: set it up`,
        description: `${FLOWS[flow.id].description} The app registration ${integration.name} needs for it and every instance parameter.`,
        html: render(`/flow-overview?integration=${integration.id}&flow=${flow.id}`),
      })),
    ),
  ];
}

/** The flow pages rendered, by integration: what the boot script moves a deep link to. */
export function pageFlows(): Record<string, string[]> {
  return Object.fromEntries(INTEGRATIONS.map((integration) => [integration.id, integration.flows.map((flow) => flow.id)]));
}
