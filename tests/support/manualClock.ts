import type { Clock } from '../../electron/core/clock';

/** A clock the test moves by hand (history intervals), with predictable UUIDs. */
export interface ManualClock extends Clock {
  advanceMinutes(minutes: number): void;
}

export function manualClock(start = Date.UTC(2026, 4, 14, 9, 0, 0)): ManualClock {
  let now = start;
  let id = 0;
  return {
    nowIso: () => new Date(now).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    advanceMinutes(minutes) {
      now += minutes * 60_000;
    },
  };
}
