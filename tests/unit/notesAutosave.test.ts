import { describe, expect, it } from 'vitest';
import {
  createAutosave,
  type AutosaveStatus,
  type NoteChanges,
} from '../../renderer/src/features/notes/autosave';

/** A hand-driven timer and save, so every interleaving is spelled out. */
function harness() {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const calls: {
    changes: NoteChanges<string>;
    resolve: () => void;
    reject: (e: Error) => void;
  }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const statuses: AutosaveStatus['state'][] = [];
  const autosave = createAutosave<string>({
    delayMs: 400,
    setTimer: (run) => {
      const id = nextTimer++;
      timers.set(id, run);
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
    onStatus: (status) => statuses.push(status.state),
    save: (changes) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<void>((resolve, reject) => {
        calls.push({
          changes,
          resolve: () => {
            inFlight -= 1;
            resolve();
          },
          reject: (error: Error) => {
            inFlight -= 1;
            reject(error);
          },
        });
      });
    },
  });
  const fireTimers = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const run of due) run();
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { autosave, calls, timers, fireTimers, settle, statuses, maxInFlight: () => maxInFlight };
}

describe('note autosave', () => {
  it('waits for a pause in typing and sends only the latest state', async () => {
    const h = harness();
    h.autosave.change({ doc: 'а' });
    h.autosave.change({ doc: 'аб' });
    h.autosave.change({ title: 'Допрос' });
    expect(h.timers.size).toBe(1);
    expect(h.calls).toHaveLength(0);
    h.fireTimers();
    await h.settle();
    expect(h.calls.map((call) => call.changes)).toEqual([{ doc: 'аб', title: 'Допрос' }]);
    h.calls[0]!.resolve();
    await h.settle();
    expect(h.statuses.at(-1)).toBe('saved');
    expect(h.autosave.hasPending()).toBe(false);
  });

  it('never runs two saves at once; edits made during a save follow it', async () => {
    const h = harness();
    h.autosave.change({ doc: 'v1' });
    h.fireTimers();
    await h.settle();
    h.autosave.change({ doc: 'v2' });
    h.autosave.change({ doc: 'v3' });
    h.fireTimers();
    await h.settle();
    expect(h.calls).toHaveLength(1);
    expect(h.autosave.hasPending()).toBe(true);
    h.calls[0]!.resolve();
    await h.settle();
    expect(h.calls.map((call) => call.changes.doc)).toEqual(['v1', 'v3']);
    h.calls[1]!.resolve();
    await h.settle();
    expect(h.maxInFlight()).toBe(1);
    expect(h.autosave.hasPending()).toBe(false);
  });

  it('flush saves at once without waiting for the pause, after the save in flight', async () => {
    const h = harness();
    h.autosave.change({ doc: 'v1' });
    h.fireTimers();
    await h.settle();
    h.autosave.change({ doc: 'v2 typed just before the lock' });
    let flushed = false;
    const flush = h.autosave.flush().then(() => {
      flushed = true;
    });
    expect(h.timers.size).toBe(0);
    await h.settle();
    expect(flushed).toBe(false);
    h.calls[0]!.resolve();
    await h.settle();
    expect(h.calls[1]?.changes.doc).toBe('v2 typed just before the lock');
    expect(flushed).toBe(false);
    h.calls[1]!.resolve();
    await flush;
    expect(flushed).toBe(true);
    expect(h.autosave.hasPending()).toBe(false);
  });

  it('keeps the changes of a failed save, newer edits on top, and retries on flush', async () => {
    const h = harness();
    h.autosave.change({ title: 'Старое', doc: 'v1' });
    h.fireTimers();
    await h.settle();
    h.autosave.change({ doc: 'v2' });
    h.calls[0]!.reject(new Error('disk full'));
    await h.settle();
    expect(h.statuses).toContain('failed');
    expect(h.autosave.hasPending()).toBe(true);
    const flush = h.autosave.flush();
    await h.settle();
    expect(h.calls[1]?.changes).toEqual({ title: 'Старое', doc: 'v2' });
    h.calls[1]!.resolve();
    await flush;
    expect(h.statuses.at(-1)).toBe('saved');
  });

  it('a flush that fails resolves (the error is in the status) and does not loop', async () => {
    const h = harness();
    h.autosave.change({ doc: 'v1' });
    const flush = h.autosave.flush();
    await h.settle();
    h.calls[0]!.reject(new Error('locked'));
    await flush;
    expect(h.calls).toHaveLength(1);
    expect(h.statuses.at(-1)).toBe('failed');
    expect(h.autosave.hasPending()).toBe(true);
  });

  it('discard forgets pending edits (a restore replaced them)', async () => {
    const h = harness();
    h.autosave.change({ doc: 'v1' });
    h.autosave.discard();
    expect(h.timers.size).toBe(0);
    await h.autosave.flush();
    expect(h.calls).toHaveLength(0);
    expect(h.autosave.hasPending()).toBe(false);
  });
});
