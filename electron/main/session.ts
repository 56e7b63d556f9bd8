import type { App, OnHeadersReceivedListenerDetails, Session } from 'electron';
import { APP_RESPONSE_HEADERS } from './protocol';
import { hardenWebContents } from './window';

/**
 * The UI's session. No `persist:` prefix, so Chromium keeps it in memory: cache, localStorage,
 * sessionStorage, IndexedDB and cookies of the UI never reach the disk in plaintext. Settings
 * that must survive a restart live in settings.json via the core, not in web storage.
 */
export const UI_PARTITION = 'casefile-ui';

/**
 * A proxy nobody listens on (port 9 is "discard"). Requests never get this far — webRequest
 * cancels them — but preconnects from resource hints and WebRTC do not pass through webRequest;
 * with this proxy (and WebRTC limited to proxied UDP) they go nowhere instead of to the network.
 * '<-loopback>' removes Chromium's implicit localhost bypass so local services are covered too.
 */
export const DEAD_PROXY = {
  mode: 'fixed_servers',
  proxyRules: '127.0.0.1:9',
  proxyBypassRules: '<-loopback>',
} as const;

export interface LockdownOptions {
  /** Unpackaged builds only: DevTools loads its own UI from devtools://. */
  allowDevTools: boolean;
}

/**
 * Which request URLs may load at all. app: is the UI. data: and blob: are allowed because they
 * never leave the process and the CSP already limits them to images; pdf.js (later) renders
 * through blob: and data: URLs. Neither may become a document or frame, though: that would be
 * a page whose content we did not ship. Everything else — http(s), ws(s), file, ftp, chrome:,
 * chrome-extension:, devtools: in packaged builds — is cancelled.
 */
export function isAllowedRequest(
  url: string,
  resourceType: string,
  { allowDevTools }: LockdownOptions,
): boolean {
  const scheme = schemeOf(url);
  if (scheme === 'app:') return true;
  if (scheme === 'data:' || scheme === 'blob:') {
    return resourceType !== 'mainFrame' && resourceType !== 'subFrame';
  }
  return allowDevTools && scheme === 'devtools:';
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? '';
}

type ResponseHeaders = Record<string, string | string[]>;

/** Replaces any CSP/nosniff the response carried (case-insensitively) with ours. */
export function withSecurityHeaders(headers: ResponseHeaders | undefined): ResponseHeaders {
  const ours = new Set(Object.keys(APP_RESPONSE_HEADERS).map((name) => name.toLowerCase()));
  const kept = Object.entries(headers ?? {}).filter(([name]) => !ours.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...APP_RESPONSE_HEADERS };
}

/**
 * Everything a page could ask of the session is refused: permissions, devices, screen capture,
 * downloads, spellcheck dictionaries, and any request to anything but our own scheme.
 */
export async function lockdownSession(session: Session, options: LockdownOptions): Promise<void> {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Exports are written by main through a save dialog; the page never downloads anything.
  session.on('will-download', (event) => event.preventDefault());

  // The spellchecker fetches Hunspell dictionaries from Google's CDN on Windows and Linux.
  session.setSpellCheckerEnabled(false);

  // No filter: every request of every scheme reaches this listener.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType, options) });
  });
  // Defence in depth: the app:// handler already sends these headers.
  session.webRequest.onHeadersReceived((details: OnHeadersReceivedListenerDetails, callback) => {
    if (schemeOf(details.url) !== 'app:') return callback({});
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });

  await session.setProxy({ ...DEAD_PROXY });
  // The default session is persistent; drop whatever an older build may have cached on disk.
  await session.clearCache();
}

/**
 * Any web contents created later (a DevTools window, a webview that slipped through, a future
 * feature) gets the same navigation, window-open and webview guards as the main window.
 */
export function guardNewWebContents(app: Pick<App, 'on'>, options: LockdownOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, options);
  });
}
