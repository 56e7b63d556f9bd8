import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeVault, openVault } from '../../../electron/core/vault/openVault';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import type { ImportProgress } from '../../../shared/domain/job';
import {
  CYRILLIC_PAGES,
  CYRILLIC_TITLE,
  ENGLISH_PAGES,
  ENGLISH_TITLE,
  NOT_A_PDF,
  cyrillicPdf,
  encryptWithQpdf,
  englishPdf,
  qpdfAvailable,
  truncated,
} from '../../fixtures/pdfFixtures';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

const PDF_PASSWORD = 'Құпия-сөз 7731';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
const NOTES = 'Ходатайство защиты\nо приобщении документов';
const pagesAsLines = (pages: readonly (readonly string[])[]) =>
  pages.map((lines) => lines.join('\n'));

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function openCore(options: { maxImportBytes?: number } = {}) {
  const fixture = await openCoreFixture({
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    ...options,
  });
  fixtures.push(fixture);
  const events: ImportProgress[] = [];
  fixture.core.subscribe('jobs.progress', (payload) => events.push(payload as ImportProgress));
  const caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Әлиева' })).id;
  return { ...fixture, events, caseId };
}
type Opened = Awaited<ReturnType<typeof openCore>>;

/** Starts an import and resolves with its final event. */
async function importAndWait(
  opened: Opened,
  paths: string[],
  extra: { pdfPassword?: string } = {},
): Promise<ImportProgress> {
  const { jobId } = expectOk(
    await opened.api.documents.import({ caseId: opened.caseId, paths, ...extra }),
  );
  await opened.core.idle();
  const final = opened.events.filter((event) => event.jobId === jobId).at(-1);
  if (!final) throw new Error('No progress event');
  return final;
}

function write(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

/** Opens the vault file directly, as a SQLCipher tool would, after the core has locked it. */
async function readPages(opened: Opened): Promise<Map<string, string[]>> {
  expectOk(await opened.api.vault.lock());
  const db = openVault(opened.vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
  try {
    const rows = db
      .prepare(
        `SELECT d.original_name AS name, p.text FROM document_pages p
         JOIN documents d ON d.id = p.document_id ORDER BY d.original_name, p.page_no`,
      )
      .all() as { name: string; text: string }[];
    const pages = new Map<string, string[]>();
    for (const row of rows) pages.set(row.name, [...(pages.get(row.name) ?? []), row.text]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return pages;
  } finally {
    closeVault(db);
    expectOk(await opened.api.vault.unlock({ passphrase: PASSPHRASE }));
  }
}

describe('a batch import job', () => {
  it.skipIf(!qpdfAvailable())(
    'imports a folder tree, continues past bad files and reports exactly what happened',
    async () => {
      const opened = await openCore();
      const english = await englishPdf();
      const root = path.join(opened.dir, 'from court');
      write(root, '.hidden.pdf', english);
      write(root, 'a-english.pdf', english);
      write(root, 'b-copy of english.pdf', english);
      write(root, 'c-empty.pdf', new Uint8Array(0));
      write(root, 'd-docket.pdf', NOT_A_PDF);
      write(root, 'e-encrypted.pdf', encryptWithQpdf(english, PDF_PASSWORD, 'owner-pw'));
      write(root, 'f-notes.txt', NOTES);
      write(root, 'g-scan.png', PNG);
      write(root, 'sub/h-приговор.pdf', await cyrillicPdf());
      write(root, 'sub/i-truncated.pdf', truncated(english));
      fs.symlinkSync(root, path.join(root, 'sub', 'loop'));

      const final = await importAndWait(opened, [root]);

      expect(final.state).toBe('done');
      expect(final.total).toBe(9);
      expect(final.completed).toBe(9);
      expect(final.current).toBeNull();
      const outcomes = final.results.map((result) => [
        result.name,
        result.outcome,
        result.outcome === 'rejected' ? result.code : null,
      ]);
      expect(outcomes).toEqual([
        ['a-english.pdf', 'imported', null],
        ['b-copy of english.pdf', 'duplicate', null],
        ['c-empty.pdf', 'rejected', 'EMPTY_FILE'],
        ['d-docket.pdf', 'rejected', 'UNSUPPORTED_TYPE'],
        ['e-encrypted.pdf', 'rejected', 'PDF_ENCRYPTED'],
        ['f-notes.txt', 'imported', null],
        ['g-scan.png', 'imported', null],
        ['h-приговор.pdf', 'imported', null],
        ['i-truncated.pdf', 'rejected', 'PDF_MALFORMED'],
      ]);
      const [first, duplicate] = final.results;
      expect(duplicate).toMatchObject({ outcome: 'duplicate' });
      if (first?.outcome !== 'imported' || duplicate?.outcome !== 'duplicate') throw new Error();
      expect(duplicate.documentId).toBe(first.documentId);

      // A progress event after every file, plus the first and the final one.
      const running = opened.events.filter((event) => event.state === 'running');
      expect(running.map((event) => event.completed)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(running[0]?.current).toBe('a-english.pdf');
      expect(running[7]?.current).toBe('h-приговор.pdf');

      const documents = expectOk(await opened.api.documents.list({ caseId: opened.caseId }));
      const byName = new Map(documents.map((doc) => [doc.originalName, doc]));
      expect([...byName.keys()].sort()).toEqual([
        'a-english.pdf',
        'f-notes.txt',
        'g-scan.png',
        'h-приговор.pdf',
      ]);
      expect(byName.get('a-english.pdf')).toMatchObject({
        title: ENGLISH_TITLE,
        mediaType: 'application/pdf',
        pageCount: 3,
        pagesWithText: 3,
      });
      expect(byName.get('h-приговор.pdf')).toMatchObject({
        title: CYRILLIC_TITLE,
        pageCount: 2,
        pagesWithText: 2,
      });
      expect(byName.get('f-notes.txt')).toMatchObject({
        mediaType: 'text/plain',
        pageCount: 1,
        pagesWithText: 1,
      });
      expect(byName.get('g-scan.png')).toMatchObject({
        mediaType: 'image/png',
        pageCount: null,
        pagesWithText: 0,
      });

      const pages = await readPages(opened);
      expect(pages.get('a-english.pdf')).toEqual(pagesAsLines(ENGLISH_PAGES));
      expect(pages.get('h-приговор.pdf')).toEqual(pagesAsLines(CYRILLIC_PAGES));
      expect(pages.get('f-notes.txt')).toEqual([NOTES]);
      expect(pages.has('g-scan.png')).toBe(false);
    },
    60_000,
  );

  it.skipIf(!qpdfAvailable())(
    'imports an encrypted PDF with its password, and the password is never kept',
    async () => {
      const opened = await openCore();
      const file = write(
        opened.dir,
        'sealed.pdf',
        encryptWithQpdf(await englishPdf(), PDF_PASSWORD, 'owner-pw'),
      );

      const wrong = await importAndWait(opened, [file], { pdfPassword: 'not it' });
      expect(wrong.results).toMatchObject([{ outcome: 'rejected', code: 'PDF_PASSWORD_WRONG' }]);

      const final = await importAndWait(opened, [file], { pdfPassword: PDF_PASSWORD });
      expect(final).toMatchObject({ state: 'done', results: [{ outcome: 'imported' }] });
      const [doc] = expectOk(await opened.api.documents.list({ caseId: opened.caseId }));
      expect(doc).toMatchObject({ pageCount: 3, pagesWithText: 3, title: ENGLISH_TITLE });

      expect(JSON.stringify(opened.events)).not.toContain(PDF_PASSWORD);
      // The vault is encrypted, so search the plaintext: every table, as a SQLCipher tool sees it.
      expectOk(await opened.api.vault.lock());
      const db = openVault(opened.vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
      try {
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
          .pluck()
          .all() as string[];
        for (const table of tables) {
          const rows = db.prepare(`SELECT * FROM "${table}"`).all();
          const text = JSON.stringify(rows, (_key, value: unknown) =>
            Buffer.isBuffer(value) ? value.toString('latin1') : value,
          );
          expect(text).not.toContain(PDF_PASSWORD);
        }
      } finally {
        closeVault(db);
      }
      for (const file of fs.readdirSync(path.dirname(opened.vaultPath))) {
        const bytes = fs.readFileSync(path.join(path.dirname(opened.vaultPath), file));
        expect(bytes.includes(Buffer.from(PDF_PASSWORD))).toBe(false);
      }
    },
    60_000,
  );

  it('stops when cancelled after the first file: the first stays, the rest is not imported', async () => {
    const opened = await openCore();
    const english = await englishPdf();
    const files = [
      write(opened.dir, 'one.pdf', english),
      write(opened.dir, 'two.pdf', await cyrillicPdf()),
      write(opened.dir, 'three.txt', NOTES),
    ];
    opened.core.subscribe('jobs.progress', (payload) => {
      const progress = payload as ImportProgress;
      if (progress.state === 'running' && progress.completed === 1) {
        void opened.api.jobs.cancel({ jobId: progress.jobId }).then((result) => {
          expect(expectOk(result)).toEqual({ cancelled: true });
        });
      }
    });

    const final = await importAndWait(opened, files);

    expect(final.state).toBe('cancelled');
    expect(final.results.map((result) => [result.name, result.outcome])).toEqual([
      ['one.pdf', 'imported'],
    ]);
    const documents = expectOk(await opened.api.documents.list({ caseId: opened.caseId }));
    expect(documents.map((doc) => doc.originalName)).toEqual(['one.pdf']);
    expect(expectOk(await opened.api.documents.verify({ id: documents[0]!.id })).intact).toBe(true);
    expect(expectOk(await opened.api.jobs.cancel({ jobId: final.jobId }))).toEqual({
      cancelled: false,
    });
  }, 60_000);

  it('aborts the running extraction when cancelled mid-file, committing nothing', async () => {
    const opened = await openCore();
    const file = write(opened.dir, 'one.pdf', await englishPdf());
    opened.core.subscribe('jobs.progress', (payload) => {
      const progress = payload as ImportProgress;
      if (progress.state === 'running' && progress.completed === 0) {
        void opened.api.jobs.cancel({ jobId: progress.jobId });
      }
    });
    const final = await importAndWait(opened, [file]);
    expect(final).toMatchObject({ state: 'cancelled', results: [] });
    expect(expectOk(await opened.api.documents.list({ caseId: opened.caseId }))).toEqual([]);
  }, 60_000);

  it('is stopped by locking the vault; what was committed stays', async () => {
    const opened = await openCore();
    const files = [
      write(opened.dir, 'one.txt', 'first'),
      write(opened.dir, 'two.txt', 'second'),
      write(opened.dir, 'three.pdf', await englishPdf()),
    ];
    opened.core.subscribe('jobs.progress', (payload) => {
      const progress = payload as ImportProgress;
      if (progress.state === 'running' && progress.completed === 1) opened.core.lock('idle');
    });

    const final = await importAndWait(opened, files);

    expect(final.state).toBe('cancelled');
    expect(final.results).toHaveLength(1);
    expectOk(await opened.api.vault.unlock({ passphrase: PASSPHRASE }));
    const documents = expectOk(await opened.api.documents.list({ caseId: opened.caseId }));
    expect(documents.map((doc) => doc.originalName)).toEqual(['one.txt']);
  }, 60_000);

  it('rejects a file over the size limit with FILE_TOO_LARGE and imports the rest', async () => {
    const opened = await openCore({ maxImportBytes: 100 });
    const files = [
      write(opened.dir, 'big.txt', 'x'.repeat(101)),
      write(opened.dir, 'small.txt', 'x'.repeat(100)),
    ];
    const final = await importAndWait(opened, files);
    expect(final.results.map((result) => [result.name, result.outcome])).toEqual([
      ['big.txt', 'rejected'],
      ['small.txt', 'imported'],
    ]);
    expect(final.results[0]).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('reports a missing path as IO_ERROR and refuses an unknown case before starting', async () => {
    const opened = await openCore();
    const final = await importAndWait(opened, [path.join(opened.dir, 'gone.pdf')]);
    expect(final).toMatchObject({
      state: 'done',
      results: [{ name: 'gone.pdf', outcome: 'rejected', code: 'IO_ERROR' }],
    });
    const unknown = await opened.api.documents.import({
      caseId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      paths: [path.join(opened.dir, 'gone.pdf')],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('stores PDFs without text when the core has no PDF worker', async () => {
    const fixture = await openCoreFixture();
    fixtures.push(fixture);
    const events: ImportProgress[] = [];
    fixture.core.subscribe('jobs.progress', (payload) => events.push(payload as ImportProgress));
    const caseId = expectOk(await fixture.api.cases.create({ title: 'Дело' })).id;
    const file = write(fixture.dir, 'one.pdf', await englishPdf());
    expectOk(await fixture.api.documents.import({ caseId, paths: [file] }));
    await fixture.core.idle();
    expect(events.at(-1)).toMatchObject({ state: 'done', results: [{ outcome: 'imported' }] });
    expect(expectOk(await fixture.api.documents.list({ caseId }))).toMatchObject([
      { pageCount: null, pagesWithText: 0, title: 'one' },
    ]);
  });
});
