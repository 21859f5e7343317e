import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createWizardRouter } from './app/router';
import './index.css';
import { bootFromLocation } from './wizard/boot';
import { listenForPopupResults } from './wizard/redirect-handoff';

const root = createRoot(document.getElementById('root')!);

void bootFromLocation().then((outcome) => {
  if (outcome === 'handed-over') {
    root.render(<p className="p-8">Signed in. The wizard has your result; you can close this window.</p>);
    window.close();
    return;
  }
  const router = createWizardRouter();
  listenForPopupResults((path) => void router.navigate(path));
  // Render synchronously: after a sign-in redirect the code must be on screen at once (it expires in minutes),
  // not a scheduler task after DOMContentLoaded.
  flushSync(() =>
    root.render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  );
});
