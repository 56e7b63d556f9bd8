/**
 * Boots the real electron/main/index.ts against the fake Electron and a fake core: what happens
 * before `ready`, the single-instance rule, and the wiring after `ready`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeKeys } from '../../../shared/ipc/contract';
import { channelOf } from '../../../shared/ipc/defineContract';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from './fakeElectron';

const core = vi.hoisted(() => ({
  createCore: vi.fn(),
  instance: {
    dispatch: vi.fn(() => Promise.resolve({ ok: true, value: { state: 'locked' } })),
    subscribe: vi.fn(() => () => undefined),
    lock: vi.fn(),
    close: vi.fn(),
  },
}));
vi.mock('../../../electron/core/createCore', () => ({
  createCore: core.createCore.mockImplementation(() => core.instance),
}));

/** A fresh fake and fresh modules per boot: index.ts runs its lifecycle when imported. */
async function boot(configure: (fake: FakeElectron) => void = () => undefined) {
  vi.resetModules();
  vi.clearAllMocks();
  FakeBrowserWindow.instances.length = 0;
  const fake = createFakeElectron();
  configure(fake);
  vi.doMock('electron', () => fake);
  await import('../../../electron/main/index');
  return { fake, windows: FakeBrowserWindow.instances };
}

async function bootReady(configure?: (fake: FakeElectron) => void) {
  const booted = await boot(configure);
  await vi.waitFor(() => expect(booted.windows.length).toBeGreaterThan(0));
  return booted;
}

afterEach(() => {
  delete process.env.CASEFILE_USER_DATA;
});

describe('before ready', () => {
  it('quits at once when another instance holds the lock, creating nothing', async () => {
    const { fake, windows } = await boot((f) =>
      f.app.requestSingleInstanceLock.mockReturnValue(false),
    );
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(core.createCore).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('appends the switches that stop background traffic and DNS', async () => {
    const { fake } = await boot();
    const switches = fake.app.commandLine.appendSwitch.mock.calls.map(([name, value]) =>
      value === undefined ? name : `${name}=${value}`,
    );
    expect(switches).toEqual(
      expect.arrayContaining([
        'host-resolver-rules=MAP * ~NOTFOUND',
        'disable-http-cache',
        'disable-background-networking',
        'disable-component-update',
        'disable-domain-reliability',
        'disable-sync',
        'no-pings',
      ]),
    );
  });

  it('starts Chromium in the saved UI language, so date fields follow it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lang-'));
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ language: 'ru' }));
    const { fake } = await boot((electron) => electron.app.getPath.mockImplementation(() => dir));
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'ru');
    fs.rmSync(dir, { recursive: true, force: true });

    const { fake: fresh } = await boot();
    expect(fresh.app.commandLine.appendSwitch.mock.calls.map(([name]) => name)).not.toContain(
      'lang',
    );
  });

  it('registers app:// as privileged, sandboxes every renderer, before asking for ready', async () => {
    const { fake } = await boot();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    const readyOrder = fake.app.whenReady.mock.invocationCallOrder[0]!;
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      readyOrder,
    );
    expect(fake.app.commandLine.appendSwitch.mock.invocationCallOrder[0]).toBeLessThan(readyOrder);
  });

  it('never starts the crash reporter or the auto-updater', async () => {
    const { fake } = await bootReady();
    expect(fake.crashReporter.start).not.toHaveBeenCalled();
    expect(fake.autoUpdater.setFeedURL).not.toHaveBeenCalled();
    expect(fake.autoUpdater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('takes userData from CASEFILE_USER_DATA in unpackaged runs, before the instance lock', async () => {
    process.env.CASEFILE_USER_DATA = '/tmp/casefile-test-profile';
    const { fake } = await boot();
    expect(fake.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.resolve('/tmp/casefile-test-profile'),
    );
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('ignores CASEFILE_USER_DATA in a packaged app', async () => {
    process.env.CASEFILE_USER_DATA = '/tmp/elsewhere';
    const { fake } = await boot((f) => (f.app.isPackaged = true));
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });

  it('refuses to start a packaged app with a Chromium debugging port', async () => {
    const { fake } = await boot((f) => {
      f.app.isPackaged = true;
      f.app.commandLine.hasSwitch.mockImplementation((name) => name === 'remote-debugging-port');
    });
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });
});

describe('after ready', () => {
  it('opens the vault and settings in userData', async () => {
    await bootReady();
    expect(core.createCore).toHaveBeenCalledOnce();
    const [options] = core.createCore.mock.calls[0] as unknown as [
      {
        vaultPath: string;
        settingsPath: string;
        dialogs: Record<string, unknown>;
        pdfWorker: { path: string };
        ocr: { background?: boolean };
      },
    ];
    expect(options.vaultPath).toBe(path.join('/fake-profile/userData', 'vault', 'casefile.vault'));
    expect(options.settingsPath).toBe(path.join('/fake-profile/userData', 'settings.json'));
    expect(Object.keys(options).sort()).toEqual([
      'dialogs',
      'ocr',
      'pdfWorker',
      'settingsPath',
      'vaultPath',
    ]);
    // The native dialogs, and the worker bundle electron-vite writes beside the main bundle.
    expect(typeof options.dialogs.openDocuments).toBe('function');
    expect(typeof options.dialogs.saveFile).toBe('function');
    expect(path.basename(options.pdfWorker.path)).toBe('pdfTextWorker.js');
    // The app reads scanned pages in the background (the CLI and tests only on request).
    expect(options.ocr.background).toBe(true);
  });

  it('locks down the default session and an in-memory UI session serving app://', async () => {
    const { fake } = await bootReady();
    expect(fake.session.fromPartition).toHaveBeenCalledWith('casefile-ui', { cache: false });
    const uiSession = fake.session.fromPartition.mock.results[0]?.value as {
      protocol: { handlers: Map<string, unknown> };
      spellCheckerEnabled?: boolean;
      webRequest: { beforeRequest?: unknown };
    };
    expect(uiSession.protocol.handlers.has('app')).toBe(true);
    expect(uiSession.spellCheckerEnabled).toBe(false);
    expect(fake.session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(fake.session.defaultSession.webRequest.beforeRequest).toBeDefined();
  });

  it('binds one IPC handler per route and opens the hardened window on the UI session', async () => {
    const { fake, windows } = await bootReady();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(routeKeys.map(channelOf).sort());
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.devTools).toBe(true); // unpackaged run
    expect(prefs.session).toBe(fake.session.fromPartition.mock.results[0]?.value);
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(windows[0]!.loadURL).toHaveBeenCalledWith('app://casefile/index.html');
  });

  it('trusts IPC only from the main window', async () => {
    const { fake, windows } = await bootReady();
    const handler = fake.ipcMain.handlers.get(channelOf('vault.status')) as (
      event: unknown,
      input?: unknown,
    ) => Promise<unknown>;
    const frame = { url: 'app://casefile/index.html', origin: 'app://casefile', parent: null };
    await handler({ sender: { id: windows[0]!.webContents.id }, senderFrame: frame });
    expect(core.instance.dispatch).toHaveBeenCalledWith('vault.status', undefined);
    core.instance.dispatch.mockClear();
    const result = await handler({ sender: { id: -1 }, senderFrame: frame });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(core.instance.dispatch).not.toHaveBeenCalled();
  });

  it('wires the lock: suspend locks the core', async () => {
    const { fake } = await bootReady();
    fake.powerMonitor.emit('suspend');
    expect(core.instance.lock).toHaveBeenCalledWith('suspend');
  });

  it('brings the existing window forward for a second instance', async () => {
    const { fake, windows } = await bootReady();
    windows[0]!.minimized = true;
    fake.app.emit('second-instance', {}, ['casefile', '--evil'], '/');
    expect(windows[0]!.restore).toHaveBeenCalled();
    expect(windows[0]!.focus).toHaveBeenCalled();
  });

  it('closes the core and removes the IPC handlers on quit', async () => {
    const { fake } = await bootReady();
    fake.app.emit('will-quit', {});
    expect(core.instance.close).toHaveBeenCalledOnce();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
