import type { Migration } from '../migrate';

/**
 * Partial files of exports and backups in progress (issue 7). An export writes
 * `<target>.partial-<pid>` beside the file the lawyer chose and links it into place when it is
 * complete; a crash or a kill in between would leave that plaintext file behind with nothing to
 * say where it is. Each one is recorded here, in the encrypted vault (its path names the case),
 * before it is created and removed once it is gone; the next unlock removes what a dead process
 * left (electron/core/exports/partialLedger.ts).
 */
export const partialOutputs: Migration = {
  version: 80,
  name: '0080-partial-outputs',
  up(db) {
    db.exec(`
      CREATE TABLE partial_outputs (
        path TEXT PRIMARY KEY,
        pid INTEGER NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
