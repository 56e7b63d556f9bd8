import type { LockReason } from '../../../shared/domain/vault';

export type LockListener = (reason: LockReason | null) => void;

/**
 * One place where "the vault is locked now" is announced, whether the core said so with an
 * event or a call failed with VAULT_LOCKED (e.g. it locked while the event was in flight).
 */
export interface LockSignal {
  emit(reason: LockReason | null): void;
  subscribe(listener: LockListener): () => void;
}

export function createLockSignal(): LockSignal {
  const listeners = new Set<LockListener>();
  return {
    emit(reason) {
      for (const listener of [...listeners]) listener(reason);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
