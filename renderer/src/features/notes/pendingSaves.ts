/**
 * The note editors' unsaved edits, reachable from outside the note screen: the lock button and
 * the window's close must save them first, and neither knows which note is open (or whether one
 * is still saving after its screen was left). Module state on purpose: there is one window and
 * one renderer, and an editor is registered only while mounted or still saving.
 */
interface PendingSave {
  flush(): Promise<void>;
  hasPending(): boolean;
}

const saves = new Set<PendingSave>();

/** Registers a note's autosave; the returned function removes exactly this registration. */
export function registerPendingSave(save: PendingSave): () => void {
  // A fresh entry per registration: StrictMode's remount must not be undone by the first unmount.
  const entry: PendingSave = { flush: () => save.flush(), hasPending: () => save.hasPending() };
  saves.add(entry);
  installCloseGuard();
  return () => saves.delete(entry);
}

export function hasPendingNoteSaves(): boolean {
  return [...saves].some((save) => save.hasPending());
}

/** Saves every note's pending edits; resolves when all are saved or have failed visibly. */
export async function flushPendingNoteSaves(): Promise<void> {
  await Promise.all([...saves].map((save) => save.flush()));
}

let guardInstalled = false;
let letNextCloseThrough = false;

/**
 * Closing the window (or quitting) with an edit not yet saved: the first close is cancelled, the
 * edits are saved, and the window closes itself. If the save fails the window stays open with
 * the error shown, and a second close is let through (the lawyer has seen it cannot be saved).
 */
function installCloseGuard(): void {
  if (guardInstalled) return;
  guardInstalled = true;
  window.addEventListener('beforeunload', (event) => {
    if (letNextCloseThrough || !hasPendingNoteSaves()) {
      letNextCloseThrough = false;
      return;
    }
    // Electron cancels the close when a beforeunload handler prevents it and shows no dialog.
    // returnValue too, as Electron's documentation spells the cancel.
    event.preventDefault();
    event.returnValue = false;
    void flushPendingNoteSaves().then(() => {
      if (hasPendingNoteSaves()) letNextCloseThrough = true;
      else window.close();
    });
  });
}
