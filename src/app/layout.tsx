import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { Notice } from '../components/ui/notice';
import { sessionStore, useSession, useUnsavedCredentialWarning } from '../state/session';
import { PATHS, STEPS } from '../state/paths';

function Stepper() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  // Registering the app and rotating its credential are part of App details.
  const current = STEPS.findIndex(
    (step) => step.path === (pathname === PATHS.register || pathname === PATHS.rotate ? PATHS.app : pathname),
  );
  return (
    <nav aria-label="Wizard steps" className="mb-8">
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {STEPS.map((step, index) => (
          <li key={step.path} className="flex items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-subtle">
                ›
              </span>
            )}
            {index <= current ? (
              <Link
                to={`${step.path}?${params.toString()}`}
                aria-current={index === current ? 'step' : undefined}
                className={index === current ? 'font-semibold text-accent' : 'text-muted underline'}
              >
                {index + 1}. {step.label}
              </Link>
            ) : (
              <span className="text-subtle">
                {index + 1}. {step.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Notices() {
  const { notices } = useSession();
  if (notices.length === 0) return null;
  return (
    <div className="mb-6 space-y-3">
      {notices.map((notice, index) => (
        <Notice key={index} tone={notice.tone} title={notice.title}>
          {notice.code && <p className="font-mono">{notice.code}</p>}
          <p>{notice.body}</p>
          {notice.lookup && (
            <p>
              <a href={notice.lookup} target="_blank" rel="noreferrer noopener" className="underline">
                Look up {notice.code} on the sign-in service<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          )}
        </Notice>
      ))}
      <button type="button" onClick={sessionStore.dismissNotices} className="text-sm underline">
        Dismiss messages
      </button>
    </div>
  );
}

export function Layout() {
  useUnsavedCredentialWarning();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <header className="mb-6">
        <p className="text-sm font-medium text-accent">Microsoft integration setup</p>
      </header>
      <Stepper />
      <main>
        <Notices />
        <Outlet />
      </main>
      <footer className="mt-12 border-t border-line pt-4 text-xs text-subtle">
        Runs entirely in your browser. Secrets stay in this page's memory: never stored, never sent anywhere.
      </footer>
    </div>
  );
}
