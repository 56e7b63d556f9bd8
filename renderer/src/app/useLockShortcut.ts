import { useEffect } from 'react';
import { LOCK_SHORTCUT } from '../../../shared/domain/lockShortcuts';

/**
 * Ctrl+Shift+L (Cmd+Shift+L on macOS) locks, the same way as the lock button. Matched by the
 * physical key (`code`), so it works in a Russian or Kazakh layout, where that key types «Д».
 */
export function useLockShortcut(enabled: boolean, lock: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !(event.ctrlKey || event.metaKey)) return;
      if (event.shiftKey !== LOCK_SHORTCUT.shift || event.altKey !== LOCK_SHORTCUT.alt) return;
      if (event.code !== `Key${LOCK_SHORTCUT.key.toUpperCase()}`) return;
      event.preventDefault();
      lock();
    };
    // Capture phase: an editor or the viewer handling the keys first must not swallow a lock.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, lock]);
}
