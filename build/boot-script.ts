/**
 * The one inline script: before first paint, a page opened with a deep link, a sign-in result or a step in its hash
 * hides its static content, so that it paints the step the app renders, never the home list first. Allowed by its
 * hash in the Content-Security-Policy.
 */
export const BOOT_SCRIPT =
  'if(location.search||(location.hash&&location.hash!=="#/"))document.documentElement.setAttribute("data-boot","app");';
