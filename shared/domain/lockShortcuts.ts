/**
 * The two keyboard ways to lock (issue 7), declared once: main registers the panic shortcut,
 * the renderer listens for the lock shortcut, and the settings dialog shows both.
 */

/**
 * Panic: an Electron accelerator registered system-wide (globalShortcut), so it works while
 * another app is in front. It locks at once and hides the window. Three modifiers, because a
 * global shortcut takes the keys from every other app, and none of the platforms' own
 * shortcuts uses this one (Ctrl+Alt+L locks the screen on some Linux desktops).
 */
export const PANIC_ACCELERATOR = 'CommandOrControl+Alt+Shift+L';

/** Lock: Ctrl+Shift+L (Cmd+Shift+L on macOS) while Casefile's window has the focus. */
export const LOCK_SHORTCUT = { key: 'l', shift: true, alt: false } as const;

/** The keys as a lawyer reads them on her platform's keyboard. */
export function shortcutLabel(which: 'lock' | 'panic', mac: boolean): string {
  const command = mac ? '⌘' : 'Ctrl';
  const alt = mac ? '⌥' : 'Alt';
  const shift = mac ? '⇧' : 'Shift';
  const keys = which === 'panic' ? [command, alt, shift, 'L'] : [command, shift, 'L'];
  return keys.join(mac ? '' : '+');
}
