import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { CaseDetail, CaseSortKey } from '../../../../shared/domain/case';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { upcomingKeys } from '../upcoming/queries';

export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (text: string, sort: CaseSortKey, direction: 'asc' | 'desc') =>
    ['cases', 'list', text, sort, direction] as const,
  detail: (id: CaseId) => ['cases', 'detail', id] as const,
};

/**
 * The core filters by text (it also searches party names, which summaries do not carry) with
 * the same folding as everywhere (ё→е, case). Statuses are filtered here, so the chips can
 * count every status among the text matches.
 */
export function useCaseList(text: string, sort: CaseSortKey, direction: 'asc' | 'desc') {
  return useQuery({
    queryKey: caseKeys.list(text, sort, direction),
    queryFn: () => api.cases.list({ text, sort, direction }),
    // Keep showing the last answer while the next keystroke's arrives: no flicker.
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: CaseId) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api.cases.get({ id }) });
}

/**
 * After a change: the fresh detail, when the route returned one, goes straight into the cache
 * (and need not be fetched again); everything derived from cases is refetched.
 */
export async function refreshAfterChange(queryClient: QueryClient, detail?: CaseDetail) {
  if (detail) {
    // Only into a query that still exists: an answer arriving after a lock cleared the cache
    // must not put a decrypted case back into memory behind the lock screen.
    queryClient.setQueryData<CaseDetail>(caseKeys.detail(detail.id), (current) =>
      current ? detail : undefined,
    );
  }
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: detail ? caseKeys.lists : caseKeys.all }),
    queryClient.invalidateQueries({ queryKey: upcomingKeys.all }),
  ]);
}

/** A mutation on one case that refreshes everything derived from it when it succeeds. */
export function useCaseMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (output) =>
      refreshAfterChange(queryClient, isCaseDetail(output) ? output : undefined),
  });
}

function isCaseDetail(value: unknown): value is CaseDetail {
  return typeof value === 'object' && value !== null && 'parties' in value && 'hearings' in value;
}
