import { afterEach, describe, expect, it } from 'vitest';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { OcrProgress } from '../../../shared/domain/ocr';
import { expectOk, openCoreFixture, type CoreFixture } from '../../support/coreFixture';
import { cyrillicPdf } from '../../fixtures/pdfFixtures';
import { importFiles, nextOcrEnd, ocrCoreOptions, readVault, writeTemp } from './support/ocrCore';
import { renderTextPng } from './support/ocrTestData';

/** The OCR queue lives in the vault: it survives a restart, a lock and a crash mid-page. */

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function open(options: Parameters<typeof ocrCoreOptions>[0], vaultPath?: string) {
  const fixture = await openCoreFixture({
    ...ocrCoreOptions(options),
    ...(vaultPath ? { vaultPath, unlocked: false } : {}),
  });
  fixtures.push(fixture);
  return fixture;
}

async function withScans(
  fixture: CoreFixture,
  count: number,
): Promise<{ caseId: CaseId; ids: DocumentId[] }> {
  const caseId = expectOk(await fixture.api.cases.create({ title: 'Очередь' })).id;
  const files = [];
  for (let index = 0; index < count; index += 1) {
    const png = await renderTextPng([`Протокол допроса свидетеля номер ${index + 1}`]);
    files.push(writeTemp(fixture.dir, `scan-${index}.png`, png));
  }
  const ids = await importFiles(fixture.core, fixture.api, caseId, files);
  return { caseId, ids };
}

async function statusOf(fixture: CoreFixture, caseId: CaseId) {
  return expectOk(await fixture.api.ocr.status({ caseId })).documents;
}

describe('OCR queue', () => {
  it('queues scanned pages at import, not pages with text, and keeps them without a reader', async () => {
    const fixture = await open({ background: false });
    const { caseId, ids } = await withScans(fixture, 1);
    const [textId] = await importFiles(fixture.core, fixture.api, caseId, [
      writeTemp(fixture.dir, 'text.pdf', await cyrillicPdf()),
    ]);
    const status = await statusOf(fixture, caseId);
    expect(status.find((entry) => entry.documentId === ids[0])).toMatchObject({
      status: 'pending',
      pagesPending: 1,
    });
    expect(status.find((entry) => entry.documentId === textId)).toMatchObject({
      status: 'none',
      pagesPending: 0,
    });
  }, 60_000);

  it('resumes after a restart: the next unlock reads what was queued', async () => {
    const first = await open({ background: false });
    const { caseId, ids } = await withScans(first, 1);
    first.core.close();

    const second = await open({ background: true }, first.vaultPath);
    const ended = nextOcrEnd(second.core);
    expectOk(await second.api.vault.unlock({ passphrase: 'тихий берег Иртыша 2026' }));
    expect((await ended).state).toBe('done');
    expect((await statusOf(second, caseId))[0]).toMatchObject({ status: 'done', pagesDone: 1 });
    const hits = expectOk(await second.api.search.query({ query: 'свидетеля', caseId }));
    expect(hits.documents.map((document) => document.documentId)).toEqual(ids);
  }, 90_000);

  it('resumes after the core closed in the middle of a page, and reads every page once', async () => {
    const first = await open({ background: true });
    const reading = new Promise<void>((resolve) => {
      first.core.subscribe('ocr.progress', (payload) => {
        if ((payload as OcrProgress).pageNo !== null) resolve();
      });
    });
    const { caseId } = await withScans(first, 2);
    await reading;
    first.core.close(); // like quitting the app while Tesseract reads the first page
    const queued = readVault<{ state: string }>(first.vaultPath, 'SELECT state FROM ocr_pages');
    expect(queued.filter((row) => row.state === 'pending').length).toBeGreaterThanOrEqual(1);

    const second = await open({ background: true }, first.vaultPath);
    const ended = nextOcrEnd(second.core);
    expectOk(await second.api.vault.unlock({ passphrase: 'тихий берег Иртыша 2026' }));
    expect((await ended).state).toBe('done');
    const status = await statusOf(second, caseId);
    expect(status.map((entry) => [entry.status, entry.pagesDone, entry.pagesPending])).toEqual([
      ['done', 1, 0],
      ['done', 1, 0],
    ]);
  }, 90_000);

  it('cancel takes the pages off the queue and stops the job; a new run queues them again', async () => {
    const fixture = await open({ background: false });
    const { caseId } = await withScans(fixture, 2);
    const ended = nextOcrEnd(fixture.core);
    const run = expectOk(await fixture.api.ocr.run({ caseId }));
    expect(run.queued).toBe(2);
    expect(run.jobId).not.toBeNull();
    const cancel = expectOk(await fixture.api.ocr.cancel({}));
    expect(cancel).toEqual({ dequeued: 2, stopped: true });
    expect((await ended).state).toBe('cancelled');
    const status = await statusOf(fixture, caseId);
    expect(status.map((entry) => [entry.status, entry.pagesPending, entry.pagesDone])).toEqual([
      ['none', 0, 0],
      ['none', 0, 0],
    ]);
    // Nothing was stored for the page Tesseract had started.
    const documents = expectOk(await fixture.api.documents.list({ caseId }));
    expect(documents.map((document) => document.pagesWithText)).toEqual([0, 0]);
    const again = nextOcrEnd(fixture.core);
    expect(expectOk(await fixture.api.ocr.run({ caseId })).queued).toBe(2);
    expect(expectOk(await fixture.api.ocr.cancel({ caseId })).dequeued).toBeGreaterThanOrEqual(1);
    expect((await again).state).toBe('cancelled');
  }, 60_000);

  it('jobs.cancel only pauses: the pages stay queued for the next run', async () => {
    const fixture = await open({ background: false });
    const { caseId } = await withScans(fixture, 1);
    const ended = nextOcrEnd(fixture.core);
    const { jobId } = expectOk(await fixture.api.ocr.run({ caseId }));
    expect(expectOk(await fixture.api.jobs.cancel({ jobId: jobId! })).cancelled).toBe(true);
    expect((await ended).state).toBe('cancelled');
    expect((await statusOf(fixture, caseId))[0]).toMatchObject({
      status: 'pending',
      pagesPending: 1,
    });
  }, 60_000);

  it('a page over its time limit fails with OCR_TIMEOUT; the job goes on and the document shows failed', async () => {
    const fixture = await open({ background: false, pageTimeoutMs: 5 });
    const { caseId, ids } = await withScans(fixture, 2);
    const ended = nextOcrEnd(fixture.core);
    expectOk(await fixture.api.ocr.run({ caseId }));
    const end = await ended;
    expect(end).toMatchObject({ state: 'done', completed: 0, failed: 2 });
    const status = await statusOf(fixture, caseId);
    expect(status.map((entry) => [entry.status, entry.pagesFailed])).toEqual([
      ['failed', 1],
      ['failed', 1],
    ]);
    fixture.core.close();
    const rows = readVault<{ error_code: string }>(
      fixture.vaultPath,
      'SELECT error_code FROM ocr_pages WHERE document_id IN (?, ?)',
      ...ids,
    );
    expect(rows.map((row) => row.error_code)).toEqual(['OCR_TIMEOUT', 'OCR_TIMEOUT']);
  }, 60_000);

  it('languages given to ocr.run are stored and the page is read again with them', async () => {
    const fixture = await open({ background: true });
    const ended = nextOcrEnd(fixture.core);
    const { caseId, ids } = await withScans(fixture, 1);
    expect((await ended).state).toBe('done');
    const again = nextOcrEnd(fixture.core);
    const run = expectOk(await fixture.api.ocr.run({ documentId: ids[0]!, langs: ['rus'] }));
    expect(run.queued).toBe(1);
    expect((await again).state).toBe('done');
    expect((await statusOf(fixture, caseId))[0]).toMatchObject({
      status: 'done',
      languages: ['rus'],
      pagesDone: 1,
    });
    const auto = expectOk(
      await fixture.api.ocr.setLanguages({ documentId: ids[0]!, languages: 'auto' }),
    );
    expect(auto.languages).toBe('auto');
  }, 90_000);

  it('a deleted document leaves nothing queued', async () => {
    const fixture = await open({ background: false });
    const { caseId, ids } = await withScans(fixture, 1);
    expectOk(await fixture.api.documents.remove({ id: ids[0]!, confirm: true }));
    expect(expectOk(await fixture.api.ocr.run({ caseId }))).toEqual({ jobId: null, queued: 0 });
  }, 60_000);

  it('a document deleted while its page is being read is skipped; the job reads the others', async () => {
    const fixture = await open({ background: true });
    let reading: (documentId: DocumentId) => void = () => undefined;
    const first = new Promise<DocumentId>((resolve) => (reading = resolve));
    fixture.core.subscribe('ocr.progress', (payload) => {
      const progress = payload as OcrProgress;
      if (progress.documentId) reading(progress.documentId);
    });
    const ended = nextOcrEnd(fixture.core);
    const { caseId, ids } = await withScans(fixture, 2);
    const deleted = await first;
    expectOk(await fixture.api.documents.remove({ id: deleted, confirm: true }));
    expect((await ended).state).toBe('done');
    const status = await statusOf(fixture, caseId);
    expect(status.map((entry) => [entry.documentId, entry.status])).toEqual([
      [ids.find((id) => id !== deleted), 'done'],
    ]);
  }, 60_000);

  it('refuses a run naming both or neither of a document and a case', async () => {
    const fixture = await open({ background: false });
    const { caseId, ids } = await withScans(fixture, 1);
    const both = await fixture.api.ocr.run({ caseId, documentId: ids[0]! });
    expect(both.ok ? 'ok' : both.error.code).toBe('VALIDATION');
    const neither = await fixture.api.ocr.run({});
    expect(neither.ok ? 'ok' : neither.error.code).toBe('VALIDATION');
  }, 60_000);
});
