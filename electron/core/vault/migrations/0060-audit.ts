import type { Migration } from '../migrate';

/**
 * The audit log (issue 7): an append-only, hash-chained table inside the encrypted vault.
 * - `seq` is AUTOINCREMENT so `sqlite_sequence` remembers the highest number ever given: cutting
 *   entries off the end leaves it ahead of the table, and verify reports them missing.
 * - No foreign keys: an entry outlives the case or document it names.
 * - Triggers refuse UPDATE and DELETE, and an INSERT that is not the next link of the chain, so
 *   the log is append-only for any SQL client, not only for our services. (Someone holding the
 *   passphrase can drop them; the hash chain is what makes that visible.)
 */
export const audit: Migration = {
  version: 60,
  name: '0060-audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        document_id TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_by_case ON audit_log (case_id, seq) WHERE case_id IS NOT NULL;
      CREATE INDEX audit_log_by_action ON audit_log (action, seq);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_next_link BEFORE INSERT ON audit_log
      WHEN new.seq IS NULL
        OR new.seq <= coalesce((SELECT max(seq) FROM audit_log), 0)
        OR new.prev_hash IS NOT coalesce(
          (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
          '${'0'.repeat(64)}')
      BEGIN
        SELECT RAISE(ABORT, 'audit_log: not the next link of the chain');
      END;
    `);
  },
};
