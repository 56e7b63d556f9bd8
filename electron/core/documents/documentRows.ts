import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DocumentDetail,
  DocumentId,
  DocumentLanguage,
  DocumentSummary,
  DocumentType,
  MediaType,
} from '../../../shared/domain/document';
import type { CaseId } from '../../../shared/domain/ids';

/** A `documents` row as SQLite returns it, and its mapping to the contract's DTOs. */
export interface DocumentRow {
  id: string;
  case_id: string;
  title: string;
  doc_type: DocumentType;
  doc_date: string | null;
  source: string | null;
  language: DocumentLanguage | null;
  description: string | null;
  original_name: string;
  media_type: MediaType;
  size: number;
  sha256: string;
  page_count: number | null;
  pages_with_text: number;
  imported_at: string;
  updated_at: string;
}

export const toDocumentSummary = (row: DocumentRow, tags: string[]): DocumentSummary => ({
  id: row.id as DocumentId,
  caseId: row.case_id as CaseId,
  title: row.title,
  docType: row.doc_type,
  docDate: row.doc_date,
  language: row.language,
  originalName: row.original_name,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  pageCount: row.page_count,
  pagesWithText: row.pages_with_text,
  tags,
  importedAt: row.imported_at,
  updatedAt: row.updated_at,
});

export const toDocumentDetail = (row: DocumentRow, tags: string[]): DocumentDetail => ({
  ...toDocumentSummary(row, tags),
  source: row.source,
  description: row.description,
});

export function writeDocumentTags(
  db: Database.Database,
  documentId: string,
  tags: readonly string[],
): void {
  db.prepare('DELETE FROM document_tags WHERE document_id = ?').run(documentId);
  const insert = db.prepare('INSERT INTO document_tags (document_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(documentId, tag);
}

/** A case's "recently updated" order should notice its documents changing. */
export function touchCase(db: Database.Database, caseId: string, now: string): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
}
