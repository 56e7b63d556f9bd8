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

export const caseKeys = {
  all: ['cases'] as const,
  list: (text: string, sort: CaseSortKey, direction: 'asc' | 'desc') =>
    ['cases', 'list', text, sort, direction] as const,
  detail: (id: CaseId) => ['cases', 'detail', id] as const,
};

/** Upcoming items are derived from cases, so any case change makes them stale too. */
export const upcomingKeys = { all: ['upcoming'] as const };

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

export async function refreshAfterChange(queryClient: QueryClient, detail?: CaseDetail) {
  if (detail) queryClient.setQueryData(caseKeys.detail(detail.id), detail);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.all }),
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
