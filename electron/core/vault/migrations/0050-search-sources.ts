import { rebuildSearchIndex } from '../../search/index/rebuildIndex';
import type { Migration } from '../migrate';

/**
 * Search over issue 5's sources, and a faster page search.
 * - `search_meta` is a second word index, for everything that is not a page: a document's
 *   metadata, a case's fields and parties, notes, annotation comments and facts. Pages alone stay
 *   in `search_index`, so ranking the pages of a common word needs no look-up of what each row is,
 *   and the few thousand other rows are searched on their own in a millisecond.
 * - `search_rows.ref_id` names the note, annotation or fact a row stands for; triggers drop those
 *   rows with their item, whatever deletes it (a service, or a case's cascade).
 * The index is then rebuilt with today's indexer: it is derived data.
 */
export const searchSources: Migration = {
  version: 50,
  name: '0050-search-sources',
  up(db) {
    db.exec(`
      ALTER TABLE search_rows ADD COLUMN ref_id TEXT;
      CREATE INDEX search_rows_by_ref ON search_rows (ref_id) WHERE ref_id IS NOT NULL;

      CREATE VIRTUAL TABLE search_meta USING fts5 (text, stems, content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''');

      DROP TRIGGER search_rows_forget;
      CREATE TRIGGER search_rows_forget AFTER DELETE ON search_rows BEGIN
        DELETE FROM search_index WHERE rowid = old.id AND old.source = 'page';
        DELETE FROM search_trigram WHERE rowid = old.id AND old.source = 'page';
        DELETE FROM search_meta WHERE rowid = old.id AND old.source <> 'page';
      END;

      CREATE TRIGGER notes_forget AFTER DELETE ON notes BEGIN
        DELETE FROM search_rows WHERE ref_id = old.id AND source = 'note';
      END;
      CREATE TRIGGER annotations_forget AFTER DELETE ON annotations BEGIN
        DELETE FROM search_rows WHERE ref_id = old.id AND source = 'annotation';
      END;
      CREATE TRIGGER facts_forget AFTER DELETE ON facts BEGIN
        DELETE FROM search_rows WHERE ref_id = old.id AND source = 'fact';
      END;
    `);
    rebuildSearchIndex(db);
  },
};
