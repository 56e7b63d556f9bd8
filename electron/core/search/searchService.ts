import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage, DocumentType } from '../../../shared/domain/document';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type {
  DocumentHit,
  PageHit,
  PageSnippet,
  SearchResult,
} from '../../../shared/domain/search';
import { rebuildSearchIndex } from './index/rebuildIndex';
import { queryExpander } from './index/searchTerms';
import { itemHits } from './itemHits';
import { metaHits, type MetaHit } from './metaHits';
import { parseQuery, toFts5, type Query } from './query';
import { documentsJoin, filtersToSql, type SqlCondition } from './searchFilters';
import { buildSnippet, createSnippetMemo, type SnippetMarker, type SnippetMemo } from './snippets';
import { PAGES_PER_DOCUMENT, rankedHits, type RowHit } from './rankedHits';
import { substringMarkers, trigramFallback } from './trigramFallback';

export interface SearchRequest {
  query: string;
  caseId?: CaseId;
  limit: number;
}

export { PAGES_PER_DOCUMENT };
/**
 * Documents whose best page comes with its snippet in the answer: about a screenful. A snippet
 * reads, tokenises and stems its whole page, so snippets for a hundred documents would cost more
 * than the search; the rest arrive through `search.snippets` as the list scrolls to them.
 */
export const SNIPPET_DOCUMENTS = 10;
/**
 * bm25 of a document's metadata row (title, file name, description, source, tags) is multiplied
 * by this: bm25 is negative and lower is better, so a title hit outranks the same words in body
 * text.
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

const EMPTY: SearchResult = { documents: [], items: [], truncated: false };

const PAGE_HITS = `SELECT r.document_id AS documentId, r.page_no AS pageNo,
    bm25(search_index) AS score
  FROM search_index JOIN search_rows r ON r.id = search_index.rowid`;

function pageHits(
  db: Database.Database,
  match: string,
  filter: SqlCondition,
  limit: number,
): RowHit[] {
  return rankedHits(
    db,
    `${PAGE_HITS} ${documentsJoin(filter)} WHERE search_index MATCH ? AND ${filter.where}`,
    [match, ...filter.params],
    limit,
  );
}

/**
 * The matching pages of one document, for a document ranked by its title alone: a document's
 * page rows are written together, so their rowids make a short range FTS5 reads directly.
 */
function pagesOfDocument(db: Database.Database, match: string, documentId: string): RowHit[] {
  return db
    .prepare(
      `${PAGE_HITS}
       WHERE search_index MATCH ? AND r.document_id = ?
         AND search_index.rowid BETWEEN
           (SELECT min(id) FROM search_rows WHERE document_id = ? AND source = 'page')
           AND (SELECT max(id) FROM search_rows WHERE document_id = ? AND source = 'page')
       ORDER BY score, r.page_no LIMIT ${PAGES_PER_DOCUMENT}`,
    )
    .all(match, documentId, documentId, documentId) as RowHit[];
}

interface Grouped {
  documentId: string;
  score: number;
  pages: { page: number; score: number }[];
}

/** Documents by their best page or weighted metadata row, best first; ties by id. */
function groupByDocument(hits: readonly RowHit[], meta: readonly MetaHit[]): Grouped[] {
  const byDocument = new Map<string, Grouped>();
  for (const hit of hits) {
    let group = byDocument.get(hit.documentId);
    if (!group) {
      group = { documentId: hit.documentId, score: hit.score, pages: [] };
      byDocument.set(hit.documentId, group);
    }
    group.score = Math.min(group.score, hit.score);
    group.pages.push({ page: hit.pageNo, score: hit.score });
  }
  for (const hit of meta) {
    if (hit.source !== 'document' || hit.documentId === null) continue;
    const score = hit.score * METADATA_WEIGHT;
    const group = byDocument.get(hit.documentId);
    if (group) group.score = Math.min(group.score, score);
    else byDocument.set(hit.documentId, { documentId: hit.documentId, score, pages: [] });
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

/** The page's snippet with the query's words marked, or its substrings when no word is there. */
function snippetOfPage(
  text: string,
  markers: readonly SnippetMarker[],
  fallback: readonly SnippetMarker[],
  memo: SnippetMemo,
) {
  const built = buildSnippet(text, markers, memo);
  return built.terms.length > 0 || fallback.length === 0
    ? built
    : buildSnippet(text, fallback, memo);
}

export function createSearchService(db: () => Database.Database) {
  const readPage = () =>
    db().prepare('SELECT text FROM document_pages WHERE document_id = ? AND page_no = ?').pluck();

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
    return { documents, items: [], truncated: ids.length > limit };
  }

  function runQuery(query: Query, request: SearchRequest): SearchResult {
    const filter = filtersToSql(query.filters, request.caseId);
    const { match, highlightTerms } = toFts5(query, queryExpander);
    if (match === null) return listFiltered(filter, request.limit);
    let hits = pageHits(db(), match, filter, request.limit);
    let markers: SnippetMarker[] = highlightTerms;
    if (hits.length === 0) {
      const fallback = trigramFallback(db(), query, filter, request.limit);
      if (fallback) ({ hits, markers } = fallback);
    }
    const meta = metaHits(db(), match, query.filters, request.caseId);
    const groups = groupByDocument(hits, meta);
    const kept = groups.slice(0, request.limit);
    for (const group of kept)
      if (group.pages.length === 0)
        group.pages = pagesOfDocument(db(), match, group.documentId).map((hit) => ({
          page: hit.pageNo,
          score: hit.score,
        }));
    const rows = documentRows(
      db(),
      kept.map((group) => group.documentId),
    );
    const page = readPage();
    const memo = createSnippetMemo();
    const documents = kept.flatMap((group, rank) => {
      const row = rows.get(group.documentId);
      if (!row) return [];
      const [best, ...rest] = group.pages;
      if (best === undefined) return [toHit(row, group.score, [])];
      const shown =
        rank < SNIPPET_DOCUMENTS
          ? buildSnippet((page.get(row.id, best.page) as string | undefined) ?? '', markers, memo)
          : { snippet: [], terms: [] };
      const pages: PageHit[] = [
        { ...best, ...shown },
        ...rest.map((other) => ({ ...other, snippet: [], terms: shown.terms })),
      ];
      return [toHit(row, group.score, pages)];
    });
    const items = itemHits(db(), meta, highlightTerms, memo);
    return { documents, items, truncated: groups.length > request.limit };
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

  /** Snippets of the given pages of one document, the query's words marked. */
  function snippets(request: {
    query: string;
    documentId: DocumentId;
    pages: readonly number[];
  }): PageSnippet[] {
    if (request.query.trim() === '') return [];
    const query = parseQuery(request.query);
    const { highlightTerms } = toFts5(query, queryExpander);
    const fallback = substringMarkers(query);
    const page = readPage();
    const memo = createSnippetMemo();
    return [...new Set(request.pages)].flatMap((pageNo) => {
      const text = page.get(request.documentId, pageNo) as string | undefined;
      if (text === undefined) return [];
      return [{ page: pageNo, ...snippetOfPage(text, highlightTerms, fallback, memo) }];
    });
  }

  function reindex(): { documents: number; pages: number } {
    return db()
      .transaction(() => rebuildSearchIndex(db()))
      .immediate();
  }

  return { search, snippets, reindex };
}

export type SearchService = ReturnType<typeof createSearchService>;
