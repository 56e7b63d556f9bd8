import type Database from 'better-sqlite3-multiple-ciphers';

/** One matched row of `search_rows`, scored. */
export interface RowHit {
  documentId: string;
  source: string;
  pageNo: number | null;
  score: number;
}

/**
 * Rows asked of SQLite per wanted document, best first: ranking, filtering and the cut happen in
 * SQLite (a top-K sort), so a word on every page of a 100,000-page vault does not turn into
 * 100,000 JavaScript objects. A document's page list holds its pages among these candidates.
 */
export const CANDIDATES_PER_DOCUMENT = 20;

/**
 * The best rows of `sql` (a SELECT of RowHit columns over `search_rows r`; lower `score` is
 * better), enough for `limit` + 1 documents when there are that many: the cut
 * grows until it holds limit + 1 documents or every matching row.
 */
export function rankedHits(
  db: Database.Database,
  sql: string,
  params: readonly unknown[],
  limit: number,
): RowHit[] {
  const statement = db.prepare(`${sql} ORDER BY score, r.document_id, r.page_no LIMIT ?`);
  for (let wanted = (limit + 1) * CANDIDATES_PER_DOCUMENT; ; wanted *= 4) {
    const rows = statement.all(...params, wanted) as RowHit[];
    if (rows.length < wanted) return rows;
    if (new Set(rows.map((row) => row.documentId)).size > limit) return rows;
  }
}
