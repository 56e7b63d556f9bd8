import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/core/clock';
import { importDocument } from '../../../electron/core/documents/importDocument';
import { createSearchService } from '../../../electron/core/search/searchService';
import type { Migration } from '../../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import type { CaseId } from '../../../shared/domain/ids';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const VERSION_20 = MIGRATIONS.filter((migration) => migration.version <= 20);

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

function schemaOf(session: VaultSession) {
  const db = session.db();
  return {
    version: db.pragma('user_version', { simple: true }),
    tables: db
      .prepare(
        `SELECT name, type, strict FROM pragma_table_list
         WHERE schema = 'main'
           AND name IN ('search_rows', 'search_index', 'search_trigram', 'search_meta')
         ORDER BY name`,
      )
      .all(),
    cascades: db
      .prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list('search_rows') ORDER BY 1`)
      .all(),
  };
}

const EXPECTED = {
  version: MIGRATIONS.at(-1)?.version,
  tables: [
    { name: 'search_index', type: 'virtual', strict: 0 },
    { name: 'search_meta', type: 'virtual', strict: 0 },
    { name: 'search_rows', type: 'table', strict: 1 },
    { name: 'search_trigram', type: 'virtual', strict: 0 },
  ],
  cascades: [
    { table: 'cases', on_delete: 'CASCADE' },
    { table: 'documents', on_delete: 'CASCADE' },
  ],
};

describe('migrations 0030-search and 0050-search-sources', () => {
  it('builds the index after the tables it indexes (0050 triggers on the notes of 0040)', () => {
    const names = MIGRATIONS.map((migration) => migration.name);
    expect(names.indexOf('0030-search')).toBeLessThan(names.indexOf('0040-notes'));
    expect(names.indexOf('0040-notes')).toBeLessThan(names.indexOf('0050-search-sources'));
  });

  it('creates the index tables in a new vault', () => {
    const session = newSession(vaultPath());
    session.create(PASSPHRASE);
    expect(schemaOf(session)).toEqual(EXPECTED);
  });

  it('makes the documents of a version 20 vault searchable, pages and titles', () => {
    const file = vaultPath();
    const old = newSession(file, VERSION_20);
    old.create(PASSPHRASE);
    const db = () => old.db();
    // Rows as a version-20 Casefile wrote them: today's services would index, and fail here.
    const caseId = systemClock.newId();
    db()
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at)
         VALUES (?, 'Дело Нурланова', 'open', 'now', 'now')`,
      )
      .run(caseId);
    const oldSchemaImport = (name: string, pages: string[], title: string) => {
      const id = systemClock.newId();
      const now = systemClock.nowIso();
      const sha256 = id.replaceAll('-', '').padEnd(64, '0');
      db()
        .prepare(
          `INSERT INTO documents (id, case_id, title, original_name, media_type, size, sha256,
             page_count, pages_with_text, imported_at, updated_at)
           VALUES (?, ?, ?, ?, 'text/plain', 1, ?, ?, ?, ?, ?)`,
        )
        .run(id, caseId, title, name, sha256, pages.length, pages.length, now, now);
      pages.forEach((text, index) =>
        db()
          .prepare('INSERT INTO document_pages (document_id, page_no, text) VALUES (?, ?, ?)')
          .run(id, index + 1, text),
      );
    };
    oldSchemaImport('a.pdf', ['Первая страница.', 'Судом установлено алиби.'], 'Решение');
    oldSchemaImport('b.txt', ['Сот үкімді жариялады.'], 'Ходатайство о допросе');
    old.lock('manual');

    const upgraded = newSession(file);
    upgraded.unlock(PASSPHRASE);
    expect(schemaOf(upgraded)).toEqual(EXPECTED);
    const search = createSearchService(() => upgraded.db());
    const found = search.search({ query: 'суд', limit: 10 }).documents;
    expect(found.map((hit) => [hit.title, hit.pages.map((page) => page.page)])).toEqual([
      ['Решение', [2]],
    ]);
    expect(search.search({ query: 'үкім', limit: 10 }).documents).toHaveLength(1);
    expect(search.search({ query: 'допрос', limit: 10 }).documents[0]?.title).toBe(
      'Ходатайство о допросе',
    );
    // And it goes on indexing new imports.
    importDocument(upgraded.db(), systemClock, {
      caseId: caseId as CaseId,
      originalName: 'c.txt',
      bytes: Buffer.from('новый'),
      mediaType: 'text/plain',
      extraction: { pageCount: 1, title: null, pages: ['Суд отложил заседание'] },
    });
    expect(search.search({ query: 'суд', limit: 10 }).documents).toHaveLength(2);
  });
});
