import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentId } from '../../../../shared/domain/document';
import type { OcrDocumentStatus, OcrPageWords, OcrStatus } from '../../../../shared/domain/ocr';
import { storedChoice } from './ocrLanguages';

interface StatusRow {
  documentId: DocumentId;
  status: OcrStatus | null;
  pending: number;
  done: number;
  failed: number;
  confidence: number | null;
}

const STATUS = `SELECT d.id AS documentId, o.status,
    (SELECT count(*) FROM ocr_pages WHERE document_id = d.id AND state = 'pending') AS pending,
    (SELECT count(*) FROM ocr_pages WHERE document_id = d.id AND state = 'done') AS done,
    (SELECT count(*) FROM ocr_pages WHERE document_id = d.id AND state = 'failed') AS failed,
    (SELECT avg(confidence) FROM ocr_pages WHERE document_id = d.id AND state = 'done')
      AS confidence
  FROM documents d LEFT JOIN ocr_documents o ON o.document_id = d.id`;

/**
 * Each document's OCR status. `running` is only true while a job reads it: a vault closed
 * mid-page (a crash) still says running, and shows pending until the job resumes.
 */
function toStatus(db: Database.Database, row: StatusRow, jobRunning: boolean): OcrDocumentStatus {
  const status = row.status ?? 'none';
  return {
    documentId: row.documentId,
    status: status === 'running' && !jobRunning ? 'pending' : status,
    languages: storedChoice(db, row.documentId),
    pagesPending: row.pending,
    pagesDone: row.done,
    pagesFailed: row.failed,
    confidence: row.confidence === null ? null : Math.round(row.confidence * 10) / 10,
  };
}

export function caseOcrStatus(
  db: Database.Database,
  caseId: string,
  jobRunning: boolean,
): OcrDocumentStatus[] {
  const rows = db
    .prepare(`${STATUS} WHERE d.case_id = ? ORDER BY d.imported_at, d.id`)
    .all(caseId) as StatusRow[];
  return rows.map((row) => toStatus(db, row, jobRunning));
}

export function documentOcrStatus(
  db: Database.Database,
  documentId: string,
  jobRunning: boolean,
): OcrDocumentStatus | null {
  const row = db.prepare(`${STATUS} WHERE d.id = ?`).get(documentId) as StatusRow | undefined;
  return row ? toStatus(db, row, jobRunning) : null;
}

type WordTuple = [string, number, number, number, number, number];

/** The stored word boxes of a recognised page (compactWords' tuples back as objects); null if none. */
export function pageWords(
  db: Database.Database,
  documentId: string,
  pageNo: number,
): OcrPageWords | null {
  const row = db
    .prepare(
      `SELECT words, image_scale, confidence FROM ocr_pages
       WHERE document_id = ? AND page_no = ? AND state = 'done'`,
    )
    .get(documentId, pageNo) as
    { words: string | null; image_scale: number | null; confidence: number | null } | undefined;
  if (!row?.words) return null;
  const tuples = JSON.parse(row.words) as WordTuple[];
  return {
    pageNo,
    scale: row.image_scale ?? 1,
    confidence: row.confidence ?? 0,
    words: tuples.map(([text, x0, y0, x1, y1, confidence]) => ({
      text,
      bbox: { x0, y0, x1, y1 },
      confidence,
    })),
  };
}
