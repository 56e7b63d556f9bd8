import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * False only for a vault held at a schema before 0060, which happens only when a caller pins
 * older migrations (the upgrade tests do): the app always migrates to the latest before use.
 */
export function hasAuditLog(db: Database.Database): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !==
    undefined
  );
}
