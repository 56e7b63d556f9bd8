import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';
import type { LockSignal } from './lockSignal';

export function createQueryClient(lockSignal: LockSignal): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'VAULT_LOCKED') lockSignal.emit(null);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // The data is local: a failure is a real answer (locked, not found), not a flaky network.
        retry: false,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
