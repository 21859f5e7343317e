import { lazy, Suspense } from 'react';
import { findIndexEntry } from '../catalog/first-screen';
import { FLOWS } from '../catalog/flows';
import { LoadBoundary } from '../components/ui/load-boundary';
import { StepHeading } from '../components/ui/step-heading';
import { useSession } from '../state/session';
import { chosenCloud } from '../state/choices';
import { useChoices } from '../state/use-choices';
import { MissingChoice } from '../components/missing-choice';
import { CodeCountdown } from '../components/code-countdown';

const SheetBody = lazy(async () => ({ default: (await import('./sheet-body')).SheetBody }));

/**
 * The sheet's first part is in the first bundle, so after a sign-in redirect the captured code is on screen at once;
 * the parameters (and the full catalog entry they come from) follow in their own chunk.
 */
export function SheetStep() {
  const { choices, linkTo } = useChoices();
  const { capture } = useSession();
  const integration = findIndexEntry(choices.integration, choices.version);
  const flow = choices.flow && integration?.flows.includes(choices.flow) ? choices.flow : undefined;
  if (!integration || !flow) return <MissingChoice what="an integration and a flow" step={integration ? '/flow' : '/'} linkTo={linkTo} />;
  const cloud = chosenCloud(choices);

  return (
    <section>
      <StepHeading intro={`${integration.productName} · ${FLOWS[flow].label}${cloud ? ` · ${cloud.label}` : ''}`}>
        Instance parameters
      </StepHeading>
      <div className="grid gap-4">
        {FLOWS[flow].signIn === 'authorize-url' && capture?.kind === 'code' && (
          <CodeCountdown code={capture.code} capturedAt={capture.capturedAt} authorizeLink={linkTo('/authorize')} />
        )}
        <LoadBoundary what="parameter sheet">
          <Suspense fallback={<p className="text-sm">Loading the parameters…</p>}>
            <SheetBody />
          </Suspense>
        </LoadBoundary>
      </div>
    </section>
  );
}
