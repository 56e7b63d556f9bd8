import type Database from 'better-sqlite3-multiple-ciphers';
import { detectLanguage } from '../text';
import { addRow, join, type SearchSource } from './indexRows';

/**
 * Search rows of issue 5's sources, one per item, in `search_meta`. Each function (re)writes its
 * item's row and is called in the transaction that changed the item; deleting an item drops its
 * row through a trigger (migration 0050), so no delete path can leave it behind.
 */

function forgetRef(db: Database.Database, source: SearchSource, refId: string): void {
  db.prepare('DELETE FROM search_rows WHERE ref_id = ? AND source = ?').run(refId, source);
}

/** A note: its title and text. */
export function indexNote(db: Database.Database, noteId: string): void {
  forgetRef(db, 'note', noteId);
  const row = db.prepare('SELECT case_id, title, text FROM notes WHERE id = ?').get(noteId) as
    { case_id: string; title: string; text: string } | undefined;
  if (!row) return;
  addRow(
    db,
    { source: 'note', caseId: row.case_id, documentId: null, pageNo: null, refId: noteId },
    join([row.title, row.text]),
    detectLanguage(row.text),
  );
}

/**
 * An annotation's comment (its quote is page text, already found through the page). The row
 * names the document, so the document's deletion takes it along with the annotation.
 */
export function indexAnnotation(db: Database.Database, annotationId: string): void {
  forgetRef(db, 'annotation', annotationId);
  const row = db
    .prepare('SELECT case_id, document_id, page_no, comment FROM annotations WHERE id = ?')
    .get(annotationId) as
    { case_id: string; document_id: string; page_no: number; comment: string | null } | undefined;
  if (!row?.comment) return;
  addRow(
    db,
    {
      source: 'annotation',
      caseId: row.case_id,
      documentId: row.document_id,
      pageNo: row.page_no,
      refId: annotationId,
    },
    row.comment,
    detectLanguage(row.comment),
  );
}

/**
 * A fact: its statement, typed source and issues. No document on the row: a fact may outlive its
 * source document.
 */
export function indexFact(db: Database.Database, factId: string): void {
  forgetRef(db, 'fact', factId);
  const row = db
    .prepare(
      `SELECT case_id, statement, source_note,
         (SELECT group_concat(issue, '\n') FROM fact_issues WHERE fact_id = f.id) AS issues
       FROM facts f WHERE id = ?`,
    )
    .get(factId) as
    | { case_id: string; statement: string; source_note: string | null; issues: string | null }
    | undefined;
  if (!row) return;
  addRow(
    db,
    { source: 'fact', caseId: row.case_id, documentId: null, pageNo: null, refId: factId },
    join([row.statement, row.source_note, row.issues]),
    detectLanguage(row.statement),
  );
}

/** Every note, annotation and fact (a rebuild). */
export function indexAllSources(db: Database.Database): void {
  const ids = (table: string) =>
    db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[];
  for (const id of ids('notes')) indexNote(db, id);
  for (const id of ids('annotations')) indexAnnotation(db, id);
  for (const id of ids('facts')) indexFact(db, id);
}
