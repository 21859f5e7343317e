import { Link } from 'react-router';
import { Command } from '../components/ui/command';
import { errorPageUrl } from '../oauth/explain-error';
import type { Diagnosis } from './diagnose';
import type { FixLink } from './fix-links';

/** One recognised error: its code, who reported it, what it means, the steps that fix it and the wizard's pages that do. */
export function DiagnosisCard({ diagnosis, loginHost, links }: { diagnosis: Diagnosis; loginHost: string; links: FixLink[] }) {
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
      </ol>
      <FixLinks links={links} label={`Fix ${diagnosis.code} with the wizard`} />
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

/** The wizard's pages that make the fix, preset. */
export function FixLinks({ links, label }: { links: FixLink[]; label: string }) {
  if (!links.length) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="font-medium text-accent underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
