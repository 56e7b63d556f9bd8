import type { Migration } from '../migrate';

/**
 * Documents of a case: metadata, the original bytes in 1 MiB chunks, and extracted text per page.
 * The bytes live inside the vault so they are encrypted, written in the same transaction as their
 * row and backed up with it. Chunk and page tables keep their rowid (no WITHOUT ROWID): their rows
 * are large, and SQLite advises WITHOUT ROWID only for rows well under a twentieth of a page.
 */
export const documents: Migration = {
  version: 20,
  name: '0020-documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) > 0),
        doc_type TEXT NOT NULL DEFAULT 'other' CHECK (doc_type IN ('indictment', 'verdict',
          'ruling', 'motion', 'appeal', 'protocol', 'evidence', 'expert_opinion',
          'correspondence', 'other')),
        doc_date TEXT CHECK (doc_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        source TEXT,
        language TEXT CHECK (language IN ('ru', 'kk', 'en', 'other')),
        description TEXT,
        original_name TEXT NOT NULL CHECK (length(original_name) > 0),
        media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg',
          'image/png', 'image/tiff', 'text/plain')),
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        page_count INTEGER CHECK (page_count >= 0),
        pages_with_text INTEGER NOT NULL DEFAULT 0
          CHECK (pages_with_text >= 0 AND pages_with_text <= coalesce(page_count, 0)),
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (case_id, sha256)
      ) STRICT;
      CREATE INDEX documents_by_case ON documents (case_id, imported_at);
      CREATE INDEX documents_by_hash ON documents (sha256);

      CREATE TABLE document_tags (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (document_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_tags_by_tag ON document_tags (tag);

      CREATE TABLE document_chunks (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 1048576),
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      CREATE TABLE document_pages (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_no INTEGER NOT NULL CHECK (page_no >= 1),
        text TEXT NOT NULL,
        PRIMARY KEY (document_id, page_no)
      ) STRICT;
    `);
  },
};
