import { PANIC_ACCELERATOR } from '../../shared/domain/lockShortcuts';
import type { LockTrigger } from './lock';

/** The part of Electron's globalShortcut used here (structural, so tests pass a fake). */
export interface GlobalShortcuts {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/**
 * The panic shortcut: one more lock trigger. It is global, so it works while the lawyer is in
 * another app or the window is behind others: someone walks up, she presses it, the vault
 * closes and the window disappears (hidden, not only minimised: a minimised window still shows
 * its title and a taskbar preview). Starting Casefile again brings the window back, on the
 * lock screen.
 */
export function panicTrigger(
  shortcuts: GlobalShortcuts,
  hideWindows: () => void,
  accelerator: string = PANIC_ACCELERATOR,
): LockTrigger {
  return (lock) => {
    const registered = shortcuts.register(accelerator, () => {
      try {
        lock('panic');
      } finally {
        // Hidden even if closing the vault failed: the screen is what the onlooker sees.
        hideWindows();
      }
    });
    if (!registered) {
      // Another app holds the keys; the lock button, the lock shortcut and the idle lock remain.
      console.warn('casefile: the panic shortcut is taken by another application');
    }
    return () => {
      if (registered) shortcuts.unregister(accelerator);
    };
  };
}
