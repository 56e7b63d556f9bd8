import type Database from 'better-sqlite3-multiple-ciphers';
import type { OcrStatus } from '../../../../shared/domain/ocr';

/**
 * The OCR queue lives in the vault (`ocr_pages` rows in state `pending`), so a restart, a lock or
 * a crash loses no queued page: the next unlock carries on. Only the columns of migration 0070
 * are used here, because that migration queues the pages of documents already in the vault.
 */

const HAS_TEXT = /\S/u;
/** Media types Tesseract reads as they are: one page each. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

export interface PageKey {
  documentId: string;
  pageNo: number;
}

interface DocumentPages {
  media_type: string;
  page_count: number | null;
}

/**
 * Pages of a document to recognise: a PDF's pages without a text layer (or, with `redo`, also
 * pages recognised before), an image's one page. A PDF stored without extraction has no page
 * count and is left alone.
 */
export function pagesToRecognise(
  db: Database.Database,
  documentId: string,
  options: { redo?: boolean } = {},
): number[] {
  const row = db
    .prepare('SELECT media_type, page_count FROM documents WHERE id = ?')
    .get(documentId) as DocumentPages | undefined;
  if (!row) return [];
  const count = IMAGE_TYPES.has(row.media_type)
    ? 1
    : row.media_type === 'application/pdf'
      ? (row.page_count ?? 0)
      : 0;
  const stored = db
    .prepare('SELECT page_no, text, text_source FROM document_pages WHERE document_id = ?')
    .all(documentId) as { page_no: number; text: string; text_source: 'pdf' | 'ocr' }[];
  const keep = new Set(
    stored
      .filter((page) => HAS_TEXT.test(page.text) && !(options.redo && page.text_source === 'ocr'))
      .map((page) => page.page_no),
  );
  const pages: number[] = [];
  for (let pageNo = 1; pageNo <= count; pageNo += 1) if (!keep.has(pageNo)) pages.push(pageNo);
  return pages;
}

/** Queues pages (again, if they were read before) and marks the document pending. */
export function queuePages(
  db: Database.Database,
  documentId: string,
  pages: readonly number[],
  now: string,
): number {
  if (pages.length === 0) return 0;
  let seq = (db.prepare('SELECT coalesce(max(queued_seq), 0) FROM ocr_pages').pluck().get() ??
    0) as number;
  const upsert = db.prepare(
    `INSERT INTO ocr_pages (document_id, page_no, state, queued_seq, updated_at)
     VALUES (?, ?, 'pending', ?, ?)
     ON CONFLICT (document_id, page_no) DO UPDATE SET state = 'pending',
       queued_seq = excluded.queued_seq, error_code = NULL, updated_at = excluded.updated_at`,
  );
  for (const pageNo of pages) upsert.run(documentId, pageNo, (seq += 1), now);
  ensureDocumentRow(db, documentId, now);
  db.prepare(
    "UPDATE ocr_documents SET status = 'pending', updated_at = ? WHERE document_id = ?",
  ).run(now, documentId);
  return pages.length;
}

export function ensureDocumentRow(db: Database.Database, documentId: string, now: string): void {
  db.prepare(
    `INSERT INTO ocr_documents (document_id, updated_at) VALUES (?, ?)
     ON CONFLICT (document_id) DO NOTHING`,
  ).run(documentId, now);
}

/** Queues what a document needs; returns the number of pages queued. */
export function queueDocument(
  db: Database.Database,
  documentId: string,
  now: string,
  options: { redo?: boolean } = {},
): number {
  return queuePages(db, documentId, pagesToRecognise(db, documentId, options), now);
}

/** Every document with pages to recognise (migration 0070, for vaults older than OCR). */
export function queueMissingText(db: Database.Database, now: string): number {
  const ids = db.prepare('SELECT id FROM documents ORDER BY imported_at, id').pluck().all();
  let queued = 0;
  for (const id of ids as string[]) queued += queueDocument(db, id, now);
  return queued;
}

/** The oldest queued pages not already being read, at most `limit`. */
export function nextPending(
  db: Database.Database,
  busy: ReadonlySet<string>,
  limit = 1,
): PageKey[] {
  const rows = db
    .prepare(
      `SELECT document_id AS documentId, page_no AS pageNo FROM ocr_pages
       WHERE state = 'pending' ORDER BY queued_seq LIMIT ?`,
    )
    .all(busy.size + limit) as PageKey[];
  return rows.filter((row) => !busy.has(keyOf(row))).slice(0, limit);
}

export const keyOf = (page: PageKey) => `${page.documentId}#${page.pageNo}`;

export function countPending(db: Database.Database): number {
  return db
    .prepare("SELECT count(*) FROM ocr_pages WHERE state = 'pending'")
    .pluck()
    .get() as number;
}

/**
 * A document's status from its pages: queued pages make it pending (running while one is being
 * read); otherwise done, failed, or partial when some pages failed or were cancelled unread.
 */
export function refreshStatus(
  db: Database.Database,
  documentId: string,
  now: string,
  running = false,
): OcrStatus {
  const counts = db
    .prepare(
      `SELECT coalesce(sum(state = 'pending'), 0) AS pending, coalesce(sum(state = 'done'), 0) AS done,
         coalesce(sum(state = 'failed'), 0) AS failed, coalesce(sum(state = 'cancelled'), 0) AS cancelled
       FROM ocr_pages WHERE document_id = ?`,
    )
    .get(documentId) as { pending: number; done: number; failed: number; cancelled: number };
  // Deleted while one of its pages was being read: nothing left to describe.
  if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) return 'none';
  let status: OcrStatus;
  if (counts.pending > 0) status = running ? 'running' : 'pending';
  else if (counts.failed + counts.cancelled === 0) status = counts.done > 0 ? 'done' : 'none';
  else if (counts.done > 0) status = 'partial';
  else status = counts.failed > 0 ? 'failed' : 'none';
  ensureDocumentRow(db, documentId, now);
  db.prepare('UPDATE ocr_documents SET status = ?, updated_at = ? WHERE document_id = ?').run(
    status,
    now,
    documentId,
  );
  return status;
}

/**
 * The lawyer's cancel: queued pages of the scope leave the queue (marked cancelled, so the
 * document shows partial or none), unlike a lock or a restart, which keep them queued.
 */
export function dequeue(
  db: Database.Database,
  now: string,
  scope: { documentId?: string; caseId?: string } = {},
): number {
  const where = scope.documentId
    ? 'AND document_id = @documentId'
    : scope.caseId
      ? 'AND document_id IN (SELECT id FROM documents WHERE case_id = @caseId)'
      : '';
  return db.transaction(() => {
    const ids = db
      .prepare(`SELECT DISTINCT document_id FROM ocr_pages WHERE state = 'pending' ${where}`)
      .pluck()
      .all(scope) as string[];
    const { changes } = db
      .prepare(
        `UPDATE ocr_pages SET state = 'cancelled', updated_at = @now
         WHERE state = 'pending' ${where}`,
      )
      .run({ ...scope, now });
    for (const id of ids) refreshStatus(db, id, now);
    return changes;
  })();
}
