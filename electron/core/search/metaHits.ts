import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseId } from '../../../shared/domain/ids';
import type { SearchSource } from './index/indexRows';
import type { QueryFilters } from './query';
import { filtersToSql, hasDocumentFilters } from './searchFilters';

/** A matched row of `search_meta`: a document's metadata, a case, a note, an annotation, a fact. */
export interface MetaHit {
  source: Exclude<SearchSource, 'page'>;
  caseId: string;
  documentId: string | null;
  pageNo: number | null;
  refId: string | null;
  score: number;
}

/** Rows read from the small index; far more than a screen of items and documents' titles. */
const META_ROWS = 2000;

/**
 * Everything but pages that matches, best first, within the case scope. A filter only a document
 * can meet (type, language, tag, date) keeps the rows tied to such a document: its metadata and
 * its annotations.
 */
export function metaHits(
  db: Database.Database,
  match: string,
  filters: QueryFilters,
  scope: CaseId | undefined,
): MetaHit[] {
  const onDocuments = hasDocumentFilters(filters);
  const filter = filtersToSql(filters, scope);
  const cases: string[] = [];
  const caseParams: string[] = [];
  if (scope !== undefined) {
    cases.push('r.case_id = ?');
    caseParams.push(scope);
  }
  if (filters.caseIds.length > 0) {
    cases.push(`r.case_id IN (${filters.caseIds.map(() => '?').join(', ')})`);
    caseParams.push(...filters.caseIds);
  }
  const where = onDocuments
    ? `r.document_id IS NOT NULL AND ${filter.where}`
    : cases.length === 0
      ? '1'
      : cases.join(' AND ');
  const params = onDocuments ? filter.params : caseParams;
  return db
    .prepare(
      `SELECT r.source, r.case_id AS caseId, r.document_id AS documentId, r.page_no AS pageNo,
         r.ref_id AS refId, bm25(search_meta) AS score
       FROM search_meta JOIN search_rows r ON r.id = search_meta.rowid
         ${onDocuments ? 'JOIN documents d ON d.id = r.document_id' : ''}
       WHERE search_meta MATCH ? AND ${where}
       ORDER BY score, r.id LIMIT ${META_ROWS}`,
    )
    .all(match, ...params) as MetaHit[];
}
