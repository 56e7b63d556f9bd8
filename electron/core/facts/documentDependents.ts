import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentDependents, DocumentDependentsPolicy } from '../../../shared/domain/fact';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { Language } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/errors';
import { keptAnnotationsNote } from '../annotations/keptAnnotationsNote';
import {
  ANNOTATION_POSITION_ORDER,
  ANNOTATION_SELECT,
  toAnnotation,
  type AnnotationRow,
} from '../annotations/annotationRows';
import type { NoteService } from '../notes/noteService';
import { indexFact } from '../search/index/indexSources';

/** What hangs on a document: its annotations and the facts that cite it. */
export function countDependents(db: Database.Database, documentId: DocumentId): DocumentDependents {
  if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
    throw new AppError('NOT_FOUND', 'No such document');
  }
  const count = (sql: string) => db.prepare(sql).pluck().get(documentId) as number;
  return {
    annotations: count('SELECT count(*) FROM annotations WHERE document_id = ?'),
    facts: count('SELECT count(*) FROM facts WHERE source_document_id = ?'),
  };
}

/**
 * Does what the lawyer chose with a document's annotations and facts; runs inside the document
 * deletion's transaction, so either the document goes with its dependents settled, or nothing
 * changes. Annotations left alone go by ON DELETE CASCADE.
 */
export function settleDependents(
  db: Database.Database,
  document: { id: DocumentId; caseId: CaseId; title: string },
  policy: DocumentDependentsPolicy,
  notes: Pick<NoteService, 'insert'>,
  language: Language,
): void {
  if (policy.annotations === 'keepAsNote') {
    const rows = db
      .prepare(`${ANNOTATION_SELECT} WHERE a.document_id = ? ORDER BY ${ANNOTATION_POSITION_ORDER}`)
      .all(document.id) as AnnotationRow[];
    if (rows.length > 0) {
      const { title, doc } = keptAnnotationsNote(document.title, rows.map(toAnnotation), language);
      notes.insert(document.caseId, title, doc);
    }
  }
  if (policy.facts === 'delete') {
    db.prepare('DELETE FROM facts WHERE source_document_id = ?').run(document.id);
    return;
  }
  // The title is kept so a kept fact still says where it came from; the annotation goes anyway.
  const kept = db
    .prepare(
      `UPDATE facts SET source_document_id = NULL, source_document_title = ?,
         source_annotation_id = NULL
       WHERE source_document_id = ? RETURNING id`,
    )
    .pluck()
    .all(document.title, document.id) as string[];
  for (const factId of kept) indexFact(db, factId);
}
