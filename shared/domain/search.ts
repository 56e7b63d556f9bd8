import { z } from 'zod';
import type { DocumentLanguage, DocumentType } from './document';
import { caseIdSchema, type CaseId, type DocumentId } from './ids';

/** Matches electron/core/search/query QUERY_MAX_LENGTH: longer input is QUERY_SYNTAX there. */
export const SEARCH_QUERY_MAX = 1000;
export const SEARCH_LIMIT_MAX = 500;

export const searchInputSchema = z.strictObject({
  // Longer than the parser's limit still reaches it, so the lawyer gets QUERY_SYNTAX with the
  // position where the query got too long; only absurd input stops at validation.
  query: z.string().max(SEARCH_QUERY_MAX * 4),
  /** One case (the search box on a case page); absent means every case. */
  caseId: caseIdSchema.optional(),
  /** Documents in the answer, best first. */
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(50),
});
export type SearchInput = z.input<typeof searchInputSchema>;

/** A stretch of a snippet; `hit` marks a matched word, in the form it has on the page. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface PageHit {
  /** 1-based. */
  page: number;
  snippet: SnippetPart[];
  /** The words as written on this page that matched (for highlighting in the viewer). */
  terms: string[];
  /** bm25 of this page: lower is better, as SQLite reports it. */
  score: number;
}

export interface DocumentHit {
  documentId: DocumentId;
  caseId: CaseId;
  caseTitle: string;
  title: string;
  fileName: string;
  docType: DocumentType;
  docDate: string | null;
  language: DocumentLanguage | null;
  /** Best page score of the document (title and metadata weigh more than body text). */
  score: number;
  /** Matching pages, best first. Empty when only the title or metadata matched. */
  pages: PageHit[];
}

export interface SearchResult {
  documents: DocumentHit[];
  /** More documents matched than `limit`. */
  truncated: boolean;
}
