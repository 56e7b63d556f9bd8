import type Database from 'better-sqlite3-multiple-ciphers';
import { indexCase, indexDocument } from './indexRows';
import { indexAllSources } from './indexSources';

/**
 * Throws the whole index away and builds it again from the stored page text and metadata, in the
 * caller's transaction (the migration's, or reindex's).
 */
export function rebuildSearchIndex(db: Database.Database): { documents: number; pages: number } {
  // 'delete-all' empties a contentless table at once; the trigger then has nothing left to do.
  db.exec(`INSERT INTO search_index (search_index) VALUES ('delete-all');
    INSERT INTO search_trigram (search_trigram) VALUES ('delete-all');
    INSERT INTO search_meta (search_meta) VALUES ('delete-all');
    DELETE FROM search_rows;`);
  const caseIds = db.prepare('SELECT id FROM cases ORDER BY rowid').pluck().all() as string[];
  for (const caseId of caseIds) indexCase(db, caseId);
  const documentIds = db
    .prepare('SELECT id FROM documents ORDER BY rowid')
    .pluck()
    .all() as string[];
  let pages = 0;
  for (const documentId of documentIds)
    pages += indexDocument(db, documentId, { pages: true }).pages;
  indexAllSources(db);
  return { documents: documentIds.length, pages };
}
