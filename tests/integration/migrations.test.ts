import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import type { Migration } from '../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../electron/core/vault/migrations';
import { applyCipher } from '../../electron/core/vault/pragmas';
import { createClient } from '../../shared/ipc/client';
import type { CaseId, DocumentId, PartyId } from '../../shared/domain/ids';
import { errorCodeOf, expectOk, PASSPHRASE } from '../support/coreFixture';
import { makeTempDir } from '../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

/** A vault written by a Casefile that knew only `migrations`, locked and closed. */
async function vaultAt(migrations: readonly Migration[]): Promise<string> {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const vaultPath = path.join(dir, 'casefile.vault');
  const core = createCore({ vaultPath, migrations });
  expectOk(await createClient(core.dispatch).vault.create({ passphrase: PASSPHRASE }));
  core.close();
  return vaultPath;
}

function openWith(vaultPath: string, migrations: readonly Migration[] = MIGRATIONS) {
  const core = createCore({ vaultPath, migrations });
  cleanups.push(() => core.close());
  return createClient(core.dispatch);
}

function readUserVersion(vaultPath: string): number {
  const db = new Database(vaultPath, { readonly: true });
  applyCipher(db, PASSPHRASE);
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return version;
}

describe('migrations', () => {
  it('are numbered in increasing order, named after their files', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const migration of MIGRATIONS) {
      expect(migration.name).toMatch(
        new RegExp(`^${String(migration.version).padStart(4, '0')}-[a-z0-9-]+$`),
      );
      expect(
        fs.existsSync(path.join('electron/core/vault/migrations', `${migration.name}.ts`)),
      ).toBe(true);
    }
  });

  it('bring a new vault to the latest version', async () => {
    const vaultPath = await vaultAt(MIGRATIONS);
    expect(readUserVersion(vaultPath)).toBe(LATEST);
  });

  // Every earlier released schema a user could hold (version 0 is not one: create always migrates).
  for (let known = 1; known < MIGRATIONS.length; known += 1) {
    const from = MIGRATIONS[known - 1]?.version ?? 0;
    it(`upgrade a vault from version ${from} to ${LATEST}`, async () => {
      const vaultPath = await vaultAt(MIGRATIONS.slice(0, known));
      expect(readUserVersion(vaultPath)).toBe(from);
      const api = openWith(vaultPath);
      expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
      expect(readUserVersion(vaultPath)).toBe(LATEST);
      const { id } = expectOk(await api.cases.create({ title: 'После миграции' }));
      expect(expectOk(await api.cases.get({ id })).title).toBe('После миграции');
    });
  }

  it('upgrade through a table rebuild without losing parties, hearings or tags, after an encrypted owner-only backup', async () => {
    const vaultPath = await vaultAt(MIGRATIONS);
    const seed = openWith(vaultPath);
    expectOk(await seed.vault.unlock({ passphrase: PASSPHRASE }));
    const { id } = expectOk(await seed.cases.create({ title: 'Дело Әлиева', tags: ['ст. 274'] }));
    expectOk(await seed.parties.add({ caseId: id, name: 'Әлиев Қ.', role: 'client' }));
    expectOk(await seed.hearings.add({ caseId: id, at: '2027-01-15T10:00', kind: 'hearing' }));
    expectOk(await seed.vault.lock());

    // SQLite's documented way to change a table: create, copy, drop, rename.
    const rebuild: Migration = {
      version: LATEST + 10,
      name: 'rebuild',
      up: (db) =>
        db.exec(`
          CREATE TABLE cases_new (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, number TEXT, court TEXT, judge TEXT,
            jurisdiction TEXT, status TEXT NOT NULL, opened_on TEXT, closed_on TEXT,
            description TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 0) STRICT;
          INSERT INTO cases_new (id, title, number, court, judge, jurisdiction, status, opened_on,
            closed_on, description, created_at, updated_at)
            SELECT id, title, number, court, judge, jurisdiction, status, opened_on, closed_on,
              description, created_at, updated_at FROM cases;
          DROP TABLE cases;
          ALTER TABLE cases_new RENAME TO cases;`),
    };
    const api = openWith(vaultPath, [...MIGRATIONS, rebuild]);
    expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
    const detail = expectOk(await api.cases.get({ id }));
    expect(detail.parties.map((party) => party.name)).toEqual(['Әлиев Қ.']);
    expect(detail.hearings).toHaveLength(1);
    expect(detail.tags).toEqual(['ст. 274']);

    const backups = fs.readdirSync(path.dirname(vaultPath)).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = path.join(path.dirname(vaultPath), backups[0] ?? '');
    expect(readUserVersion(backup)).toBe(LATEST);
    expect(fs.readFileSync(backup).includes(Buffer.from('Әлиев'))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
  });

  it('refuse an empty file as VAULT_CORRUPT instead of starting a new vault with any passphrase', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const vaultPath = path.join(dir, 'casefile.vault');
    fs.writeFileSync(vaultPath, '');
    expect(errorCodeOf(await openWith(vaultPath).vault.unlock({ passphrase: 'a' }))).toBe(
      'VAULT_CORRUPT',
    );
    expect(fs.statSync(vaultPath).size).toBe(0);
  });

  it('refuse a vault written by version N+1 with VAULT_TOO_NEW and leave it untouched', async () => {
    const future: Migration = {
      version: LATEST + 10,
      name: 'future',
      up: (db) => db.exec('CREATE TABLE future (x TEXT) STRICT'),
    };
    const vaultPath = await vaultAt([...MIGRATIONS, future]);
    const before = fs.readFileSync(vaultPath);
    const result = await openWith(vaultPath).vault.unlock({ passphrase: PASSPHRASE });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VAULT_TOO_NEW',
      details: { vaultVersion: LATEST + 10, supportedVersion: LATEST },
    });
    expect(fs.readFileSync(vaultPath).equals(before)).toBe(true);
  });

  it('roll back every step of a failing upgrade, leaving the previous version intact', async () => {
    const vaultPath = await vaultAt(MIGRATIONS);
    const seed = openWith(vaultPath);
    expectOk(await seed.vault.unlock({ passphrase: PASSPHRASE }));
    expectOk(await seed.cases.create({ title: 'Должно уцелеть' }));
    expectOk(await seed.vault.lock());

    const half: Migration = {
      version: LATEST + 10,
      name: 'half',
      up: (db) => db.exec('CREATE TABLE half (x TEXT) STRICT'),
    };
    const broken: Migration = {
      version: LATEST + 20,
      name: 'broken',
      up: () => {
        throw new Error('boom');
      },
    };
    const api = openWith(vaultPath, [...MIGRATIONS, half, broken]);
    expect(errorCodeOf(await api.vault.unlock({ passphrase: PASSPHRASE }))).toBe(
      'MIGRATION_FAILED',
    );
    expect(readUserVersion(vaultPath)).toBe(LATEST);
    const db = new Database(vaultPath, { readonly: true });
    applyCipher(db, PASSPHRASE);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
    // A failed upgrade leaves the vault as it was, so its backup copy is not kept.
    expect(fs.readdirSync(path.dirname(vaultPath)).filter((name) => name.endsWith('.bak'))).toEqual(
      [],
    );

    const again = openWith(vaultPath);
    expectOk(await again.vault.unlock({ passphrase: PASSPHRASE }));
    expect(expectOk(await again.cases.list()).map((item) => item.title)).toEqual([
      'Должно уцелеть',
    ]);
  });

  it('upgrade a version 30 vault so notes, annotations and facts hang on its cases, parties and documents', async () => {
    const vaultPath = await vaultAt(MIGRATIONS.filter((migration) => migration.version <= 30));
    // Rows as a version-30 Casefile wrote them (today's services expect today's schema).
    const caseId = '0f8fad5b-d9cb-469f-a165-70867728950e' as CaseId;
    const partyId = '1f8fad5b-d9cb-469f-a165-70867728950e' as PartyId;
    const documentId = '2f8fad5b-d9cb-469f-a165-70867728950e' as DocumentId;
    const old = new Database(vaultPath);
    applyCipher(old, PASSPHRASE);
    const at = '2026-01-01T00:00:00.000Z';
    old
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at) VALUES (?, ?, 'open', ?, ?)`,
      )
      .run(caseId, 'Дело до обновления', at, at);
    old
      .prepare(
        `INSERT INTO parties (id, case_id, name, role, created_at) VALUES (?, ?, ?, 'client', ?)`,
      )
      .run(partyId, caseId, 'Әлиев Қ.', at);
    old
      .prepare(
        `INSERT INTO documents (id, case_id, title, original_name, media_type, size, sha256,
         page_count, imported_at, updated_at) VALUES (?, ?, ?, ?, 'text/plain', 1, ?, 1, ?, ?)`,
      )
      .run(documentId, caseId, 'протокол', 'протокол.txt', 'a'.repeat(64), at, at);
    old.close();
    expect(readUserVersion(vaultPath)).toBe(30);

    const api = openWith(vaultPath);
    expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(readUserVersion(vaultPath)).toBeGreaterThanOrEqual(40);
    const note = expectOk(await api.notes.create({ caseId, title: 'Заметка' }));
    const annotation = expectOk(
      await api.annotations.create({
        documentId,
        page: 1,
        kind: 'comment',
        point: { x: 10, y: 10 },
        comment: 'Сверить',
      }),
    );
    const fact = expectOk(
      await api.facts.create({
        caseId,
        date: { kind: 'exact', date: '2024-05-14' },
        statement: 'Заседание',
        source: { documentId, page: 1, annotationId: annotation.id },
        partyIds: [partyId],
      }),
    );
    expect(fact.source?.documentTitle).toBe('протокол');
    expect(fact.partyIds).toEqual([partyId]);

    const db = new Database(vaultPath, { readonly: true });
    applyCipher(db, PASSPHRASE);
    const strict = db
      .prepare(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN
         ('notes', 'note_versions', 'annotations', 'facts', 'fact_parties', 'fact_issues') ORDER BY name`,
      )
      .all();
    db.close();
    expect(strict).toEqual(
      ['annotations', 'fact_issues', 'fact_parties', 'facts', 'note_versions', 'notes'].map(
        (name) => ({ name, strict: 1 }),
      ),
    );
    // Deleting the case takes everything hanging on it.
    expectOk(await api.cases.delete({ id: caseId, confirm: true }));
    expect(errorCodeOf(await api.notes.get({ id: note.id }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.facts.get({ id: fact.id }))).toBe('NOT_FOUND');
  });
});
