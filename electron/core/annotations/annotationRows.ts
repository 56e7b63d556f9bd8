import type {
  Annotation,
  AnnotationColor,
  AnnotationKind,
  AnnotationPoint,
  AnnotationRect,
} from '../../../shared/domain/annotation';
import type { AnnotationId, CaseId, DocumentId } from '../../../shared/domain/ids';

/** An `annotations` row joined with its document's title, and its mapping to the DTO. */
export interface AnnotationRow {
  id: string;
  case_id: string;
  document_id: string;
  document_title: string;
  page_no: number;
  kind: AnnotationKind;
  color: AnnotationColor;
  rects: string;
  point: string | null;
  quote: string | null;
  comment: string | null;
  created_at: string;
  updated_at: string;
}

export const ANNOTATION_SELECT = `SELECT a.*, d.title AS document_title
  FROM annotations a JOIN documents d ON d.id = a.document_id`;

/**
 * Reading order on a page: top to bottom, then left to right, by the first line box of a
 * highlight or the pin of a comment.
 */
export const ANNOTATION_POSITION_ORDER = `a.page_no,
  coalesce(json_extract(a.rects, '$[0].y'), json_extract(a.point, '$.y')),
  coalesce(json_extract(a.rects, '$[0].x'), json_extract(a.point, '$.x')),
  a.created_at, a.rowid`;

export const toAnnotation = (row: AnnotationRow): Annotation => ({
  id: row.id as AnnotationId,
  caseId: row.case_id as CaseId,
  documentId: row.document_id as DocumentId,
  documentTitle: row.document_title,
  page: row.page_no,
  kind: row.kind,
  color: row.color,
  rects: JSON.parse(row.rects) as AnnotationRect[],
  point: row.point === null ? null : (JSON.parse(row.point) as AnnotationPoint),
  quote: row.quote,
  comment: row.comment,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
