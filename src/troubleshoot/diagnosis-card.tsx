import { Link } from 'react-router';
import { Command } from '../components/ui/command';
import { errorPageUrl } from '../oauth/explain-error';
import type { Diagnosis } from './diagnose';

/** One recognised error: its code, who reported it, what it means, and the steps that fix it. */
export function DiagnosisCard({ diagnosis, loginHost, authorizeLink }: { diagnosis: Diagnosis; loginHost: string; authorizeLink: string }) {
  return (
    <li className="grid gap-2 rounded-md border border-line p-4">
      <h2 className="text-lg font-semibold">
        <code className="font-mono">{diagnosis.code}</code> <span className="text-sm font-normal">from {diagnosis.source}</span>
      </h2>
      <p>{diagnosis.meaning}</p>
      <ol className="grid list-decimal gap-2 pl-6">
        {diagnosis.steps.map((step) => (
          <li key={step.text + (step.command ?? '')}>
            {step.text}
            {step.command && (
              <span className="ml-2 inline-flex flex-wrap items-center gap-2">
                <Command command={step.command} />
              </span>
            )}
          </li>
        ))}
        {diagnosis.authorizeAgain && (
          <li>
            <Link to={authorizeLink} className="underline">
              Get a new code or credential with the wizard
            </Link>{' '}
            and put it in the instance.
          </li>
        )}
      </ol>
      {diagnosis.aadsts && (
        <p className="text-sm">
          <a href={errorPageUrl(loginHost, diagnosis.aadsts)} target="_blank" rel="noreferrer noopener" className="underline">
            Microsoft’s page for AADSTS{diagnosis.aadsts}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </li>
  );
}
