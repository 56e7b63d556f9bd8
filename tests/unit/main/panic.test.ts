/**
 * The panic shortcut (issue 7): a global shortcut wired as one more lock trigger. Unit-tested
 * on its own with the fake globalShortcut, then booted inside the real electron/main/index.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANIC_ACCELERATOR, shortcutLabel } from '../../../shared/domain/lockShortcuts';
import { installLockTriggers, type Lock } from '../../../electron/main/lock';
import { panicTrigger } from '../../../electron/main/panic';
import { ok } from '../../../shared/errors';
import {
  createFakeElectron,
  FakeBrowserWindow,
  FakeGlobalShortcut,
  FakePowerMonitor,
  type FakeElectron,
} from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

describe('panicTrigger', () => {
  it('registers the accelerator; pressing it locks with reason "panic", then hides', () => {
    const shortcuts = new FakeGlobalShortcut();
    const order: string[] = [];
    const lock = vi.fn<Lock>((reason) => void order.push(`lock:${reason}`));
    panicTrigger(shortcuts, () => order.push('hide'))(lock);
    expect(shortcuts.isRegistered(PANIC_ACCELERATOR)).toBe(true);
    shortcuts.press(PANIC_ACCELERATOR);
    expect(order).toEqual(['lock:panic', 'hide']);
  });

  it('hides the window even when closing the vault throws', () => {
    const shortcuts = new FakeGlobalShortcut();
    const hide = vi.fn();
    panicTrigger(
      shortcuts,
      hide,
    )(() => {
      throw new Error('close failed');
    });
    expect(() => shortcuts.press(PANIC_ACCELERATOR)).toThrow('close failed');
    expect(hide).toHaveBeenCalledOnce();
  });

  it('unregisters when disposed, and a press afterwards does nothing', () => {
    const shortcuts = new FakeGlobalShortcut();
    const lock = vi.fn<Lock>();
    const dispose = panicTrigger(shortcuts, vi.fn())(lock);
    dispose();
    expect(shortcuts.isRegistered(PANIC_ACCELERATOR)).toBe(false);
    shortcuts.press(PANIC_ACCELERATOR);
    expect(lock).not.toHaveBeenCalled();
  });

  it('warns, and neither throws nor unregisters what it does not own, when another app holds the keys', () => {
    const shortcuts = new FakeGlobalShortcut();
    shortcuts.takenElsewhere.add(PANIC_ACCELERATOR);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unregister = vi.spyOn(shortcuts, 'unregister');
    try {
      const dispose = panicTrigger(shortcuts, vi.fn())(vi.fn<Lock>());
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('panic shortcut is taken'));
      dispose();
      expect(unregister).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('is one more trigger of installLockTriggers, disposed with the others', () => {
    const shortcuts = new FakeGlobalShortcut();
    const core = {
      dispatch: () => Promise.resolve(ok({ state: 'unlocked' })),
      lock: vi.fn<Lock>(),
    };
    const dispose = installLockTriggers(core, new FakePowerMonitor(), [
      panicTrigger(shortcuts, vi.fn()),
    ]);
    shortcuts.press(PANIC_ACCELERATOR);
    expect(core.lock).toHaveBeenCalledWith('panic');
    dispose();
    expect(shortcuts.registered.size).toBe(0);
  });

  it('is spelled for each platform in the settings dialog', () => {
    expect(PANIC_ACCELERATOR).toBe('CommandOrControl+Alt+Shift+L');
    expect(shortcutLabel('panic', false)).toBe('Ctrl+Alt+Shift+L');
    expect(shortcutLabel('panic', true)).toBe('⌘⌥⇧L');
    expect(shortcutLabel('lock', false)).toBe('Ctrl+Shift+L');
  });
});

const core = vi.hoisted(() => ({
  instance: {
    dispatch: vi.fn(() => Promise.resolve({ ok: true, value: { state: 'unlocked' } })),
    subscribe: vi.fn(() => () => undefined),
    lock: vi.fn(),
    close: vi.fn(),
  },
}));
vi.mock('../../../electron/core/createCore', () => ({ createCore: () => core.instance }));

/** Boots the real main process against a fresh fake, as index.test.ts does. */
async function bootReady(): Promise<{ fake: FakeElectron; window: FakeBrowserWindow }> {
  vi.resetModules();
  FakeBrowserWindow.instances.length = 0;
  const fake = createFakeElectron();
  vi.doMock('electron', () => fake);
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0));
  return { fake, window: FakeBrowserWindow.instances[0]! };
}

describe('the panic shortcut in the running main process', () => {
  afterEach(() => vi.clearAllMocks());

  it('is registered once the app is ready, locks the core and hides the window', async () => {
    const { fake, window } = await bootReady();
    expect(fake.globalShortcut.isRegistered(PANIC_ACCELERATOR)).toBe(true);
    fake.globalShortcut.press(PANIC_ACCELERATOR);
    expect(core.instance.lock).toHaveBeenCalledWith('panic');
    expect(window.hide).toHaveBeenCalledOnce();
    expect(window.visible).toBe(false);
  });

  it('shows the hidden window again when Casefile is started a second time', async () => {
    const { fake, window } = await bootReady();
    fake.globalShortcut.press(PANIC_ACCELERATOR);
    fake.app.emit('second-instance', {}, ['casefile'], '/');
    expect(window.show).toHaveBeenCalled();
    expect(window.visible).toBe(true);
  });

  it('brings the hidden window back from the macOS dock (activate)', async () => {
    const { fake, window } = await bootReady();
    fake.globalShortcut.press(PANIC_ACCELERATOR);
    fake.app.emit('activate');
    expect(window.visible).toBe(true);
  });

  it('is unregistered on quit', async () => {
    const { fake } = await bootReady();
    fake.app.emit('will-quit', {});
    expect(fake.globalShortcut.registered.size).toBe(0);
  });
});
