import { useEffect, useState } from 'react';
import { Button, buttonClass } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { newState } from '../../oauth/state';
import type { Choices } from '../../state/choices';
import { markPendingVia, savePending } from '../pending-sign-in';
import { expectPopupResult } from '../redirect-handoff';

const POPUP_NAME = 'ms-auth-wizard-sign-in';

/** Opens the sign-in in a popup; where popups are blocked, the whole page goes instead (the result is captured either way). */
function openSignIn(url: string, inThisWindow: boolean) {
  expectPopupResult();
  if (!inThisWindow) {
    markPendingVia(sessionStorage, 'popup');
    if (window.open(url, POPUP_NAME, 'popup,width=520,height=720')) return;
  }
  markPendingVia(sessionStorage, 'page');
  window.location.assign(url);
}

export function SignInLinks({ url, label, fieldLabel }: { url: string; label: string; fieldLabel: string }) {
  return (
    <div className="grid gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="authorize-url" className="text-sm font-medium">
          {fieldLabel}
        </label>
        <textarea
          id="authorize-url"
          readOnly
          value={url}
          rows={4}
          className="rounded-md border border-field bg-surface p-2 font-mono text-xs break-all"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={url}
          className={buttonClass('primary')}
          onClick={(event) => {
            event.preventDefault();
            openSignIn(url, false);
          }}
        >
          {label}
        </a>
        <Button variant="secondary" onClick={() => openSignIn(url, true)}>
          Sign in in this window instead
        </Button>
        <CopyButton value={url} label={`Copy ${fieldLabel}`} />
      </div>
    </div>
  );
}

/** Issues one fresh state per visit and records the pending sign-in, so the redirect can be matched to it. */
export function usePendingState(kind: 'authorize' | 'admin-consent', choices: Choices) {
  const [state] = useState(newState);
  const query = JSON.stringify(choices);
  useEffect(() => {
    savePending(sessionStorage, { state, kind, choices: JSON.parse(query) as Choices, startedAt: Date.now() });
  }, [state, kind, query]);
  return state;
}
