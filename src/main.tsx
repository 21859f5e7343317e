import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createWizardRouter } from './app/router';
import './index.css';
import { bootFromLocation } from './wizard/boot';
import { listenForPopupResults } from './wizard/redirect-handoff';
import { carryOverWhenReplaced } from './wizard/takeover';

// Set by the inline boot script in a build; in the dev server, which serves no boot script, controls that need script
// would stay hidden without it (src/index.css).
if (!document.documentElement.hasAttribute('data-boot')) document.documentElement.setAttribute('data-boot', 'page');
const container = document.getElementById('root')!;
const root = createRoot(container);

/** Resolves once the router has loaded the first route's lazy code. */
function routerReady(router: ReturnType<typeof createWizardRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

void bootFromLocation().then(async (outcome) => {
  if (outcome === 'handed-over') {
    root.render(<p className="p-8">Signed in. The wizard has your result; you can close this window.</p>);
    window.close();
    return;
  }
  const staticPage = document.getElementById('static-page');
  const overStaticPage = staticPage !== null && staticPage.offsetParent !== null;
  if (overStaticPage) {
    // What the admin types, ticks or focuses on the static page before the app replaces it is not lost.
    carryOverWhenReplaced(staticPage, container);
    // The takeover is not urgent: creating the router waits for the next task, so the module's evaluation and the
    // router's first match are two tasks, not one long one.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const router = createWizardRouter();
  listenForPopupResults((path) => void router.navigate(path));
  // The static page stays on screen until the first step's code has loaded: no flash of a loading state.
  await routerReady(router);
  const app = (
    <StrictMode>
      <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />
    </StrictMode>
  );
  // Over the static page a transition renders in slices, so no long task holds the page. Anything else renders at
  // once: after a sign-in redirect the code must be on screen immediately (it expires in minutes), not a scheduler
  // task after DOMContentLoaded.
  if (overStaticPage) startTransition(() => root.render(app));
  else flushSync(() => root.render(app));
});
