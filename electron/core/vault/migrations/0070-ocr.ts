import type { Migration } from '../migrate';
import { queueMissingText } from '../../ocr/pipeline/ocrQueue';

/**
 * OCR (issue 8). The recognised text of a page goes where every page's text goes,
 * `document_pages.text`, so search, snippets and reindex need nothing new; `text_source` says
 * where it came from. `ocr_pages` is both the queue (state `pending`, which survives a restart)
 * and the record of each recognised page: confidence and word boxes (compact JSON, for
 * highlighting hits on the scan). `ocr_documents` holds a document's status and language choice.
 * Documents already in the vault that have pages without text are queued, so an upgrade makes
 * old scans searchable too.
 */
export const ocr: Migration = {
  version: 70,
  name: '0070-ocr',
  up(db) {
    db.exec(`
      ALTER TABLE document_pages ADD COLUMN text_source TEXT NOT NULL DEFAULT 'pdf'
        CHECK (text_source IN ('pdf', 'ocr'));

      CREATE TABLE ocr_documents (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'none'
          CHECK (status IN ('none', 'pending', 'running', 'done', 'failed', 'partial')),
        -- 'auto', or Tesseract's spelling of the chosen languages: 'kaz+rus'.
        languages TEXT NOT NULL DEFAULT 'auto'
          CHECK (languages = 'auto' OR (length(languages) BETWEEN 3 AND 11
            AND languages NOT GLOB '*[^a-z+]*')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE ocr_pages (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_no INTEGER NOT NULL CHECK (page_no >= 1),
        -- cancelled: taken off the queue by the lawyer before it was read.
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'cancelled')),
        -- Order of the queue: the earliest queued page is read first.
        queued_seq INTEGER NOT NULL,
        languages TEXT,
        confidence REAL CHECK (confidence BETWEEN 0 AND 100),
        -- [[text, x0, y0, x1, y1, confidence], ...] in pixels of the page image, which had
        -- image_scale pixels per PDF point (1 for a photo): boxes / image_scale = page points.
        words TEXT CHECK (words IS NULL OR json_valid(words)),
        image_scale REAL CHECK (image_scale > 0),
        error_code TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, page_no)
      ) STRICT;
      CREATE INDEX ocr_pages_queue ON ocr_pages (queued_seq) WHERE state = 'pending';
    `);
    queueMissingText(db, new Date().toISOString());
  },
};
