/**
 * The main process: lifecycle only. Everything that can be decided without Electron lives in
 * the core; everything about hardening lives in window.ts, session.ts, protocol.ts and ipc.ts.
 *
 * Deliberately absent:
 * - crashReporter: never started, not even with uploadToServer:false. A minidump is a copy of
 *   process memory — decrypted case text, and while unlocked the vault key — written in plaintext
 *   to disk where backup tools and forensic images pick it up. No dump is the only safe dump.
 * - autoUpdater: the app never contacts a server (electron-builder.yml has `publish: null`, so
 *   no update feed is even generated); updates are installed by hand from a verified download.
 * - telemetry, analytics, remote error reporting: none exist, and the session would block them.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  type Session,
} from 'electron';
import { createCore, type Core } from '../core/createCore';
import { createDialogsPort } from './dialogs';
import { bindIpc, forwardEvents, isTrustedSender } from './ipc';
import { chromiumLocaleFor } from './locale';
import { installLockTriggers } from './lock';
import { panicTrigger } from './panic';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { guardNewWebContents, lockdownSession, UI_PARTITION } from './session';
import { createMainWindow, installApplicationMenu } from './window';

/**
 * Appended before `ready`. The first three change what Electron's network stack does; the rest
 * switch off Chrome-browser services that Electron mostly does not ship — kept so a future
 * Electron that links one in still stays silent. The hard guarantee is session.ts (every
 * non-app: request cancelled); these stop traffic that never becomes a request.
 */
export const CHROMIUM_SWITCHES: ReadonlyArray<readonly [name: string, value?: string]> = [
  // Every host name fails to resolve: no DNS query leaves the app, including DNS prefetch and
  // <link rel=preconnect>, which webRequest never sees.
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['disable-http-cache'],
  ['no-pings'], // <a ping> hyperlink auditing
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-sync'],
  ['disable-breakpad'],
];

const VAULT_FILE = ['vault', 'casefile.vault'] as const;
const SETTINGS_FILE = 'settings.json';

/** Test runs get their own profile; a packaged app always uses the real one. */
function applyUserDataOverride(): void {
  const override = process.env.CASEFILE_USER_DATA;
  if (!app.isPackaged && override) app.setPath('userData', path.resolve(override));
}

/**
 * A packaged Casefile started with a Chromium debugging port would let any local process read
 * the unlocked UI. The fuses close Node's --inspect; this closes Chromium's equivalent.
 */
function remoteDebuggingRequested(): boolean {
  return (
    app.commandLine.hasSwitch('remote-debugging-port') ||
    app.commandLine.hasSwitch('remote-debugging-pipe')
  );
}

function prepareBeforeReady(): void {
  applyUserDataOverride();
  for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);
  const locale = chromiumLocaleFor(path.join(app.getPath('userData'), SETTINGS_FILE));
  if (locale) app.commandLine.appendSwitch('lang', locale);
  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function start(): void {
  const allowDevTools = !app.isPackaged;
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  const disposers: Array<() => void> = [];

  guardNewWebContents(app, { allowDevTools });

  const openWindow = (uiSession: Session, liveCore: Core): void => {
    const window = createMainWindow({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      session: uiSession,
      allowDevTools,
    });
    const stopForwarding = forwardEvents(liveCore, window.webContents);
    window.on('closed', () => {
      stopForwarding();
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  const onReady = async (): Promise<void> => {
    installApplicationMenu(process.platform);
    const uiSession = session.fromPartition(UI_PARTITION, { cache: false });
    await Promise.all([
      lockdownSession(session.defaultSession, { allowDevTools }),
      lockdownSession(uiSession, { allowDevTools }),
    ]);
    registerAppProtocol(uiSession.protocol, path.join(__dirname, '../renderer'));

    const userData = app.getPath('userData');
    const liveCore = createCore({
      vaultPath: path.join(userData, ...VAULT_FILE),
      settingsPath: path.join(userData, SETTINGS_FILE),
      dialogs: createDialogsPort(dialog, () => mainWindow),
      // The second main-process bundle electron-vite writes beside this file.
      pdfWorker: { path: path.join(__dirname, 'pdfTextWorker.js') },
      // Scanned pages are read in the background after an import and on every unlock.
      ocr: { background: true },
    });
    core = liveCore;
    disposers.push(
      bindIpc(ipcMain, liveCore, (event) =>
        isTrustedSender(event, mainWindow?.webContents ?? null),
      ),
      installLockTriggers(liveCore, powerMonitor, [
        panicTrigger(globalShortcut, () => {
          for (const window of BrowserWindow.getAllWindows()) window.hide();
        }),
      ]),
    );
    openWindow(uiSession, liveCore);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(uiSession, liveCore);
      else mainWindow?.show(); // hidden by the panic shortcut: the dock icon brings it back
    });
  };

  // A second launch (a double click while running) only brings the existing window forward;
  // its command line is ignored, so it cannot steer this instance.
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    // After the panic shortcut the window is hidden; starting Casefile again shows it (locked).
    if (!mainWindow.isVisible()) mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS keeps the app alive without windows; the vault must not stay open behind it.
    if (process.platform === 'darwin') core?.lock('manual');
    else app.quit();
  });

  app.on('will-quit', () => {
    for (const dispose of disposers.splice(0)) dispose();
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      // The kind only: a message could carry a path.
      console.error(
        `casefile: startup failed (${error instanceof Error ? error.name : 'unknown'})`,
      );
      app.exit(1);
    });
}

prepareBeforeReady();
if (app.isPackaged && remoteDebuggingRequested()) {
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Another Casefile owns the vault; it has been asked to show itself ('second-instance').
  app.quit();
} else {
  start();
}
