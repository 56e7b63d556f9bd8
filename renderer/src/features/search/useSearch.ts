import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';

/** Typing pauses shorter than this do not start a search. */
const DEBOUNCE_MS = 180;

/**
 * Search as you type: the query waits for a pause, each query has its own cache entry, and an
 * answer that arrives for a query the lawyer has already typed past is simply not shown (its
 * key is no longer the current one), while the previous results stay on screen meanwhile.
 */
export function useSearch(query: string, caseId?: CaseId) {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const text = settled.trim();
  return useQuery({
    queryKey: ['search', caseId ?? null, text] as const,
    // The answer carries the query it answers: while a newer one runs, the previous answer stays
    // on screen, and its pages' snippets must be asked for with its own query.
    queryFn: async () => ({
      query: text,
      result: await api.search.query({ query: text, caseId, limit: 100 }),
    }),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    // Results reflect the vault now: documents may have been imported since.
    staleTime: 0,
    gcTime: 30_000,
  });
}
