import type { ContractEvents, EventKey } from '../../shared/ipc/contract';
import type { PayloadOf } from '../../shared/ipc/defineContract';

type Listener = (payload: unknown) => void;

/** Core → UI notifications named in the contract (e.g. 'vault.locked'). */
export function createEventHub() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    emit<K extends EventKey>(event: K, payload: PayloadOf<ContractEvents[K]>): void {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    subscribe(event: string, listener: Listener): () => void {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
