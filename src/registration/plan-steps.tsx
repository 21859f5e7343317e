import type { RegistrationPlan } from './model';

/** The plan's steps in words, as the script and the browser run carry them out; a finish step says it waits for the test. */
export function PlanSteps({ plan }: { plan: RegistrationPlan }) {
  return (
    <div>
      <h2 className="text-lg font-semibold">What it does</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
        {plan.steps.map((step) => (
          <li key={step.id}>
            {step.title}
            {step.phase === 'finish' && <span className="font-medium"> — only when you finish, after the test</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
