import type { Migration } from '../migrate';

/**
 * Notes, annotations and the fact chronology (issue 5).
 * - `notes.doc` is the editor's JSON tree; `notes.text` its words (noteDocText), kept beside it so
 *   search and excerpts never parse JSON. `note_versions` holds earlier states (history).
 * - `annotations` store page geometry as JSON in the page's own unrotated units at scale 1, so a
 *   highlight lands on the same words at any zoom; nothing is written into the PDF.
 * - `facts.date_value` is the canonical date text (formatFactDate), `date_start`/`date_end` the
 *   days it covers (NULL when undated) for ordering and filters. `source_document_title` keeps the
 *   title of a deleted source document, so a kept fact still says where it came from.
 */
export const notes: Migration = {
  version: 40,
  name: '0040-notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) > 0),
        doc TEXT NOT NULL,
        text TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_case ON notes (case_id, updated_at);

      CREATE TABLE note_versions (
        id INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        doc TEXT NOT NULL,
        text TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_versions_by_note ON note_versions (note_id, id);

      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_no INTEGER NOT NULL CHECK (page_no >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('highlight', 'comment')),
        color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'orange')),
        rects TEXT NOT NULL,
        point TEXT,
        quote TEXT,
        comment TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotations_by_document ON annotations (document_id, page_no);
      CREATE INDEX annotations_by_case ON annotations (case_id);

      CREATE TABLE facts (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        date_kind TEXT NOT NULL CHECK (date_kind IN ('exact', 'month', 'year', 'range', 'undated')),
        date_value TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        statement TEXT NOT NULL CHECK (length(statement) > 0),
        source_document_id TEXT REFERENCES documents (id) ON DELETE SET NULL,
        source_document_title TEXT,
        source_page INTEGER CHECK (source_page >= 1),
        source_quote TEXT,
        source_annotation_id TEXT REFERENCES annotations (id) ON DELETE SET NULL,
        source_note TEXT,
        status TEXT NOT NULL CHECK (status IN ('undisputed', 'disputed', 'unverified')),
        importance TEXT NOT NULL CHECK (importance IN ('low', 'normal', 'high', 'key')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((date_start IS NULL) = (date_end IS NULL))
      ) STRICT;
      CREATE INDEX facts_by_case ON facts (case_id, date_start);
      CREATE INDEX facts_by_document ON facts (source_document_id);

      CREATE TABLE fact_parties (
        fact_id TEXT NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        PRIMARY KEY (fact_id, party_id)
      ) STRICT;
      CREATE INDEX fact_parties_by_party ON fact_parties (party_id);

      CREATE TABLE fact_issues (
        fact_id TEXT NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
        issue TEXT NOT NULL,
        PRIMARY KEY (fact_id, issue)
      ) STRICT;
    `);
  },
};
