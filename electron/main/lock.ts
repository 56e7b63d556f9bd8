import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { LockReason } from '../../shared/domain/vault';
import type { Dispatch } from '../../shared/ipc/dispatch';

export type Lock = (reason: LockReason) => void;

/**
 * One source of "lock now": it installs itself, calls `lock` when its moment comes, and returns
 * its dispose function. Suspend, screen lock and idle are the first three; the panic shortcut
 * (a later issue) is one more trigger passed to `installLockTriggers`.
 */
export type LockTrigger = (lock: Lock) => () => void;

export interface LockableCore {
  dispatch: Dispatch;
  lock: Lock;
}

type PowerEvent = 'suspend' | 'lock-screen';
/** The part of Electron's powerMonitor used here (structural, so tests pass a plain emitter). */
export interface PowerEvents {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
}
export interface IdleClock {
  getSystemIdleTime(): number;
}

/**
 * Sleep and the OS lock screen lock the vault at once: a laptop closed in court or left at the
 * desk must not wake up with the case files open. ('lock-screen' exists on macOS and Windows;
 * on Linux the idle trigger covers it.) The handler is synchronous so it runs before sleep.
 */
export function powerTrigger(powerMonitor: PowerEvents): LockTrigger {
  return (lock) => {
    const onSuspend = () => lock('suspend');
    powerMonitor.on('suspend', onSuspend);
    powerMonitor.on('lock-screen', onSuspend);
    return () => {
      powerMonitor.removeListener('suspend', onSuspend);
      powerMonitor.removeListener('lock-screen', onSuspend);
    };
  };
}

export const IDLE_POLL_MS = 15_000;

export interface IdleOptions {
  /** Minutes of no keyboard or mouse input, read fresh on every poll so a change applies at once. */
  autoLockMinutes: () => Promise<number>;
  isUnlocked: () => Promise<boolean>;
  pollMs?: number;
}

/**
 * Polls the OS idle time (whole-system input, not just our window: a lawyer typing in another
 * app is present) and locks once it passes the configured limit.
 */
export function idleTrigger(clock: IdleClock, options: IdleOptions): LockTrigger {
  return (lock) => {
    let checking = false;
    const check = async () => {
      if (checking) return;
      checking = true;
      try {
        const limitSeconds = (await options.autoLockMinutes()) * 60;
        if (clock.getSystemIdleTime() >= limitSeconds && (await options.isUnlocked())) {
          lock('idle');
        }
      } catch {
        // A failed read must not stop the poll; the next tick tries again.
      } finally {
        checking = false;
      }
    };
    const timer = setInterval(() => void check(), options.pollMs ?? IDLE_POLL_MS);
    return () => clearInterval(timer);
  };
}

/** settings.autoLockMinutes, or the default when settings cannot be read: failing safe means locking. */
export async function readAutoLockMinutes(dispatch: Dispatch): Promise<number> {
  const result = await dispatch('settings.get', undefined);
  const minutes = result.ok
    ? (result.value as { autoLockMinutes?: unknown } | null)?.autoLockMinutes
    : undefined;
  return typeof minutes === 'number' && minutes > 0 ? minutes : DEFAULT_SETTINGS.autoLockMinutes;
}

export async function readIsUnlocked(dispatch: Dispatch): Promise<boolean> {
  const result = await dispatch('vault.status', undefined);
  return result.ok && (result.value as { state?: unknown } | null)?.state === 'unlocked';
}

/**
 * Installs suspend/lock-screen and idle locking, plus any `extra` triggers (the panic shortcut
 * goes here). Returns one function that removes them all.
 */
export function installLockTriggers(
  core: LockableCore,
  powerMonitor: PowerEvents & IdleClock,
  extra: readonly LockTrigger[] = [],
): () => void {
  const lock: Lock = (reason) => core.lock(reason);
  const triggers: LockTrigger[] = [
    powerTrigger(powerMonitor),
    idleTrigger(powerMonitor, {
      autoLockMinutes: () => readAutoLockMinutes(core.dispatch),
      isUnlocked: () => readIsUnlocked(core.dispatch),
    }),
    ...extra,
  ];
  const disposers = triggers.map((trigger) => trigger(lock));
  return () => {
    for (const dispose of disposers) dispose();
  };
}
