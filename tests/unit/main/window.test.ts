import type { Session, WebContents, WebPreferences } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildWindowOptions,
  createMainWindow,
  hardenWebContents,
  installApplicationMenu,
} from '../../../electron/main/window';
import {
  asElectron,
  emitTo,
  fake,
  fakeEvent,
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
} from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const HARDENED: WebPreferences = {
  preload: '/app/out/preload/index.cjs',
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  experimentalFeatures: false,
  safeDialogs: true,
  sandbox: true,
  devTools: false,
};

const prefsOf = (options: { webPreferences?: WebPreferences }) => options.webPreferences ?? {};

describe('buildWindowOptions', () => {
  it('sets every hardened web preference', () => {
    expect(prefsOf(buildWindowOptions(HARDENED.preload!))).toMatchObject(HARDENED);
  });

  it('leaves enableBlinkFeatures unset', () => {
    expect(prefsOf(buildWindowOptions('/p'))).not.toHaveProperty('enableBlinkFeatures');
  });

  it('writes sandbox last, after every other key', () => {
    expect(Object.keys(prefsOf(buildWindowOptions('/p'))).at(-1)).toBe('sandbox');
  });

  it('keeps the hardening when a caller tries to weaken it', () => {
    const hostile: WebPreferences = {
      sandbox: false,
      contextIsolation: false,
      nodeIntegration: true,
      nodeIntegrationInSubFrames: true,
      webSecurity: false,
      allowRunningInsecureContent: true,
      webviewTag: true,
      spellcheck: true,
      experimentalFeatures: true,
      enableBlinkFeatures: 'SomethingExperimental',
      devTools: true,
      preload: '/evil.js',
      zoomFactor: 1.25,
    };
    const prefs = prefsOf(buildWindowOptions('/p', { webPreferences: hostile }));
    expect(prefs).toMatchObject({ ...HARDENED, preload: '/p' });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.zoomFactor).toBe(1.25); // a neutral extra survives
  });

  it('enables DevTools only when asked (unpackaged builds)', () => {
    expect(prefsOf(buildWindowOptions('/p', { allowDevTools: true })).devTools).toBe(true);
    expect(prefsOf(buildWindowOptions('/p', { allowDevTools: false })).devTools).toBe(false);
  });

  it('uses the session it is given and starts hidden', () => {
    const session = asElectron<Session>(new FakeSession('casefile-ui'));
    const options = buildWindowOptions('/p', { session });
    expect(prefsOf(options).session).toBe(session);
    expect(options.show).toBe(false);
  });
});

describe('hardenWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
  });

  it.each([
    'https://example.com/',
    'http://localhost:8080/',
    'file:///etc/passwd',
    'app://casefile/index.html',
    'about:blank',
  ])('denies window.open(%s)', (url) => {
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  const foreign = [
    'https://example.com/',
    'http://127.0.0.1/',
    'file:///home/user/case.pdf',
    'ftp://example.com/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'app://evil/index.html',
    // Our own origin too: the UI is one page, so a new document is never a legitimate target.
    'app://casefile/index.html',
  ];
  describe.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s', (eventName) => {
    it.each(foreign)('prevents %s', (url) => {
      const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true });
      emitTo(contents, eventName, event, url);
      expect(event.defaultPrevented).toBe(true);
    });

    it('lets a same-document navigation of our own origin through', () => {
      const event = fakeEvent({ url: 'app://casefile/index.html#/cases', isSameDocument: true });
      emitTo(contents, eventName, event);
      expect(event.defaultPrevented).toBe(false);
    });

    it('prevents a same-document navigation claiming another origin', () => {
      const event = fakeEvent({ url: 'https://example.com/#x', isSameDocument: true });
      emitTo(contents, eventName, event);
      expect(event.defaultPrevented).toBe(true);
    });
  });

  it('prevents attaching a webview', () => {
    const event = fakeEvent();
    emitTo(contents, 'will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('cancels the Bluetooth device picker', () => {
    const event = fakeEvent();
    const callback = vi.fn();
    emitTo(contents, 'select-bluetooth-device', event, [{ deviceId: 'x' }], callback);
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });

  it('keeps WebRTC off the network', () => {
    expect(contents.webRtcPolicy).toBe('disable_non_proxied_udp');
  });

  it('closes DevTools if they open anyway in a packaged build', () => {
    emitTo(contents, 'devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
});

describe('createMainWindow', () => {
  const session = asElectron<Session>(new FakeSession('casefile-ui'));

  it('builds the hardened window, loads app://casefile/index.html and shows it when ready', () => {
    createMainWindow({ preloadPath: '/out/preload/index.cjs', session, allowDevTools: false });
    const window = FakeBrowserWindow.instances.at(-1)!;
    expect(prefsOf(window.options)).toMatchObject({
      ...HARDENED,
      preload: '/out/preload/index.cjs',
      session,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://casefile/index.html');
    expect(window.show).not.toHaveBeenCalled();
    emitTo(window, 'ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('guards its own web contents', () => {
    createMainWindow({ preloadPath: '/p', session, allowDevTools: false });
    const { webContents } = FakeBrowserWindow.instances.at(-1)!;
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const event = fakeEvent({ url: 'https://example.com/', isSameDocument: false });
    emitTo(webContents, 'will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('installApplicationMenu', () => {
  beforeEach(() => vi.clearAllMocks());

  it('removes the menu (and its reload/DevTools items) on Windows and Linux', () => {
    installApplicationMenu('linux');
    installApplicationMenu('win32');
    expect(fake.Menu.setApplicationMenu.mock.calls).toEqual([[null], [null]]);
  });

  it('gives macOS a role-only menu: system labels, no reload, no DevTools', () => {
    installApplicationMenu('darwin');
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as Array<
      Record<string, unknown>
    >;
    expect(template.map((item) => item.role)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(template.every((item) => item.label === undefined)).toBe(true);
  });
});
