import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage, DocumentType } from '../../../shared/domain/document';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { DocumentHit, PageHit, SearchResult } from '../../../shared/domain/search';
import { rebuildSearchIndex } from './index/indexRows';
import { queryExpander } from './index/searchTerms';
import { parseQuery, toFts5, type Query } from './query';
import { documentsJoin, filtersToSql, type SqlCondition } from './searchFilters';
import { buildSnippet, createSnippetMemo, type SnippetMarker, type SnippetMemo } from './snippets';
import { rankedHits, type RowHit } from './rankedHits';
import { trigramFallback } from './trigramFallback';

export interface SearchRequest {
  query: string;
  caseId?: CaseId;
  limit: number;
}

/** Matching pages returned per document; the rest still count for its score. */
export const PAGES_PER_DOCUMENT = 50;
/**
 * Pages of a document that get a snippet: its best ones. A snippet reads, tokenises and stems its
 * whole page, and a common word matches thousands of pages; the other pages are listed with no
 * snippet and the words found on the document's best pages, for the viewer to highlight.
 */
export const SNIPPET_PAGES = 1;
/**
 * bm25 of a metadata row (title, file name, description, source, tags) is multiplied by this:
 * bm25 is negative and lower is better, so a title hit outranks the same words in body text.
 * A row factor rather than FTS5 column weights, because toFts5 addresses the `text` and `stems`
 * columns that every source shares.
 */
export const METADATA_WEIGHT = 4;

interface DocumentRow {
  id: string;
  case_id: string;
  case_title: string;
  title: string;
  original_name: string;
  doc_type: DocumentType;
  doc_date: string | null;
  language: DocumentLanguage | null;
}

const EMPTY: SearchResult = { documents: [], truncated: false };

function wordHits(
  db: Database.Database,
  match: string,
  filter: SqlCondition,
  limit: number,
): RowHit[] {
  return rankedHits(
    db,
    `SELECT r.document_id AS documentId, r.source, r.page_no AS pageNo,
       CASE r.source WHEN 'document' THEN bm25(search_index) * ${METADATA_WEIGHT}
         ELSE bm25(search_index) END AS score
     FROM search_index JOIN search_rows r ON r.id = search_index.rowid
       ${documentsJoin(filter)}
     WHERE search_index MATCH ? AND r.source IN ('document', 'page') AND ${filter.where}`,
    [match, ...filter.params],
    limit,
  );
}

interface Grouped {
  documentId: string;
  score: number;
  pages: { page: number; score: number }[];
}

/** Documents by their best row, best first; ties by id so the order is stable. */
function groupByDocument(hits: RowHit[]): Grouped[] {
  const byDocument = new Map<string, Grouped>();
  for (const hit of hits) {
    let group = byDocument.get(hit.documentId);
    if (!group) {
      group = { documentId: hit.documentId, score: hit.score, pages: [] };
      byDocument.set(hit.documentId, group);
    }
    group.score = Math.min(group.score, hit.score);
    if (hit.source === 'page' && hit.pageNo !== null)
      group.pages.push({ page: hit.pageNo, score: hit.score });
  }
  const groups = [...byDocument.values()];
  for (const group of groups) group.pages.sort((a, b) => a.score - b.score || a.page - b.page);
  return groups.sort((a, b) => a.score - b.score || (a.documentId < b.documentId ? -1 : 1));
}

function documentRows(db: Database.Database, ids: readonly string[]): Map<string, DocumentRow> {
  const rows = db
    .prepare(
      `SELECT d.id, d.case_id, c.title AS case_title, d.title, d.original_name, d.doc_type,
         d.doc_date, d.language
       FROM documents d JOIN cases c ON c.id = d.case_id
       WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as DocumentRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

function toHit(row: DocumentRow, score: number, pages: PageHit[]): DocumentHit {
  return {
    documentId: row.id as DocumentId,
    caseId: row.case_id as CaseId,
    caseTitle: row.case_title,
    title: row.title,
    fileName: row.original_name,
    docType: row.doc_type,
    docDate: row.doc_date,
    language: row.language,
    score,
    pages,
  };
}

export function createSearchService(db: () => Database.Database) {
  function pageHits(
    readPage: Database.Statement,
    documentId: string,
    group: Grouped,
    markers: SnippetMarker[],
    memo: SnippetMemo,
  ): PageHit[] {
    const pages = group.pages.slice(0, PAGES_PER_DOCUMENT);
    const shown = pages.slice(0, SNIPPET_PAGES).map(({ page, score }) => {
      const text = (readPage.get(documentId, page) as string | undefined) ?? '';
      return { page, score, ...buildSnippet(text, markers, memo) };
    });
    const terms = [...new Set(shown.flatMap((hit) => hit.terms))];
    return [
      ...shown,
      ...pages.slice(SNIPPET_PAGES).map(({ page, score }) => ({ page, score, snippet: [], terms })),
    ];
  }

  /** A query of filters only: the documents they select, newest first, without pages. */
  function listFiltered(filter: SqlCondition, limit: number): SearchResult {
    const ids = db()
      .prepare(
        `SELECT d.id FROM documents d WHERE ${filter.where}
         ORDER BY d.doc_date IS NULL, d.doc_date DESC, d.imported_at DESC, d.id LIMIT ?`,
      )
      .pluck()
      .all(...filter.params, limit + 1) as string[];
    const rows = documentRows(db(), ids);
    const documents = ids.slice(0, limit).flatMap((id) => {
      const row = rows.get(id);
      return row ? [toHit(row, 0, [])] : [];
    });
    return { documents, truncated: ids.length > limit };
  }

  function runQuery(query: Query, request: SearchRequest): SearchResult {
    const filter = filtersToSql(query.filters, request.caseId);
    const { match, highlightTerms } = toFts5(query, queryExpander);
    if (match === null) return listFiltered(filter, request.limit);
    let hits = wordHits(db(), match, filter, request.limit);
    let markers: SnippetMarker[] = highlightTerms;
    if (hits.length === 0) {
      const fallback = trigramFallback(db(), query, filter, request.limit);
      if (fallback) ({ hits, markers } = fallback);
    }
    const groups = groupByDocument(hits);
    const kept = groups.slice(0, request.limit);
    const rows = documentRows(
      db(),
      kept.map((group) => group.documentId),
    );
    const readPage = db()
      .prepare('SELECT text FROM document_pages WHERE document_id = ? AND page_no = ?')
      .pluck();
    const memo = createSnippetMemo();
    const documents = kept.flatMap((group) => {
      const row = rows.get(group.documentId);
      return row ? [toHit(row, group.score, pageHits(readPage, row.id, group, markers, memo))] : [];
    });
    return { documents, truncated: groups.length > request.limit };
  }

  /**
   * Whitespace finds nothing (not everything); a malformed query throws QUERY_SYNTAX from the
   * parser. The reads share one transaction so hits and the rows they name agree.
   */
  function search(request: SearchRequest): SearchResult {
    if (request.query.trim() === '') return EMPTY;
    const query = parseQuery(request.query);
    return db().transaction(() => runQuery(query, request))();
  }

  function reindex(): { documents: number; pages: number } {
    return db()
      .transaction(() => rebuildSearchIndex(db()))
      .immediate();
  }

  return { search, reindex };
}

export type SearchService = ReturnType<typeof createSearchService>;
