import { Notice } from '../components/ui/notice';
import { explainError } from '../oauth/explain-error';

/** An error from the identity platform: its code, the raw text, what it means, the fix, and the cloud's own page. */
export function ErrorNotice({ title, error, description, login }: { title: string; error: string; description: string; login: string }) {
  const explanation = explainError(error, description, login);
  return (
    <Notice tone="error" title={`${title}: ${explanation.code}`}>
      {description && <p>{description}</p>}
      <p>
        {explanation.meaning} Fix: {explanation.fix}
      </p>
      {explanation.lookup && (
        <p>
          <a href={explanation.lookup} target="_blank" rel="noreferrer noopener" className="underline">
            Look up {explanation.code}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </Notice>
  );
}
