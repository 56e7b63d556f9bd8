import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';

export const factKeys = {
  all: ['facts'] as const,
  list: (caseId: CaseId) => ['facts', 'list', caseId] as const,
};

/** A case's facts; the chronology sorts and filters them here, so one query serves every view. */
export function useFacts(caseId: CaseId) {
  return useQuery({
    queryKey: factKeys.list(caseId),
    queryFn: () => api.facts.list({ caseId }),
    // Deleting a document elsewhere changes its facts' sources; the list is local and cheap.
    refetchOnMount: 'always',
  });
}

/** A change to facts that refetches every fact list when it succeeds. */
export function useFactMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: factKeys.all }),
  });
}
