import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import type { OcrLanguageChoice } from '../../../../shared/domain/ocr';
import { api } from '../../api';
import { documentKeys } from '../documents/queries';

export const ocrKeys = {
  all: ['ocr'] as const,
  status: (caseId: CaseId) => ['ocr', 'status', caseId] as const,
};

/** Every document's OCR status in a case: one query for the whole list. */
export function useOcrStatus(caseId: CaseId) {
  return useQuery({
    queryKey: ocrKeys.status(caseId),
    queryFn: () => api.ocr.status({ caseId }),
  });
}

/**
 * Keeps the case's OCR status fresh while pages are read: each `ocr.progress` (at most one per
 * job every 100 ms, from the main process) refetches it; when a job ends, the document list too,
 * since recognised pages now count as pages with text.
 */
export function useOcrProgressRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.events.on('ocr.progress', (progress) => {
        void queryClient.invalidateQueries({ queryKey: ocrKeys.all });
        if (progress.state !== 'running') {
          void queryClient.invalidateQueries({ queryKey: documentKeys.all });
        }
      }),
    [queryClient],
  );
}

/** Stores the document's language choice, then queues its pages and starts the OCR job. */
export function useRunOcr(documentId: DocumentId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choice: OcrLanguageChoice) => {
      if (choice === 'auto') {
        await api.ocr.setLanguages({ documentId, languages: 'auto' });
        return api.ocr.run({ documentId });
      }
      return api.ocr.run({ documentId, langs: choice });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ocrKeys.all }),
  });
}

/** Takes the document's queued pages off the queue. */
export function useStopOcr(documentId: DocumentId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.ocr.cancel({ documentId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ocrKeys.all }),
  });
}
