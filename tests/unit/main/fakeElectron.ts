/**
 * Recording stand-ins for the parts of the `electron` module that electron/main and the
 * preload touch. Test files install them with
 *   vi.mock('electron', async () => (await import('./fakeElectron')).fake)
 * so the real main-process code runs against them. Requiring the real package here would try
 * to download an Electron binary.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

/** The Electron event object: records preventDefault. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(details: T = {} as T): T & FakeEvent {
  return Object.assign(
    {
      defaultPrevented: false,
      preventDefault(this: FakeEvent) {
        this.defaultPrevented = true;
      },
    },
    details,
  );
}

/** Calls every listener registered for `event` with `args`. */
export function emitTo(emitter: EventEmitter, event: string, ...args: unknown[]): void {
  for (const listener of emitter.listeners(event))
    (listener as (...a: unknown[]) => unknown)(...args);
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  webRtcPolicy: string | undefined;
  destroyed = false;
  readonly sent: Array<[channel: string, payload: unknown]> = [];
  readonly closeDevTools = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  setWebRTCIPHandlingPolicy(policy: string): void {
    this.webRtcPolicy = policy;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.closed);
  }

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly hide = vi.fn(() => {
    this.visible = false;
  });
  readonly minimize = vi.fn(() => {
    this.minimized = true;
  });
  visible = true;
  minimized = false;
  closed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
}

export class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  readonly registerSchemesAsPrivileged = vi.fn();

  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (this.handlers.has(scheme)) throw new Error(`${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }
}

export interface WebRequestRecord {
  filter: unknown;
  listener: Handler | undefined;
}

/** webRequest listeners are stored whichever overload registered them. */
class FakeWebRequest {
  beforeRequest: WebRequestRecord | undefined;
  headersReceived: WebRequestRecord | undefined;

  private static record(first: unknown, second: unknown): WebRequestRecord {
    return typeof first === 'function'
      ? { filter: undefined, listener: first as Handler }
      : { filter: first, listener: second as Handler | undefined };
  }
  onBeforeRequest(first: unknown, second?: unknown): void {
    this.beforeRequest = FakeWebRequest.record(first, second);
  }
  onHeadersReceived(first: unknown, second?: unknown): void {
    this.headersReceived = FakeWebRequest.record(first, second);
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: Handler | undefined;
  permissionCheckHandler: Handler | undefined;
  devicePermissionHandler: Handler | undefined;
  displayMediaRequestHandler: Handler | undefined;
  spellCheckerEnabled: boolean | undefined;
  proxy: unknown;
  readonly clearCache = vi.fn(() => Promise.resolve());
  readonly webRequest = new FakeWebRequest();
  readonly protocol = new FakeProtocol();

  constructor(
    readonly partition = '',
    readonly partitionOptions?: unknown,
  ) {
    super();
  }
  setPermissionRequestHandler(handler: Handler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: Handler): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  setProxy(config: unknown): Promise<void> {
    this.proxy = config;
    return Promise.resolve();
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

/** globalShortcut: one callback per accelerator; `press` plays the OS delivering the keys. */
export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  /** Accelerators another application holds: register() answers false for them. */
  readonly takenElsewhere = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}

export class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

function createFakeApp() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: vi.fn((name: string) => `/fake-profile/${name}`),
    setPath: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    commandLine: {
      appendSwitch: vi.fn((_name: string, _value?: string) => undefined),
      hasSwitch: vi.fn((_name: string) => false),
    },
  });
  return app;
}

export function createFakeElectron() {
  const defaultSession = new FakeSession();
  const partitions = new Map<string, FakeSession>();
  const ipcRendererListeners = new EventEmitter();
  return {
    app: createFakeApp(),
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      setApplicationMenu: vi.fn(),
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    },
    protocol: new FakeProtocol(),
    session: {
      defaultSession,
      fromPartition: vi.fn((partition: string, options?: unknown) => {
        const existing = partitions.get(partition);
        if (existing) return existing;
        const created = new FakeSession(partition, options);
        partitions.set(partition, created);
        return created;
      }),
    },
    ipcMain: new FakeIpcMain(),
    powerMonitor: new FakePowerMonitor(),
    globalShortcut: new FakeGlobalShortcut(),
    // Present so a test can prove they are never used.
    crashReporter: { start: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
    },
    autoUpdater: { setFeedURL: vi.fn(), checkForUpdates: vi.fn() },
    // Preload side.
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((_channel: string, _input: unknown) =>
        Promise.resolve({ ok: true, value: null }),
      ),
      on: vi.fn((channel: string, listener: Handler) => {
        ipcRendererListeners.on(channel, listener as (...args: unknown[]) => void);
      }),
      removeListener: vi.fn((channel: string, listener: Handler) => {
        ipcRendererListeners.removeListener(channel, listener as (...args: unknown[]) => void);
      }),
      /** Test helper: what main's webContents.send would deliver. */
      emitFromMain(channel: string, payload: unknown): void {
        ipcRendererListeners.emit(channel, { sender: 'ipcRenderer' }, payload);
      },
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The one fake per test file (each file runs in its own module registry). */
export const fake: FakeElectron = createFakeElectron();

/** Hands a fake to code typed with Electron's interfaces. */
export const asElectron = <T>(value: unknown): T => value as T;
