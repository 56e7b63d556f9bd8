import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  Annotation,
  AnnotationChanges,
  AnnotationInput,
  AnnotationListQuery,
} from '../../../shared/domain/annotation';
import type { AnnotationId, DocumentId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { indexAnnotation } from '../search/index/indexSources';
import {
  ANNOTATION_POSITION_ORDER,
  ANNOTATION_SELECT,
  toAnnotation,
  type AnnotationRow,
} from './annotationRows';

interface DocumentRef {
  case_id: string;
  page_count: number | null;
}

export function createAnnotationService(db: () => Database.Database, clock: Clock) {
  function requireAnnotation(id: AnnotationId): AnnotationRow {
    const row = db().prepare(`${ANNOTATION_SELECT} WHERE a.id = ?`).get(id) as
      AnnotationRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such annotation');
    return row;
  }

  function requireDocument(id: DocumentId): DocumentRef {
    const row = db().prepare('SELECT case_id, page_count FROM documents WHERE id = ?').get(id) as
      DocumentRef | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such document');
    return row;
  }

  function list(query: AnnotationListQuery): Annotation[] {
    if (query.documentId !== undefined) {
      requireDocument(query.documentId);
      const rows = db()
        .prepare(
          `${ANNOTATION_SELECT} WHERE a.document_id = ? ORDER BY ${ANNOTATION_POSITION_ORDER}`,
        )
        .all(query.documentId) as AnnotationRow[];
      return rows.map(toAnnotation);
    }
    if (!db().prepare('SELECT 1 FROM cases WHERE id = ?').get(query.caseId)) {
      throw new AppError('NOT_FOUND', 'No such case');
    }
    const rows = db()
      .prepare(
        `${ANNOTATION_SELECT} WHERE a.case_id = ?
         ORDER BY d.imported_at, d.rowid, ${ANNOTATION_POSITION_ORDER}`,
      )
      .all(query.caseId) as AnnotationRow[];
    return rows.map(toAnnotation);
  }

  const get = (id: AnnotationId): Annotation => toAnnotation(requireAnnotation(id));

  /** The annotation's case is its document's: it cannot be filed under another case. */
  function create(input: AnnotationInput): Annotation {
    const id = clock.newId() as AnnotationId;
    db().transaction(() => {
      const document = requireDocument(input.documentId);
      if (document.page_count !== null && input.page > document.page_count) {
        throw new AppError(
          'VALIDATION',
          `The document has ${document.page_count} page(s); there is no page ${input.page}`,
        );
      }
      const now = clock.nowIso();
      db()
        .prepare(
          `INSERT INTO annotations (id, case_id, document_id, page_no, kind, color, rects, point,
             quote, comment, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          document.case_id,
          input.documentId,
          input.page,
          input.kind,
          input.color,
          JSON.stringify(input.kind === 'highlight' ? input.rects : []),
          input.point ? JSON.stringify(input.point) : null,
          input.quote || null,
          input.comment || null,
          now,
          now,
        );
      indexAnnotation(db(), id);
    })();
    return get(id);
  }

  function update(id: AnnotationId, changes: AnnotationChanges): Annotation {
    db().transaction(() => {
      const row = requireAnnotation(id);
      const comment =
        changes.comment === undefined
          ? row.comment
          : changes.comment === ''
            ? null
            : changes.comment;
      if (row.kind === 'comment' && !comment?.trim()) {
        throw new AppError('VALIDATION', 'A comment needs text; delete it instead');
      }
      db()
        .prepare('UPDATE annotations SET color = ?, comment = ?, updated_at = ? WHERE id = ?')
        .run(changes.color ?? row.color, comment, clock.nowIso(), id);
      indexAnnotation(db(), id);
    })();
    return get(id);
  }

  function remove(id: AnnotationId): { removed: true } {
    const result = db().prepare('DELETE FROM annotations WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'No such annotation');
    return { removed: true };
  }

  return { list, get, create, update, remove };
}

export type AnnotationService = ReturnType<typeof createAnnotationService>;
