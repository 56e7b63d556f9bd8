import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/audit/listAudit';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain';
import type { Migration } from '../../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const UP_TO_50 = MIGRATIONS.filter((migration) => migration.version <= 50);
const UP_TO_60 = MIGRATIONS.filter((migration) => migration.version <= 60);

function newSession(vaultPath: string, migrations: readonly Migration[]) {
  const session = new VaultSession(vaultPath, { migrations });
  cleanups.push(() => session.lock('manual'));
  return session;
}

function vaultPath(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'casefile.vault');
}

function describeAuditSchema(session: VaultSession) {
  const db = session.db();
  return {
    version: db.pragma('user_version', { simple: true }),
    table: db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?")
      .all('audit_log'),
    triggers: db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name",
      )
      .all(),
    foreignKeys: db.prepare("SELECT * FROM pragma_foreign_key_list('audit_log')").all(),
  };
}

const EXPECTED = {
  version: 60,
  table: [{ name: 'audit_log', strict: 1 }],
  triggers: [
    { name: 'audit_log_next_link' },
    { name: 'audit_log_no_delete' },
    { name: 'audit_log_no_update' },
  ],
  // Entries outlive the cases and documents they name.
  foreignKeys: [],
};

describe('migration 0060-audit', () => {
  it('gives a new vault the append-only audit table', () => {
    const session = newSession(vaultPath(), UP_TO_60);
    session.create(PASSPHRASE);
    expect(describeAuditSchema(session)).toEqual(EXPECTED);
    expect(verifyAuditChain(session.db())).toEqual({ ok: true, entries: 0, firstBroken: null });
  });

  it('upgrades a version 50 vault without inventing history, and starts the chain at the unlock', () => {
    const file = vaultPath();
    const old = newSession(file, UP_TO_50);
    old.create(PASSPHRASE);
    old
      .db()
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at)
         VALUES ('6b1f6a59-4a55-4d53-9a8f-7f2f0a1b2c3d', 'Старое дело', 'open', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    expect(old.db().pragma('user_version', { simple: true })).toBe(50);
    old.lock('manual');

    const upgraded = newSession(file, UP_TO_60);
    upgraded.unlock(PASSPHRASE);
    expect(describeAuditSchema(upgraded)).toEqual(EXPECTED);
    const page = listAudit(upgraded.db(), { limit: 10 });
    expect(page.entries.map((entry) => [entry.seq, entry.action])).toEqual([[1, 'vault.unlocked']]);
    expect(verifyAuditChain(upgraded.db())).toEqual({ ok: true, entries: 1, firstBroken: null });
  });

  it('a vault pinned below 0060 (only tests do this) unlocks without an audit log', () => {
    const file = vaultPath();
    const old = newSession(file, UP_TO_50);
    old.create(PASSPHRASE);
    old.lock('manual');
    const again = newSession(file, UP_TO_50);
    expect(again.unlock(PASSPHRASE)).toEqual({ state: 'unlocked' });
  });
});
