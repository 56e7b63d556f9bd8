import { randomUUID } from 'node:crypto';

/** Time and identity sources, injected so tests can pin them. */
export interface Clock {
  nowIso(): string;
  newId(): string;
}

export const systemClock: Clock = {
  nowIso: () => new Date().toISOString(),
  newId: () => randomUUID(),
};
