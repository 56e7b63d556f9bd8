import {
  BrowserWindow,
  Menu,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './protocol';

export interface WindowSettings {
  /** Unpackaged builds only. */
  allowDevTools?: boolean;
  /** The locked-down UI session (see session.ts). */
  session?: Session;
  /** Neutral extras only: every security-relevant key below is written after these. */
  webPreferences?: WebPreferences;
}

/**
 * The main window's options. Pure so the test can check every value. The order is the point:
 * caller extras first, then the hardened values, then `sandbox: true` last of all, so no spread
 * added later in this object can switch the sandbox off.
 */
export function buildWindowOptions(
  preloadPath: string,
  settings: WindowSettings = {},
): BrowserWindowConstructorOptions {
  // A Blink feature switch can turn on anything experimental; it is never taken from a caller.
  const { enableBlinkFeatures: _dropped, ...extras } = settings.webPreferences ?? {};
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Casefile',
    show: false, // shown on ready-to-show: no white flash, no half-drawn lock screen
    autoHideMenuBar: true,
    webPreferences: {
      ...extras,
      ...(settings.session ? { session: settings.session } : {}),
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spellchecker downloads dictionaries from a Google CDN: a network request that
      // would reveal the app is in use, and an import of remote data.
      spellcheck: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      enableWebSQL: false,
      // pdf.js renders with canvas 2D; WebGL would only add GPU attack surface.
      webgl: false,
      devTools: settings.allowDevTools === true,
      // A middle click would open a link in a new window; navigation is refused anyway.
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
    },
  };
}

/** Only same-document navigations (#hash, history API) of our own origin may proceed. */
export function isAllowedNavigation(url: string, isSameDocument: boolean): boolean {
  return isSameDocument && isAppUrl(url);
}

interface NavigationDetails {
  url: string;
  isSameDocument: boolean;
  preventDefault(): void;
}

function guardNavigation(details: NavigationDetails): void {
  if (!isAllowedNavigation(details.url, details.isSameDocument)) details.preventDefault();
}

/**
 * Guards for any web contents of the app: no new windows, no navigation away from the loaded
 * UI (the app is a single page; in-app routes never load a new document), no webviews, no
 * Bluetooth picker, WebRTC only through the dead proxy. Also used by the
 * 'web-contents-created' guard in session.ts.
 */
export function hardenWebContents(
  contents: WebContents,
  { allowDevTools = false }: { allowDevTools?: boolean } = {},
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
  if (!allowDevTools) {
    // devTools:false already refuses; this also covers contents created without our options.
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/**
 * macOS needs an application menu for Cmd+C/V/X/A/Q/W to work at all; roles get their labels
 * and shortcuts from the system, so nothing here needs translating. Windows and Linux get no
 * menu: copy/paste work without one, and the default menu's reload and DevTools items go away.
 */
export function installApplicationMenu(platform: NodeJS.Platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [
    { role: 'appMenu' },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export interface MainWindowSettings {
  preloadPath: string;
  session: Session;
  allowDevTools: boolean;
}

export function createMainWindow({
  preloadPath,
  session,
  allowDevTools,
}: MainWindowSettings): BrowserWindow {
  const options = buildWindowOptions(preloadPath, { session, allowDevTools });
  // The decisive switches are repeated where the window is made, so a static checker
  // (Electronegativity, in CI) sees them; buildWindowOptions is where they are set and tested.
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
    },
  });
  hardenWebContents(window.webContents, { allowDevTools });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(() => {
    // The URL is fixed; a failure means out/renderer is missing. Nothing sensitive to log.
    console.error('casefile: the user interface failed to load');
  });
  return window;
}
