import { z } from 'zod';
import type { DocumentLanguage, DocumentType } from './document';
import { caseIdSchema, documentIdSchema, type CaseId, type DocumentId } from './ids';

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

/** What else search finds besides documents: a case's fields or parties, and issue 5's items. */
export const ITEM_KINDS = ['case', 'note', 'annotation', 'fact'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ItemHit {
  kind: ItemKind;
  /** The case, note, annotation or fact. */
  id: string;
  caseId: CaseId;
  caseTitle: string;
  /** The note's title, the fact's statement, the annotated document's title, the case's title. */
  title: string;
  /** The annotated document and page (annotation), or a fact's source. */
  documentId: DocumentId | null;
  page: number | null;
  snippet: SnippetPart[];
  /** bm25, lower is better. */
  score: number;
}

export interface SearchResult {
  /**
   * Best first. Only the best page of the first documents comes with its snippet (what the
   * screen shows first); the others are fetched with `search.snippets` when shown.
   */
  documents: DocumentHit[];
  /** Cases, notes, annotation comments and facts that match, best first. */
  items: ItemHit[];
  /** More documents matched than `limit`. */
  truncated: boolean;
}

/** Pages of one document whose snippets are wanted, for a query already run. */
export const SNIPPET_PAGES_MAX = 100;
export const snippetsInputSchema = z.strictObject({
  query: searchInputSchema.shape.query,
  documentId: documentIdSchema,
  pages: z.array(z.number().int().min(1).max(1_000_000)).min(1).max(SNIPPET_PAGES_MAX),
});

export interface PageSnippet {
  page: number;
  snippet: SnippetPart[];
  terms: string[];
}
