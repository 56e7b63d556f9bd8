import Database from 'better-sqlite3-multiple-ciphers';
import type { AuditAction, AuditListItem } from '../../../shared/domain/audit';
import type { CasefileApi } from '../../../shared/ipc/client';
import { applyCipher, applyPragmas } from '../../../electron/core/vault/pragmas';
import { expectOk, PASSPHRASE } from '../../support/coreFixture';

/** Every entry of the vault, oldest first, through the route the app uses. */
export async function allEntries(api: CasefileApi): Promise<AuditListItem[]> {
  const entries: AuditListItem[] = [];
  let cursor: number | undefined;
  for (;;) {
    const page = expectOk(await api.audit.list({ limit: 500, cursor }));
    entries.push(...page.entries);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return entries.reverse();
}

export async function actionsOf(api: CasefileApi): Promise<AuditAction[]> {
  return (await allEntries(api)).map((entry) => entry.action);
}

/**
 * A second connection to the vault, as an attacker holding the passphrase would open it with any
 * SQLCipher client: it can drop our triggers and edit rows behind the app's back.
 */
export function rawConnection(vaultPath: string, passphrase = PASSPHRASE): Database.Database {
  const db = new Database(vaultPath);
  applyCipher(db, passphrase);
  applyPragmas(db);
  return db;
}

/** Runs SQL with the append-only triggers dropped, then puts them back as 0060 wrote them. */
export function tamper(
  vaultPath: string,
  sql: (db: Database.Database) => void,
  passphrase = PASSPHRASE,
): void {
  const db = rawConnection(vaultPath, passphrase);
  try {
    const triggers = db
      .prepare<[], { sql: string }>(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
      )
      .all();
    db.transaction(() => {
      db.exec(
        'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_next_link;',
      );
      sql(db);
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
  } finally {
    db.close();
  }
}
