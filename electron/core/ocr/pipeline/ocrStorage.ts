import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage } from '../../../../shared/domain/document';
import type { OcrLang, OcrWord } from '../../../../shared/domain/ocr';
import type { ErrorCode } from '../../../../shared/errors';
import { addRow } from '../../search/index/indexRows';
import { detectLanguage } from '../../search/text';
import type { OcrRecognition } from '../engine/recognition';
import type { PageKey } from './ocrQueue';

const HAS_TEXT = /\S/u;

/**
 * Stores one recognised page in one transaction: its text in `document_pages` (marked `ocr`),
 * its confidence and word boxes in `ocr_pages`, the document's count of pages with text, and
 * the page's search rows — so the page is searchable exactly when its text is stored. Returns
 * false when the page is no longer queued (cancelled, re-queued, or its document deleted
 * while Tesseract was reading it): nothing is written then.
 */
export function storeRecognisedPage(
  db: Database.Database,
  page: PageKey,
  recognition: OcrRecognition & { imageScale: number },
  langs: readonly OcrLang[],
  now: string,
): boolean {
  return db
    .transaction(() => {
      if (!isPending(db, page)) return false;
      const document = db
        .prepare('SELECT case_id, language, page_count FROM documents WHERE id = ?')
        .get(page.documentId) as
        | { case_id: string; language: DocumentLanguage | null; page_count: number | null }
        | undefined;
      if (!document) return false;
      const before = db
        .prepare('SELECT text FROM document_pages WHERE document_id = ? AND page_no = ?')
        .pluck()
        .get(page.documentId, page.pageNo) as string | undefined;
      const text = recognition.text.trim();
      db.prepare(
        `INSERT INTO document_pages (document_id, page_no, text, text_source) VALUES (?, ?, ?, 'ocr')
         ON CONFLICT (document_id, page_no) DO UPDATE SET text = excluded.text, text_source = 'ocr'`,
      ).run(page.documentId, page.pageNo, text);
      const delta = Number(HAS_TEXT.test(text)) - Number(HAS_TEXT.test(before ?? ''));
      // An image is one page; it had no page count until its text was recognised.
      db.prepare(
        `UPDATE documents SET page_count = max(coalesce(page_count, 0), ?),
           pages_with_text = pages_with_text + ? WHERE id = ?`,
      ).run(page.pageNo, delta, page.documentId);
      db.prepare(
        `UPDATE ocr_pages SET state = 'done', languages = ?, confidence = ?, words = ?,
           image_scale = ?, error_code = NULL, updated_at = ?
         WHERE document_id = ? AND page_no = ?`,
      ).run(
        langs.join('+'),
        clampConfidence(recognition.confidence),
        compactWords(recognition.words),
        recognition.imageScale,
        now,
        page.documentId,
        page.pageNo,
      );
      indexPage(db, document, page, text);
      return true;
    })
    .immediate();
}

/** Marks a page the engine could not read; it stays without text until queued again. */
export function markPageFailed(
  db: Database.Database,
  page: PageKey,
  code: ErrorCode,
  now: string,
): void {
  db.prepare(
    `UPDATE ocr_pages SET state = 'failed', error_code = ?, updated_at = ?
     WHERE document_id = ? AND page_no = ? AND state = 'pending'`,
  ).run(code, now, page.documentId, page.pageNo);
}

function isPending(db: Database.Database, page: PageKey): boolean {
  return (
    db
      .prepare('SELECT state FROM ocr_pages WHERE document_id = ? AND page_no = ?')
      .pluck()
      .get(page.documentId, page.pageNo) === 'pending'
  );
}

/** Tuples, not objects: a dense page has a few hundred words, and this is stored per page. */
export const compactWords = (words: readonly OcrWord[]): string =>
  JSON.stringify(
    words.map(({ text, bbox, confidence }) => [
      text,
      bbox.x0,
      bbox.y0,
      bbox.x1,
      bbox.y1,
      confidence,
    ]),
  );

const clampConfidence = (value: number) =>
  Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;

/**
 * The page's row in `search_index`/`search_trigram`, as `indexDocument` writes it (same
 * language hint), without re-reading the document's other pages. The row is not next to the
 * document's other page rows; the search still finds it (it filters by document), and the
 * document's last page reindexes the whole document so its rows are contiguous again.
 */
function indexPage(
  db: Database.Database,
  document: { case_id: string; language: DocumentLanguage | null },
  page: PageKey,
  text: string,
): void {
  db.prepare(
    "DELETE FROM search_rows WHERE document_id = ? AND source = 'page' AND page_no = ?",
  ).run(page.documentId, page.pageNo);
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  addRow(
    db,
    { source: 'page', caseId: document.case_id, documentId: page.documentId, pageNo: page.pageNo },
    text,
    document.language ?? detectLanguage(text),
  );
}
