import { useQuery } from '@tanstack/react-query';
import type { DocumentId } from '../../../../shared/domain/ids';
import type { DocumentHit, PageSnippet } from '../../../../shared/domain/search';
import { SNIPPET_PAGES_MAX } from '../../../../shared/domain/search';
import { api } from '../../api';

/** The pages of a hit that came without a snippet (search answers with the first screenful). */
export const pagesWithoutSnippet = (hit: DocumentHit): number[] =>
  hit.pages
    .filter((page) => page.snippet.length === 0)
    .slice(0, SNIPPET_PAGES_MAX)
    .map((page) => page.page);

export const snippetsKey = (query: string, documentId: DocumentId) =>
  ['search', 'snippets', query, documentId] as const;

export const fetchSnippets = (query: string, hit: DocumentHit): Promise<PageSnippet[]> =>
  api.search.snippets({ query, documentId: hit.documentId, pages: pagesWithoutSnippet(hit) });

/**
 * The snippets of a document's other pages, asked for once per document when one of its rows
 * scrolls into view (rows out of view are not rendered, so they ask nothing).
 */
export function usePageSnippets(query: string, hit: DocumentHit, enabled: boolean) {
  return useQuery({
    queryKey: snippetsKey(query, hit.documentId),
    queryFn: () => fetchSnippets(query, hit),
    enabled: enabled && pagesWithoutSnippet(hit).length > 0,
    staleTime: 60_000,
    gcTime: 60_000,
    select: (snippets) => new Map(snippets.map((snippet) => [snippet.page, snippet])),
  });
}
