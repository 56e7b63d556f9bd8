import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LockReason, VaultState } from '../../../shared/domain/vault';
import { api } from '../api';
import type { LockSignal } from './lockSignal';

export type Session =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'absent' }
  | { state: 'locked'; reason: LockReason | null }
  | { state: 'unlocked' };

const fromVaultState = (state: VaultState): Session =>
  state === 'locked' ? { state, reason: null } : { state };

/**
 * Whether the vault is open, kept outside React Query on purpose: locking clears the whole
 * query cache, and this state must survive that to show the lock screen.
 */
export function useVaultSession(lockSignal: LockSignal, onLocked: () => void) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session>({ state: 'loading' });

  const load = useCallback(() => {
    api.vault.status().then(
      (status) => setSession(fromVaultState(status.state)),
      (error: unknown) => setSession({ state: 'failed', error }),
    );
  }, []);

  useEffect(load, [load]);

  useEffect(() => {
    const lock = (reason: LockReason | null) => {
      // Unmount every case screen synchronously first, then drop the cached data: nothing of a
      // case stays in the DOM or in memory behind the lock screen.
      flushSync(() => {
        setSession((current) =>
          current.state === 'locked' && reason === null ? current : { state: 'locked', reason },
        );
        onLocked();
      });
      queryClient.clear();
    };
    const stopSignal = lockSignal.subscribe(lock);
    const stopEvent = api.events.on('vault.locked', ({ reason }) => lockSignal.emit(reason));
    return () => {
      stopSignal();
      stopEvent();
    };
  }, [lockSignal, onLocked, queryClient]);

  const opened = useCallback(() => setSession({ state: 'unlocked' }), []);

  return { session, opened, retry: load };
}
