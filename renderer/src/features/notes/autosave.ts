/** What one note autosave sends: the latest title and/or document (each replaces the previous). */
export interface NoteChanges<Doc> {
  title?: string;
  doc?: Doc;
}

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: unknown };

export interface Autosave<Doc> {
  /** Records an edit; it is saved once no edit has come for `delayMs`. */
  change(changes: NoteChanges<Doc>): void;
  /**
   * Saves whatever is pending now, after the save in flight, and resolves when nothing is left
   * to save or the latest save failed (the failure is in the status; the changes stay pending).
   */
  flush(): Promise<void>;
  /** An edit or a save not yet finished. */
  hasPending(): boolean;
  /** Forgets pending changes (a restore replaced them) without saving. */
  discard(): void;
}

interface AutosaveOptions<Doc> {
  save(changes: NoteChanges<Doc>): Promise<void>;
  onStatus(status: AutosaveStatus): void;
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Debounced, serialized saving: at most one save in flight; edits made meanwhile are merged and
 * sent as the next save, so the core always ends with the latest state and two saves never race.
 * A failed save keeps its changes (under any newer ones) for the next attempt.
 */
export function createAutosave<Doc>(options: AutosaveOptions<Doc>): Autosave<Doc> {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as number));
  let pending: NoteChanges<Doc> | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let failed = false;

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const saveOnce = async (): Promise<void> => {
    const changes = pending;
    if (!changes) return;
    pending = null;
    options.onStatus({ state: 'saving' });
    try {
      await options.save(changes);
      failed = false;
      options.onStatus(
        (pending as NoteChanges<Doc> | null) ? { state: 'pending' } : { state: 'saved' },
      );
    } catch (error) {
      failed = true;
      // Edits made while this save ran are newer than the failed ones: they win.
      const newer = pending as NoteChanges<Doc> | null;
      pending = { ...changes, ...newer };
      options.onStatus({ state: 'failed', error });
    }
  };

  /** Runs saves one after another until nothing is pending or one fails. */
  const drain = (): Promise<void> => {
    inFlight ??= (async () => {
      try {
        do await saveOnce();
        while (pending && !failed && timer === null);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };

  return {
    change(changes) {
      pending = { ...pending, ...changes };
      failed = false;
      options.onStatus({ state: 'pending' });
      stopTimer();
      timer = setTimer(() => {
        timer = null;
        void drain();
      }, delay);
    },
    async flush() {
      stopTimer();
      failed = false;
      // A save in flight first; then whatever arrived while it ran.
      if (inFlight) await inFlight;
      while (pending && !failed) await drain();
    },
    hasPending: () => pending !== null || inFlight !== null,
    discard() {
      stopTimer();
      pending = null;
      failed = false;
      options.onStatus({ state: 'idle' });
    },
  };
}
