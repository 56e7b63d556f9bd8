import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVault } from '../../../electron/core/integrity/checkVault';
import { checkCipherPages, PAGE_SIZE } from '../../../electron/core/integrity/cipherPages';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { closeVault, openVault } from '../../../electron/core/vault/openVault';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { createCore } from '../../../electron/core/createCore';
import { createClient } from '../../../shared/ipc/client';
import { errorCodeOf, expectOk, PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';
import { writePopulatedVault } from './populatedVault';

// Each step derives SQLCipher keys (256k PBKDF2 rounds): slow on a loaded 2-core machine.
const SLOW = { timeout: 120_000 };

let dir: string;
let pristine: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  pristine = await writePopulatedVault(dir);
}, 60_000);
afterAll(() => cleanup());

let copies = 0;
function copyOfVault(): string {
  copies += 1;
  const file = path.join(dir, `copy-${copies}.vault`);
  fs.copyFileSync(pristine, file);
  return file;
}

/** Page numbers SQLite lists as free (on a trunk page's list) in a vault. */
function freePages(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    applyCipher(db, PASSPHRASE);
    const used = new Set(db.prepare('SELECT pageno FROM dbstat').pluck().all() as number[]);
    const count = db.pragma('page_count', { simple: true }) as number;
    return Array.from({ length: count }, (_, index) => index + 1).filter((page) => !used.has(page));
  } finally {
    db.close();
  }
}

describe('the cipher page check', SLOW, () => {
  it('verifies every page of a real vault and fails a page with one changed byte', async () => {
    const clean = await checkCipherPages(pristine, PASSPHRASE);
    expect(clean.pages).toBe(fs.statSync(pristine).size / PAGE_SIZE);
    expect(clean.pages).toBeGreaterThan(20);
    expect(clean.badPages).toEqual([]);

    const file = copyOfVault();
    const bytes = fs.readFileSync(file);
    bytes[PAGE_SIZE * 6 + 123] = (bytes[PAGE_SIZE * 6 + 123] ?? 0) ^ 0x01;
    fs.writeFileSync(file, bytes);
    expect((await checkCipherPages(file, PASSPHRASE)).badPages).toEqual([7]);
    // With the wrong passphrase no page verifies.
    const wrong = await checkCipherPages(pristine, 'some other passphrase');
    expect(wrong.badPages.length).toBe(wrong.pages);
  });
});

describe('checkVault', SLOW, () => {
  it('passes a healthy vault, having re-hashed every document', async () => {
    const report = await checkVault(pristine, PASSPHRASE);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.documents).toBe(3);
  });

  it('reports a damaged free page that unlock (quick_check) does not read', async () => {
    const file = copyOfVault();
    const free = freePages(file);
    expect(free.length).toBeGreaterThan(0);
    // The last one: a leaf of the free list, which no check but the page HMACs reads.
    const page = free.at(-1) as number;
    const bytes = fs.readFileSync(file);
    bytes[(page - 1) * PAGE_SIZE + 500] = (bytes[(page - 1) * PAGE_SIZE + 500] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    closeVault(openVault(file, PASSPHRASE, { migrations: MIGRATIONS }));
    const report = await checkVault(file, PASSPHRASE);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'cipher', page }));
  });

  it('names the document whose original no longer matches its SHA-256', async () => {
    const file = copyOfVault();
    const db = new Database(file);
    applyCipher(db, PASSPHRASE);
    const target = db
      .prepare("SELECT id, title FROM documents WHERE original_name = 'хаттама.txt'")
      .get() as {
      id: string;
      title: string;
    };
    // Altered through SQLite, so every page HMAC is right: only the re-hash can see it.
    db.prepare(
      "UPDATE document_chunks SET bytes = CAST('подменённый текст' AS BLOB) WHERE document_id = ?",
    ).run(target.id);
    closeVault(db);
    const report = await checkVault(file, PASSPHRASE);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'original',
        documentId: target.id,
        documentTitle: target.title,
      }),
    ]);
  });

  it('names the table of a row whose parent is gone', async () => {
    const file = copyOfVault();
    const db = new Database(file);
    applyCipher(db, PASSPHRASE);
    db.pragma('foreign_keys = OFF');
    db.prepare("DELETE FROM cases WHERE title = 'Дело Елкина'").run();
    closeVault(db);
    const report = await checkVault(file, PASSPHRASE);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'foreign_key', table: 'documents' }),
    );
  });

  it('tells a damaged first page from a wrong passphrase', async () => {
    const file = copyOfVault();
    const bytes = fs.readFileSync(file);
    bytes[1000] = (bytes[1000] ?? 0) ^ 0x10;
    fs.writeFileSync(file, bytes);
    expect(() => openVault(file, PASSPHRASE, { migrations: MIGRATIONS })).toThrow(AppErrorLike());
    const report = await checkVault(file, PASSPHRASE);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'cipher', page: 1 }));
    await expect(checkVault(pristine, 'not the right passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
  });
});

function AppErrorLike(): unknown {
  return expect.objectContaining({ name: 'AppError' }) as unknown;
}

describe('vault.check', SLOW, () => {
  it('checks the open vault after folding in its WAL, and wants the passphrase', async () => {
    const vaultPath = path.join(dir, 'route', 'casefile.vault');
    fs.mkdirSync(path.dirname(vaultPath));
    fs.copyFileSync(pristine, vaultPath);
    const core = createCore({ vaultPath });
    try {
      const api = createClient(core.dispatch);
      // Locked: the closed file is checked as it is.
      expect(expectOk(await api.vault.check({ passphrase: PASSPHRASE })).ok).toBe(true);
      expect(expectOk(await api.vault.status()).state).toBe('locked');
      expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
      expectOk(await api.cases.create({ title: 'Новое дело в WAL' }));
      const report = expectOk(await api.vault.check({ passphrase: PASSPHRASE }));
      expect(report).toMatchObject({ ok: true, documents: 3, problems: [] });
      expect(report.pages).toBe(fs.statSync(vaultPath).size / PAGE_SIZE);
      expect(errorCodeOf(await api.vault.check({ passphrase: 'wrong passphrase 42' }))).toBe(
        'WRONG_PASSPHRASE',
      );
    } finally {
      core.close();
    }
  });
});
