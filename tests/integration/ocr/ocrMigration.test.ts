import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseService } from '../../../electron/core/cases/caseService';
import { systemClock } from '../../../electron/core/clock';
import { importDocument } from '../../../electron/core/documents/importDocument';
import type { Migration } from '../../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { caseFieldsSchema } from '../../../shared/domain/case';
import { greyPng } from '../../fixtures/pdfFixtures';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const OCR_TABLES = ['ocr_documents', 'ocr_pages'];
/** The version before OCR (0060, the audit log). */
const BEFORE_OCR = MIGRATIONS.filter((migration) => migration.version < 70);
/** Up to this migration: later ones are tested on their own. */
const UP_TO_OCR = MIGRATIONS.filter((migration) => migration.version <= 70);

function newSession(file: string, migrations: readonly Migration[] = UP_TO_OCR) {
  const session = new VaultSession(file, { migrations });
  cleanups.push(() => session.lock('manual'));
  return session;
}

function vaultFile(): string {
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
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN (?, ?) ORDER BY name`,
      )
      .all(...OCR_TABLES),
    cascades: OCR_TABLES.flatMap((table) =>
      db
        .prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list(?)`)
        .all(table)
        .map((key) => ({ from: table, ...(key as object) })),
    ),
    textSource: db
      .prepare(
        `SELECT "notnull", dflt_value FROM pragma_table_info('document_pages') WHERE name = 'text_source'`,
      )
      .get(),
  };
}

const EXPECTED = {
  version: 70,
  tables: OCR_TABLES.map((name) => ({ name, strict: 1 })),
  cascades: [
    { from: 'ocr_documents', table: 'documents', on_delete: 'CASCADE' },
    { from: 'ocr_pages', table: 'documents', on_delete: 'CASCADE' },
  ],
  textSource: { notnull: 1, dflt_value: "'pdf'" },
};

describe('migration 0070-ocr', () => {
  it('is migration number 70, after the audit log (0060)', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    const at = versions.indexOf(70);
    expect(versions[at - 1]).toBe(60);
    expect(MIGRATIONS[at]?.name).toBe('0070-ocr');
  });

  it('creates strict, cascading OCR tables in a new vault', () => {
    const session = newSession(vaultFile());
    session.create(PASSPHRASE);
    expect(schemaOf(session)).toEqual(EXPECTED);
    const plan = session
      .db()
      .prepare(
        "EXPLAIN QUERY PLAN SELECT document_id FROM ocr_pages WHERE state = 'pending' ORDER BY queued_seq LIMIT 1",
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('ocr_pages_queue');
  });

  it('upgrades a version 60 vault and queues the pages of its scans that have no text', () => {
    const file = vaultFile();
    const old = newSession(file, BEFORE_OCR);
    old.create(PASSPHRASE);
    expect(old.db().pragma('user_version', { simple: true })).toBe(60);
    const db = () => old.db();
    const caseId = createCaseService(db, systemClock, () => 'ru').create(
      caseFieldsSchema.parse({ title: 'Дело' }),
    ).id;
    const add = (
      name: string,
      bytes: Uint8Array,
      mediaType: 'application/pdf' | 'image/png',
      pages: string[] | null,
    ) => {
      const outcome = importDocument(old.db(), systemClock, {
        caseId,
        originalName: name,
        bytes,
        mediaType,
        extraction: pages && { pageCount: pages.length, title: null, pages },
      });
      if (outcome.duplicate) throw new Error('duplicate');
      return outcome.id;
    };
    // The bytes are not parsed by the migration: only the stored pages and media type count.
    const halfScanned = add('half.pdf', new Uint8Array([1, 2, 3]), 'application/pdf', [
      'Текст',
      '  ',
      '',
    ]);
    const photo = add('photo.png', greyPng(8, 8), 'image/png', null);
    const text = add('text.pdf', new Uint8Array([4, 5, 6]), 'application/pdf', ['Только текст']);
    old.lock('manual');

    const upgraded = newSession(file);
    upgraded.unlock(PASSPHRASE);
    expect(schemaOf(upgraded)).toEqual(EXPECTED);
    const udb = upgraded.db();
    const pages = udb
      .prepare('SELECT document_id, page_no, state FROM ocr_pages ORDER BY queued_seq')
      .all();
    expect(pages).toEqual([
      { document_id: halfScanned, page_no: 2, state: 'pending' },
      { document_id: halfScanned, page_no: 3, state: 'pending' },
      { document_id: photo, page_no: 1, state: 'pending' },
    ]);
    const statuses = udb
      .prepare('SELECT document_id, status, languages FROM ocr_documents ORDER BY document_id')
      .all();
    expect(statuses).toEqual(
      [
        { document_id: halfScanned, status: 'pending', languages: 'auto' },
        { document_id: photo, status: 'pending', languages: 'auto' },
      ].sort((a, b) => a.document_id.localeCompare(b.document_id)),
    );
    expect(udb.prepare('SELECT DISTINCT text_source FROM document_pages').pluck().all()).toEqual([
      'pdf',
    ]);
    expect(
      udb.prepare('SELECT count(*) FROM ocr_pages WHERE document_id = ?').pluck().get(text),
    ).toBe(0);
    // Deleting a document takes its queue with it.
    udb.prepare('DELETE FROM documents WHERE id = ?').run(photo);
    expect(
      udb.prepare('SELECT count(*) FROM ocr_pages WHERE document_id = ?').pluck().get(photo),
    ).toBe(0);
  });
});
