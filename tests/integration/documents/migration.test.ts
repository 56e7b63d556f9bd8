import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseService } from '../../../electron/core/cases/caseService';
import { systemClock } from '../../../electron/core/clock';
import { createDocumentService } from '../../../electron/core/documents/documentService';
import type { Migration } from '../../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import type { CaseId } from '../../../shared/domain/ids';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const DOCUMENT_TABLES = ['document_chunks', 'document_pages', 'document_tags', 'documents'];
const VERSION_10 = MIGRATIONS.filter((migration) => migration.version <= 10);

function newSession(vaultPath: string, migrations: readonly Migration[] = MIGRATIONS) {
  const session = new VaultSession(vaultPath, { migrations });
  cleanups.push(() => session.lock('manual'));
  return session;
}

function vaultPath(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'casefile.vault');
}

/** The document tables as SQLite describes them: strict, and cascading from their parent. */
function describeSchema(session: VaultSession) {
  const db = session.db();
  const tables = db
    .prepare(
      `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN (${DOCUMENT_TABLES.map(() => '?').join(', ')}) ORDER BY name`,
    )
    .all(...DOCUMENT_TABLES);
  const cascades = DOCUMENT_TABLES.map((table) =>
    db
      .prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list(?)`)
      .all(table)
      .map((key) => ({ from: table, ...(key as object) })),
  ).flat();
  return { tables, cascades, version: db.pragma('user_version', { simple: true }) };
}

const EXPECTED_SCHEMA = {
  tables: DOCUMENT_TABLES.map((name) => ({ name, strict: 1 })),
  cascades: [
    { from: 'document_chunks', table: 'documents', on_delete: 'CASCADE' },
    { from: 'document_pages', table: 'documents', on_delete: 'CASCADE' },
    { from: 'document_tags', table: 'documents', on_delete: 'CASCADE' },
    { from: 'documents', table: 'cases', on_delete: 'CASCADE' },
  ],
  // Later migrations leave the document tables as 0020 made them.
  version: MIGRATIONS.at(-1)?.version,
};

describe('migration 0020-documents', () => {
  it('is migration number 20', () => {
    expect(MIGRATIONS.find((migration) => migration.name === '0020-documents')?.version).toBe(20);
  });

  it('creates strict, cascading document tables in a new vault', () => {
    const session = newSession(vaultPath());
    session.create(PASSPHRASE);
    expect(describeSchema(session)).toEqual(EXPECTED_SCHEMA);
    const plan = session
      .db()
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM documents WHERE case_id = ? AND sha256 = ?')
      .all('x', 'y') as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toMatch(/USING (COVERING )?INDEX/);
  });

  it('upgrades a version 10 vault with cases, parties and tags, keeping every row', () => {
    const file = vaultPath();
    const old = newSession(file, VERSION_10);
    old.create(PASSPHRASE);
    expect(old.db().pragma('user_version', { simple: true })).toBe(10);
    const cases = createCaseService(() => old.db(), systemClock);
    // As a version-10 Casefile wrote it: today's cases.create also indexes, into tables 0030 adds.
    const id = systemClock.newId() as CaseId;
    old
      .db()
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at)
         VALUES (?, 'Дело Әлиева', 'open', 'now', 'now')`,
      )
      .run(id);
    old.db().prepare(`INSERT INTO case_tags (case_id, tag) VALUES (?, 'ст. 274')`).run(id);
    // Parties too: today's parties.add indexes the party's name with its case.
    old
      .db()
      .prepare(
        `INSERT INTO parties (id, case_id, name, role, contact, created_at)
         VALUES (?, ?, 'Әлиев Қ.', 'client', NULL, 'now')`,
      )
      .run(systemClock.newId(), id);
    const before = cases.get(id);
    old.lock('manual');

    const upgraded = newSession(file);
    upgraded.unlock(PASSPHRASE);
    expect(describeSchema(upgraded)).toEqual(EXPECTED_SCHEMA);
    const after = createCaseService(() => upgraded.db(), systemClock).get(id);
    expect(after).toEqual(before);
    expect(after.parties.map((party) => party.name)).toEqual(['Әлиев Қ.']);

    // The upgraded vault takes documents for the case it already held.
    const documents = createDocumentService(() => upgraded.db(), systemClock);
    const outcome = documents.importDocument({
      caseId: id,
      originalName: 'note.txt',
      bytes: Buffer.from('Заметка'),
      mediaType: 'text/plain',
      extraction: null,
    });
    expect(outcome.duplicate).toBe(false);
    expect(documents.list(id)).toHaveLength(1);
  });

  it('refuses rows the schema forbids: unknown type or media type, a bad hash, page 0', () => {
    const session = newSession(vaultPath());
    session.create(PASSPHRASE);
    const db = session.db();
    db.prepare(
      `INSERT INTO cases (id, title, status, created_at, updated_at) VALUES ('c', 'Дело', 'open', 'now', 'now')`,
    ).run();
    const insert = (overrides: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO documents (id, case_id, title, doc_type, original_name, media_type, size,
             sha256, page_count, pages_with_text, imported_at, updated_at)
           VALUES (@id, 'c', 'T', @docType, 'a.pdf', @mediaType, 1, @sha256, 1, 0, 'now', 'now')`,
        )
        .run({
          id: 'd',
          docType: 'other',
          mediaType: 'application/pdf',
          sha256: 'a'.repeat(64),
          ...overrides,
        });
    expect(() => insert({ docType: 'memo' })).toThrow(/CHECK/);
    expect(() => insert({ mediaType: 'application/zip' })).toThrow(/CHECK/);
    expect(() => insert({ sha256: 'A'.repeat(64) })).toThrow(/CHECK/);
    expect(() => insert({ sha256: 'a'.repeat(63) })).toThrow(/CHECK/);
    insert({});
    expect(() => insert({ id: 'e' })).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO document_pages (document_id, page_no, text) VALUES ('d', 0, '')`)
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(`INSERT INTO document_chunks (document_id, seq, bytes) VALUES ('d', 0, 'text')`)
        .run(),
    ).toThrow(/datatype|BLOB/i);
  });
});
