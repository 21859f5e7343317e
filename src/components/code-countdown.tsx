import { Link } from 'react-router';
import { CopyButton } from './ui/copy-button';
import { Notice } from './ui/notice';
import { CODE_LIFETIME_MS } from '../oauth/accept-redirect';
import { useNow } from '../state/use-now';

export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function CodeCountdown({ code, capturedAt, authorizeLink }: { code: string; capturedAt: number; authorizeLink: string }) {
  const now = useNow(1000);
  const remaining = capturedAt + CODE_LIFETIME_MS - now;
  if (remaining <= 0) {
    return (
      <Notice tone="error" title="The authorization code has most likely expired">
        <p>
          Codes live about 10 minutes and work once.{' '}
          <Link to={authorizeLink} className="underline">
            Get a new code
          </Link>
          , then save the instance right away.
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="success" title="Authorization code captured" live={false}>
      <p>
        Expires in about <span className="font-mono font-semibold">{formatRemaining(remaining)}</span>. It works once: paste the parameters
        and save the instance before then. The product redeems it the first time the instance connects.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="captured-code" className="sr-only">
          Captured authorization code
        </label>
        <input
          id="captured-code"
          readOnly
          value={code}
          className="min-w-0 flex-1 rounded-md border border-green-700 bg-surface px-3 py-2 font-mono text-sm text-ink"
        />
        <CopyButton value={code} label="Copy the captured authorization code" />
      </div>
    </Notice>
  );
}
