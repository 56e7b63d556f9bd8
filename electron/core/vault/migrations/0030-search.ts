import type { Migration } from '../migrate';

/**
 * Full-text search (issue 4). `search_rows` says what each indexed row is — a document page, a
 * document's metadata, a case's fields; notes or annotations later are new `source` values with
 * their own nullable reference column — and its id is the rowid of the two FTS5 tables:
 * - `search_index`: `text` holds normalised words, `stems` one stem per word (what
 *   search/query/toFts5 matches: words and NEAR on `stems`, phrases and prefixes on `text`);
 * - `search_trigram`: normalised page text, for partial words when the word search finds nothing.
 * Both are contentless (the text is in `document_pages` already, no second copy to erase); the
 * cascades on `search_rows` plus its trigger remove the FTS rows of a deleted case or document,
 * whatever deleted it. Marks (`M*`) count as letters so the tokenizer splits words where
 * search/text/tokenize does, and diacritics are kept: normalizeText has already folded ё.
 */
export const search: Migration = {
  version: 30,
  name: '0030-search',
  up(db) {
    db.exec(`
      CREATE TABLE search_rows (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (length(source) > 0),
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        document_id TEXT REFERENCES documents (id) ON DELETE CASCADE,
        page_no INTEGER CHECK (page_no >= 1)
      ) STRICT;
      CREATE INDEX search_rows_by_document ON search_rows (document_id, page_no);
      CREATE INDEX search_rows_by_case ON search_rows (case_id, source);

      CREATE VIRTUAL TABLE search_index USING fts5 (text, stems, content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''');
      CREATE VIRTUAL TABLE search_trigram USING fts5 (text, content = '', contentless_delete = 1,
        tokenize = 'trigram');

      CREATE TRIGGER search_rows_forget AFTER DELETE ON search_rows BEGIN
        DELETE FROM search_index WHERE rowid = old.id;
        DELETE FROM search_trigram WHERE rowid = old.id;
      END;
    `);
    // The index is derived data, built by the last migration that changes its layout (0050) with
    // today's indexer, in the same upgrade transaction: today's indexer writes tables this
    // version does not have yet.
  },
};
