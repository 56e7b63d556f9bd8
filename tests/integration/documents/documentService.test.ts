import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseService } from '../../../electron/core/cases/caseService';
import { systemClock } from '../../../electron/core/clock';
import { readAllChunks } from '../../../electron/core/documents/blobStore';
import { createDocumentService } from '../../../electron/core/documents/documentService';
import type { ImportInput } from '../../../electron/core/documents/importDocument';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { caseFieldsSchema } from '../../../shared/domain/case';
import {
  CHUNK_SIZE,
  documentChangesSchema,
  documentMetadataSchema,
  type DocumentId,
} from '../../../shared/domain/document';
import type { CaseId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** The services over a real encrypted vault, built the way handlers.ts will build them. */
function openVault() {
  const { dir, cleanup } = makeTempDir();
  const session = new VaultSession(path.join(dir, 'casefile.vault'));
  session.create(PASSPHRASE);
  cleanups.push(() => session.lock('manual'), cleanup);
  const db = () => session.db();
  return {
    db,
    cases: createCaseService(db, systemClock),
    documents: createDocumentService(db, systemClock),
  };
}

type Vault = ReturnType<typeof openVault>;
let vault: Vault;
beforeEach(() => {
  vault = openVault();
});

const newCase = (title = 'Дело Әлиева') => vault.cases.create(caseFieldsSchema.parse({ title })).id;

function pdfLike(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

function importInto(caseId: CaseId, bytes: Buffer, extra: Partial<ImportInput> = {}) {
  return vault.documents.importDocument({
    caseId,
    originalName: 'Приговор 2-1234.pdf',
    bytes,
    mediaType: 'application/pdf',
    extraction: { pageCount: 3, title: null, pages: ['Приговор', '  \n ', 'Суд постановил'] },
    ...extra,
  });
}

function imported(outcome: ReturnType<typeof importInto>): DocumentId {
  if (outcome.duplicate) throw new Error('Expected an import, got a duplicate');
  return outcome.id;
}

const count = (table: string) =>
  vault.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const counts = () =>
  Object.fromEntries(
    ['documents', 'document_chunks', 'document_pages', 'document_tags'].map((t) => [t, count(t)]),
  );

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('document storage', () => {
  it('stores a 3.5 MiB original as 4 chunks and gives it back byte-identical with its SHA-256', () => {
    const caseId = newCase();
    const bytes = pdfLike(3.5 * CHUNK_SIZE);
    const outcome = importInto(caseId, bytes);
    const id = imported(outcome);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(outcome).toMatchObject({ duplicate: false, sha256, pageCount: 3 });

    const sizes = vault
      .db()
      .prepare('SELECT length(bytes) FROM document_chunks WHERE document_id = ? ORDER BY seq')
      .pluck()
      .all(id);
    expect(sizes).toEqual([CHUNK_SIZE, CHUNK_SIZE, CHUNK_SIZE, CHUNK_SIZE / 2]);
    expect(vault.documents.readOriginal(id).equals(bytes)).toBe(true);
    expect(readAllChunks(vault.db(), id).equals(bytes)).toBe(true);
    const streamed = [...vault.documents.streamOriginal(id)];
    expect(streamed.map((chunk) => chunk.length)).toEqual(sizes);
    expect(Buffer.concat(streamed).equals(bytes)).toBe(true);
    expect(vault.documents.verifyOriginal(id)).toEqual({ intact: true, sha256, actual: sha256 });

    expect(vault.documents.get(id)).toMatchObject({
      caseId,
      title: 'Приговор 2-1234',
      originalName: 'Приговор 2-1234.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256,
      pageCount: 3,
      pagesWithText: 2,
      docType: 'other',
    });
    const pages = vault
      .db()
      .prepare('SELECT page_no, text FROM document_pages WHERE document_id = ? ORDER BY page_no')
      .all(id);
    expect(pages).toEqual([
      { page_no: 1, text: 'Приговор' },
      { page_no: 2, text: '  \n ' },
      { page_no: 3, text: 'Суд постановил' },
    ]);
  });

  it('notices one flipped byte in a stored chunk and refuses to hand out the altered original', () => {
    const id = imported(importInto(newCase(), pdfLike(3.5 * CHUNK_SIZE)));
    const chunk = vault
      .db()
      .prepare('SELECT bytes FROM document_chunks WHERE document_id = ? AND seq = 2')
      .pluck()
      .get(id) as Buffer;
    chunk[12345] = (chunk[12345] ?? 0) ^ 0x01;
    vault
      .db()
      .prepare('UPDATE document_chunks SET bytes = ? WHERE document_id = ? AND seq = 2')
      .run(chunk, id);
    expect(vault.documents.verifyOriginal(id).intact).toBe(false);
    expect(codeOf(() => vault.documents.readOriginal(id))).toBe('VAULT_CORRUPT');

    vault.db().prepare('DELETE FROM document_chunks WHERE document_id = ? AND seq = 3').run(id);
    expect(vault.documents.verifyOriginal(id).intact).toBe(false);
  });

  it('reports the same file twice in one case as a duplicate with the existing id and writes nothing', () => {
    const caseId = newCase();
    const bytes = pdfLike(5000);
    const first = imported(importInto(caseId, bytes));
    const before = counts();
    const updatedAt = vault.cases.get(caseId).updatedAt;
    expect(importInto(caseId, bytes, { originalName: 'другое имя.pdf' })).toEqual({
      duplicate: true,
      existingId: first,
    });
    expect(counts()).toEqual(before);
    expect(vault.cases.get(caseId).updatedAt).toBe(updatedAt);

    const other = newCase('Другое дело');
    const second = imported(importInto(other, bytes));
    expect(second).not.toBe(first);
    expect(vault.documents.readOriginal(second).equals(bytes)).toBe(true);
    expect(vault.documents.list(other).map((item) => item.id)).toEqual([second]);
  });

  it('takes the title from the lawyer, else the PDF, else the file name, and never keeps hidden controls', () => {
    const caseId = newCase();
    const metadata = documentMetadataSchema.parse({
      title: '  Обвинительный   акт ',
      docType: 'indictment',
      docDate: '2026-03-01',
      language: 'ru',
      tags: ['ст. 274', 'ст. 274'],
    });
    const a = imported(importInto(caseId, pdfLike(100), { metadata }));
    expect(vault.documents.get(a)).toMatchObject({
      title: 'Обвинительный акт',
      docType: 'indictment',
      docDate: '2026-03-01',
      language: 'ru',
      tags: ['ст. 274'],
    });
    const b = imported(
      importInto(caseId, pdfLike(100), {
        extraction: { pageCount: 1, title: 'Ruling\u202Etxt.exe\u0007', pages: ['x'] },
      }),
    );
    expect(vault.documents.get(b).title).toBe('Rulingtxt.exe');
    const c = imported(
      importInto(caseId, pdfLike(100), {
        originalName: 'C:\\Users\\adv\\Downloads\\Ходатайство\u202E.pdf',
        extraction: { pageCount: 1, title: '   ', pages: [''] },
      }),
    );
    expect(vault.documents.get(c)).toMatchObject({
      title: 'Ходатайство',
      originalName: 'Ходатайство.pdf',
      pagesWithText: 0,
    });
    const d = imported(
      importInto(caseId, Buffer.from('Текст'), { mediaType: 'text/plain', extraction: null }),
    );
    expect(vault.documents.get(d)).toMatchObject({ pageCount: null, pagesWithText: 0 });
  });

  it('lists a case in import order, edits only named fields and removes a document with its bytes', () => {
    const caseId = newCase();
    const a = imported(importInto(caseId, pdfLike(100)));
    const b = imported(importInto(caseId, pdfLike(200), { originalName: 'Протокол.pdf' }));
    expect(vault.documents.list(caseId).map((item) => [item.id, item.title])).toEqual([
      [a, 'Приговор 2-1234'],
      [b, 'Протокол'],
    ]);

    const changes = documentChangesSchema.parse({
      title: ' Протокол заседания ',
      docDate: '2026-11-02',
      source: 'Суд',
      tags: ['важно'],
    });
    expect(vault.documents.update(b, changes)).toMatchObject({
      title: 'Протокол заседания',
      docDate: '2026-11-02',
      source: 'Суд',
      tags: ['важно'],
      docType: 'other',
    });
    expect(
      vault.documents.update(b, documentChangesSchema.parse({ docDate: null, source: null })),
    ).toMatchObject({ title: 'Протокол заседания', docDate: null, source: null, tags: ['важно'] });

    expect(vault.documents.remove(b)).toEqual({ deleted: true });
    expect(codeOf(() => vault.documents.get(b))).toBe('NOT_FOUND');
    expect(codeOf(() => vault.documents.remove(b))).toBe('NOT_FOUND');
    const left = (table: string) =>
      vault.db().prepare(`SELECT count(*) FROM ${table} WHERE document_id = ?`).pluck().get(b);
    expect([left('document_chunks'), left('document_pages'), left('document_tags')]).toEqual([
      0, 0, 0,
    ]);
    expect(vault.documents.list(caseId).map((item) => item.id)).toEqual([a]);
  });

  it('refuses an empty file, an unknown case and an unknown document with typed errors', () => {
    const caseId = newCase();
    expect(codeOf(() => importInto(caseId, Buffer.alloc(0)))).toBe('EMPTY_FILE');
    const nowhere = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(() => importInto(nowhere as CaseId, pdfLike(10)))).toBe('NOT_FOUND');
    expect(codeOf(() => vault.documents.list(nowhere as CaseId))).toBe('NOT_FOUND');
    expect(codeOf(() => vault.documents.readOriginal(nowhere as DocumentId))).toBe('NOT_FOUND');
    expect(codeOf(() => vault.documents.verifyOriginal(nowhere as DocumentId))).toBe('NOT_FOUND');
    expect(counts()).toEqual({
      documents: 0,
      document_chunks: 0,
      document_pages: 0,
      document_tags: 0,
    });
  });

  it('deletes a case with all its documents, chunks, pages and tags, leaving other cases whole', () => {
    const doomed = newCase('Удаляемое дело');
    const kept = newCase('Оставшееся дело');
    const metadata = documentMetadataSchema.parse({ tags: ['улика'] });
    importInto(doomed, pdfLike(2 * CHUNK_SIZE + 1), { metadata });
    importInto(doomed, pdfLike(300), { metadata });
    const survivor = imported(importInto(kept, pdfLike(CHUNK_SIZE + 7), { metadata }));
    vault.cases.remove(doomed);

    expect(counts()).toEqual({
      documents: 1,
      document_chunks: 2,
      document_pages: 3,
      document_tags: 1,
    });
    const orphans = vault
      .db()
      .prepare(
        `SELECT (SELECT count(*) FROM document_chunks WHERE document_id NOT IN (SELECT id FROM documents))
              + (SELECT count(*) FROM document_pages WHERE document_id NOT IN (SELECT id FROM documents))
              + (SELECT count(*) FROM document_tags WHERE document_id NOT IN (SELECT id FROM documents))`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(vault.db().pragma('foreign_key_check')).toEqual([]);
    expect(vault.documents.verifyOriginal(survivor).intact).toBe(true);
  });

  it('leaves no document, chunk, page or tag behind when a page insert fails mid-import', () => {
    const caseId = newCase();
    const updatedAt = vault.cases.get(caseId).updatedAt;
    // A TEMP trigger lives in this connection only: the vault's schema stays as shipped.
    vault.db().exec(`
      CREATE TEMP TRIGGER fail_third_page BEFORE INSERT ON main.document_pages
      WHEN NEW.page_no = 3 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const metadata = documentMetadataSchema.parse({ tags: ['x'] });
    expect(() => importInto(caseId, pdfLike(2.5 * CHUNK_SIZE), { metadata })).toThrow(
      /simulated failure/,
    );
    expect(counts()).toEqual({
      documents: 0,
      document_chunks: 0,
      document_pages: 0,
      document_tags: 0,
    });
    expect(vault.cases.get(caseId).updatedAt).toBe(updatedAt);

    vault.db().exec('DROP TRIGGER temp.fail_third_page');
    imported(importInto(caseId, pdfLike(2.5 * CHUNK_SIZE), { metadata }));
    expect(counts()).toEqual({
      documents: 1,
      document_chunks: 3,
      document_pages: 3,
      document_tags: 1,
    });
    expect(vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
