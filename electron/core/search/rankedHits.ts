import type Database from 'better-sqlite3-multiple-ciphers';

/** One matched page row, scored (lower is better, as bm25). */
export interface RowHit {
  documentId: string;
  pageNo: number;
  score: number;
}

/**
 * Matching rows of a page index considered for one document's page list; beyond them a
 * document's other matches still count toward nothing: its best page already ranked it.
 */
export const PAGES_PER_DOCUMENT = 50;

/**
 * The best page rows of `sql` (a SELECT of RowHit columns over `search_rows r`, lower score
 * better), read in rank order until `limit` + 1 documents have appeared: SQLite ranks every
 * match once, in C, and JavaScript sees only the rows it keeps. A common word matches tens of
 * thousands of pages; asking again with a larger LIMIT when the first cut held too few documents
 * used to rank them all twice.
 */
export function rankedHits(
  db: Database.Database,
  sql: string,
  params: readonly unknown[],
  limit: number,
): RowHit[] {
  const statement = db.prepare(`${sql} ORDER BY score, r.document_id, r.page_no`);
  const pagesOf = new Map<string, number>();
  const hits: RowHit[] = [];
  for (const row of statement.iterate(...params) as IterableIterator<RowHit>) {
    const seen = pagesOf.get(row.documentId);
    if (seen === undefined) {
      if (pagesOf.size > limit) break;
      pagesOf.set(row.documentId, 1);
    } else if (seen >= PAGES_PER_DOCUMENT) continue;
    else pagesOf.set(row.documentId, seen + 1);
    hits.push(row);
  }
  return hits;
}
