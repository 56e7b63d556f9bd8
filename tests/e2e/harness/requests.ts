/**
 * Whether the page may make a request: only to the harness origin. `data:` and `blob:` URLs are
 * made inside the page and never reach a network, so they are not requests beyond it.
 */
export function isAllowedRequest(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.origin === origin;
}
