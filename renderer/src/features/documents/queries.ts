import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';

export const documentKeys = {
  all: ['documents'] as const,
  list: (caseId: CaseId) => ['documents', 'list', caseId] as const,
  detail: (id: DocumentId) => ['documents', 'detail', id] as const,
};

/** A case's documents in import order (the core's order, which the list keeps). */
export function useDocuments(caseId: CaseId) {
  return useQuery({
    queryKey: documentKeys.list(caseId),
    queryFn: () => api.documents.list({ caseId }),
  });
}

/** Source and description are only in the detail, which the edit form needs. */
export function useDocument(id: DocumentId) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: () => api.documents.get({ id }) });
}

/** A change to a case's documents that refreshes every document query when it succeeds. */
export function useDocumentMutation<TInput, TOutput>(
  mutationFn: (input: TInput) => Promise<TOutput>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
