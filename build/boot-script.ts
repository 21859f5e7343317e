/**
 * The one inline script, run before first paint. A page opened with a deep link, a sign-in result or a step in its
 * hash gets `data-boot="app"` and hides its static content, so that it paints the step the app renders, never the home
 * list first; any other page gets `data-boot="page"`. With JavaScript off there is no `data-boot` at all, and controls
 * that only work with script (`data-needs-script`) are hidden. Allowed by its hash in the Content-Security-Policy.
 */
export const BOOT_SCRIPT =
  'document.documentElement.setAttribute("data-boot",location.search||(location.hash&&location.hash!=="#/")?"app":"page");';
