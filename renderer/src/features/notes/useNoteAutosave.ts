import { useEffect, useState } from 'react';
import { createAutosave, type Autosave, type AutosaveStatus, type NoteChanges } from './autosave';
import { registerPendingSave } from './pendingSaves';

/**
 * The note screen's autosave, flushed when the screen is left (unmount), when the window is
 * hidden, and — through the pending-saves registry — before a lock or a window close.
 */
export function useNoteAutosave<Doc>(save: (changes: NoteChanges<Doc>) => Promise<void>): {
  autosave: Autosave<Doc>;
  status: AutosaveStatus;
} {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  // The first `save` serves the screen's whole life: it only names the note, which never changes.
  const [autosave] = useState(() => createAutosave<Doc>({ save, onStatus: setStatus }));

  useEffect(() => {
    const unregister = registerPendingSave(autosave);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void autosave.flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      // Registered until the last save ends, so a lock right after leaving still waits for it.
      void autosave.flush().finally(unregister);
    };
  }, [autosave]);

  return { autosave, status };
}
