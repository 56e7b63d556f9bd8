import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnnotationChanges,
  annotationInputSchema,
} from '../../../../shared/domain/annotation';
import type { AnnotationId, CaseId, DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';

export const annotationKeys = {
  all: ['annotations'] as const,
  ofDocument: (documentId: DocumentId) => ['annotations', 'document', documentId] as const,
  ofCase: (caseId: CaseId) => ['annotations', 'case', caseId] as const,
};

/** A document's annotations, in page order (the core's order). */
export function useDocumentAnnotations(documentId: DocumentId) {
  return useQuery({
    queryKey: annotationKeys.ofDocument(documentId),
    queryFn: () => api.annotations.list({ documentId }),
  });
}

export function useCaseAnnotations(caseId: CaseId) {
  return useQuery({
    queryKey: annotationKeys.ofCase(caseId),
    queryFn: () => api.annotations.list({ caseId }),
  });
}

/** Every change refreshes both the document's and the case's lists (and search, via the core). */
function useAnnotationMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
  });
}

/** What the route accepts: defaulted fields (colour, rects) may be left out. */
export type AnnotationDraft = z.input<typeof annotationInputSchema>;

export const useCreateAnnotation = () =>
  useAnnotationMutation((input: AnnotationDraft) => api.annotations.create(input));

export const useUpdateAnnotation = () =>
  useAnnotationMutation(({ id, changes }: { id: AnnotationId; changes: AnnotationChanges }) =>
    api.annotations.update({ id, changes }),
  );

export const useRemoveAnnotation = () =>
  useAnnotationMutation((id: AnnotationId) => api.annotations.remove({ id }));
