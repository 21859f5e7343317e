/**
 * The one inline script, run before first paint; allowed by its hash in the Content-Security-Policy.
 *
 * A link paints from the nearest prerendered page, never blank: a deep link or a step's address (in the query or the
 * hash) that names an integration, and a flow it has, moves to that flow's page (`<base>i/<id>/<flow>/`), or to the
 * integration's page, keeping its query and hash for the app, which then opens the step asked for over the painted
 * page. Such a page, and any other, gets `data-boot="page"`. Only a sign-in's answer (`?code=`, `?error=`,
 * `?admin_consent=`, msal's `#code=`) gets `data-boot="app"`, which hides the static content: the app paints it at once.
 * With JavaScript off there is no `data-boot` at all, and controls that only work with script (`data-needs-script`)
 * are hidden.
 */
export function bootScript(base: string, pages: Record<string, readonly string[]>): string {
  const letters: Record<string, string> = {};
  const map: Record<string, string> = {};
  for (const [id, flows] of Object.entries(pages))
    map[id] = flows.map((flow) => (letters[flow] ??= String.fromCharCode(97 + Object.keys(letters).length))).join('');
  return `(${boot.toString()})(${JSON.stringify(base)},${JSON.stringify(map)},${JSON.stringify(letters)},document.documentElement,location);`;
}

// Plain ES2017 with no helpers: its source is the inline script.
function boot(base: string, pages: Record<string, string>, letters: Record<string, string>, root: Element, place: Location) {
  const query = new URLSearchParams(place.search);
  const hash = place.hash;
  if (query.has('code') || query.has('error') || query.has('admin_consent') || /^#(?!\/)(.*&)?(code|error)=/.test(hash)) {
    root.setAttribute('data-boot', 'app');
    return;
  }
  const own = (object: Record<string, string>, key: string | null) => key !== null && Object.prototype.hasOwnProperty.call(object, key);
  const inHash = new URLSearchParams(hash.split('?')[1] || '');
  const path = place.pathname.slice(base.length).replace(/index\.html$/, '');
  const page = /^i\/([a-z0-9-]+)\/(?:([a-z-]+)\/)?$/.exec(path) || [];
  const integration = query.get('integration') || inHash.get('integration') || page[1] || null;
  const flow = query.get('flow') || inHash.get('flow') || page[2] || null;
  const version = query.get('version') || inHash.get('version');
  let target = path;
  if (own(pages, integration) && !query.has('troubleshoot')) {
    const letter = !version && own(letters, flow) ? letters[flow as string] : '';
    target = `i/${integration}/${letter && pages[integration as string].indexOf(letter) >= 0 ? `${flow}/` : ''}`;
  }
  if (target !== path && place.pathname.indexOf(base) === 0) {
    root.setAttribute('data-boot', 'app');
    place.replace(base + target + place.search + hash);
    return;
  }
  root.setAttribute('data-boot', 'page');
}
