import type { Migration } from '../migrate';

/** Cases with their tags, parties and hearings/deadlines. STRICT tables; ids are UUID text. */
export const initial: Migration = {
  version: 10,
  name: '0010-initial',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        number TEXT,
        court TEXT,
        judge TEXT,
        jurisdiction TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'appeal', 'closed', 'archived')),
        opened_on TEXT,
        closed_on TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_tags (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (case_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_tags_by_tag ON case_tags (tag);

      CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        role TEXT NOT NULL CHECK (role IN ('client', 'defendant', 'accused', 'victim', 'prosecutor',
          'judge', 'witness', 'expert', 'counsel', 'other')),
        contact TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX parties_by_case ON parties (case_id);

      CREATE TABLE hearings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('hearing', 'deadline', 'filing', 'meeting', 'other')),
        place TEXT,
        notes TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX hearings_by_case ON hearings (case_id, at);
      CREATE INDEX hearings_open_by_time ON hearings (done, at);
    `);
  },
};
