import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DocumentId,
  DocumentMetadata,
  ImportOutcome,
  MediaType,
} from '../../../shared/domain/document';
import type { CaseId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { indexDocument } from '../search/index/indexRows';
import { writeChunks } from './blobStore';
import { touchCase, writeDocumentTags } from './documentRows';
import { chooseTitle, cleanFileName } from './documentTitle';

/** What the extraction worker found; null when none ran (images before OCR, plain text). */
export interface Extraction {
  pageCount: number;
  /** The PDF's own metadata title, untrusted. */
  title: string | null;
  /** Text of page 1, 2, ...; '' for a page without a text layer. */
  pages: string[];
}

export interface ImportInput {
  caseId: CaseId;
  originalName: string;
  bytes: Uint8Array;
  /** From detectMediaType: the caller has already refused what is not one of these. */
  mediaType: MediaType;
  extraction: Extraction | null;
  metadata?: Partial<DocumentMetadata>;
}

const HAS_TEXT = /\S/u;

function assertConsistent(extraction: Extraction | null): void {
  if (!extraction) return;
  const { pageCount, pages } = extraction;
  // Our own worker's output: a mismatch is a bug, not the user's input, so it is not VALIDATION.
  if (!Number.isInteger(pageCount) || pageCount < 0 || pages.length > pageCount) {
    throw new Error('Extraction result is inconsistent');
  }
}

/**
 * Stores one file in a case in ONE transaction: the row, its tags, every chunk of the original
 * and every page of text, or nothing. The same bytes already in the case come back as a duplicate
 * (nothing written); in another case they are a new document.
 */
export function importDocument(
  db: Database.Database,
  clock: Clock,
  input: ImportInput,
): ImportOutcome {
  const { bytes, extraction, metadata = {} } = input;
  if (bytes.length === 0) {
    throw new AppError('EMPTY_FILE', 'The file is empty');
  }
  assertConsistent(extraction);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const originalName = cleanFileName(input.originalName);
  const title = chooseTitle(metadata.title, extraction?.title, originalName);
  const pages = extraction?.pages ?? [];

  return db
    .transaction((): ImportOutcome => {
      if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) {
        throw new AppError('NOT_FOUND', 'No such case');
      }
      const existingId = db
        .prepare('SELECT id FROM documents WHERE case_id = ? AND sha256 = ?')
        .pluck()
        .get(input.caseId, sha256) as DocumentId | undefined;
      if (existingId) return { duplicate: true, existingId };

      const id = clock.newId() as DocumentId;
      const now = clock.nowIso();
      db.prepare(
        `INSERT INTO documents (id, case_id, title, doc_type, doc_date, source, language,
           description, original_name, media_type, size, sha256, page_count, pages_with_text,
           imported_at, updated_at)
         VALUES (@id, @caseId, @title, @docType, @docDate, @source, @language, @description,
           @originalName, @mediaType, @size, @sha256, @pageCount, @pagesWithText, @now, @now)`,
      ).run({
        id,
        caseId: input.caseId,
        title,
        docType: metadata.docType ?? 'other',
        docDate: metadata.docDate ?? null,
        source: metadata.source || null,
        language: metadata.language ?? null,
        description: metadata.description || null,
        originalName,
        mediaType: input.mediaType,
        size: bytes.length,
        sha256,
        pageCount: extraction?.pageCount ?? null,
        pagesWithText: pages.filter((page) => HAS_TEXT.test(page)).length,
        now,
      });
      writeDocumentTags(db, id, metadata.tags ?? []);
      writeChunks(db, id, bytes);
      const insertPage = db.prepare(
        'INSERT INTO document_pages (document_id, page_no, text) VALUES (?, ?, ?)',
      );
      pages.forEach((text, index) => insertPage.run(id, index + 1, text));
      // In the same transaction: a document is searchable exactly when it exists.
      indexDocument(db, id, { pages: true });
      touchCase(db, input.caseId, now);
      return { duplicate: false, id, sha256, pageCount: extraction?.pageCount ?? null };
    })
    .immediate();
}
