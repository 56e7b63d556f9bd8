import type { DocumentSummary, DocumentType } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import { sortDocuments, type DocumentSortKey } from '../documents/filterDocuments';

/** The one-click orders of the builder; a dossier reads oldest first, names and types A→Z. */
export const SORT_CHOICES = ['date', 'type', 'title'] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

const KEYS: Record<SortChoice, DocumentSortKey> = { date: 'date', type: 'type', title: 'title' };

/**
 * The documents in the chosen order (undated ones last), through the document list's own sort,
 * so "by title" follows the UI language's alphabet there and here alike.
 */
export function sortedIds(
  documents: readonly DocumentSummary[],
  choice: SortChoice,
  options: { language: string; typeLabel: (type: DocumentType) => string },
): DocumentId[] {
  return sortDocuments(documents, { key: KEYS[choice], direction: 'asc' }, options).map(
    (document) => document.id,
  );
}
