/** An origin or URL without the trailing slashes an admin or a setting may add, ready for a path to follow. */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
