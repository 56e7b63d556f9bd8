import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/errors';
import type { Dispatch } from '../../../shared/ipc/dispatch';
import {
  IDLE_POLL_MS,
  installLockTriggers,
  type Lock,
  type LockableCore,
  type LockTrigger,
} from '../../../electron/main/lock';
import { emitTo, FakePowerMonitor } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

interface CoreState {
  autoLockMinutes: number | 'unreadable';
  state: 'absent' | 'locked' | 'unlocked';
}

function fakeCore(state: CoreState) {
  const dispatch: Dispatch = (key) => {
    if (key === 'settings.get') {
      return Promise.resolve(
        state.autoLockMinutes === 'unreadable'
          ? fail({ code: 'IO_ERROR', message: 'settings unreadable' })
          : ok({ language: 'en', autoLockMinutes: state.autoLockMinutes }),
      );
    }
    if (key === 'vault.status') return Promise.resolve(ok({ state: state.state }));
    return Promise.resolve(fail({ code: 'VALIDATION', message: 'Unknown route' }));
  };
  return { dispatch, lock: vi.fn<Lock>() } satisfies LockableCore;
}

describe('lock on suspend and screen lock', () => {
  it.each(['suspend', 'lock-screen'])('locks with reason "suspend" on %s', (eventName) => {
    const power = new FakePowerMonitor();
    const core = fakeCore({ autoLockMinutes: 10, state: 'unlocked' });
    installLockTriggers(core, power);
    emitTo(power, eventName);
    expect(core.lock).toHaveBeenCalledWith('suspend');
  });

  it('stops listening when disposed', () => {
    const power = new FakePowerMonitor();
    const dispose = installLockTriggers(
      fakeCore({ autoLockMinutes: 10, state: 'unlocked' }),
      power,
    );
    dispose();
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
  });
});

describe('idle lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const tick = () => vi.advanceTimersByTimeAsync(IDLE_POLL_MS);

  it('polls about every 15 seconds', () => {
    expect(IDLE_POLL_MS).toBe(15_000);
  });

  it('locks with reason "idle" once system idle time reaches autoLockMinutes', async () => {
    const power = new FakePowerMonitor();
    const core = fakeCore({ autoLockMinutes: 5, state: 'unlocked' });
    installLockTriggers(core, power);

    power.idleSeconds = 5 * 60 - 1;
    await tick();
    expect(core.lock).not.toHaveBeenCalled();

    power.idleSeconds = 5 * 60;
    await tick();
    expect(core.lock).toHaveBeenCalledWith('idle');
  });

  it('reads the setting on every poll, so a change applies without a restart', async () => {
    const power = new FakePowerMonitor();
    const state: CoreState = { autoLockMinutes: 30, state: 'unlocked' };
    const core = fakeCore(state);
    installLockTriggers(core, power);
    power.idleSeconds = 10 * 60;
    await tick();
    expect(core.lock).not.toHaveBeenCalled();
    state.autoLockMinutes = 10;
    await tick();
    expect(core.lock).toHaveBeenCalledWith('idle');
  });

  it('does not lock (or announce a lock) when the vault is not unlocked', async () => {
    const power = new FakePowerMonitor();
    const core = fakeCore({ autoLockMinutes: 1, state: 'locked' });
    installLockTriggers(core, power);
    power.idleSeconds = 3600;
    await tick();
    expect(core.lock).not.toHaveBeenCalled();
  });

  it('falls back to the default 10 minutes when settings cannot be read', async () => {
    const power = new FakePowerMonitor();
    const core = fakeCore({ autoLockMinutes: 'unreadable', state: 'unlocked' });
    installLockTriggers(core, power);
    power.idleSeconds = 10 * 60 - 1;
    await tick();
    expect(core.lock).not.toHaveBeenCalled();
    power.idleSeconds = 10 * 60;
    await tick();
    expect(core.lock).toHaveBeenCalledWith('idle');
  });

  it('stops polling when disposed', async () => {
    const power = new FakePowerMonitor();
    const core = fakeCore({ autoLockMinutes: 1, state: 'unlocked' });
    const dispose = installLockTriggers(core, power);
    dispose();
    power.idleSeconds = 3600;
    await tick();
    expect(core.lock).not.toHaveBeenCalled();
  });
});

describe('extra triggers (the seam for the panic shortcut)', () => {
  it('installs them with the same lock and disposes them with the rest', () => {
    const core = fakeCore({ autoLockMinutes: 10, state: 'unlocked' });
    const disposePanic = vi.fn();
    let fire: (() => void) | undefined;
    const panic: LockTrigger = (lock) => {
      fire = () => lock('panic');
      return disposePanic;
    };
    const dispose = installLockTriggers(core, new FakePowerMonitor(), [panic]);
    fire?.();
    expect(core.lock).toHaveBeenCalledWith('panic');
    dispose();
    expect(disposePanic).toHaveBeenCalledOnce();
  });
});
