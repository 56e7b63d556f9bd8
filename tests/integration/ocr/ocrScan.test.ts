import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import { OCR_DPI } from '../../../electron/core/ocr/ocrRoutes';
import { expectOk, openCoreFixture, type CoreFixture } from '../../support/coreFixture';
import { importFiles, nextOcrEnd, ocrCoreOptions, readVault, writeTemp } from './support/ocrCore';
import { SCAN_WORDS, scannedPdf } from './support/generatedScan';

/**
 * Issue 8 "Must show": a generated Russian and Kazakh text page, rendered to an image and put
 * back alone into a PDF (no text layer), is imported; background OCR reads it; searching for
 * its words finds the page.
 */
describe('OCR of a generated scan, from import to search', () => {
  let fixture: CoreFixture;
  let caseId: CaseId;
  let scanId: DocumentId;
  let photoId: DocumentId;

  beforeAll(async () => {
    fixture = await openCoreFixture(ocrCoreOptions({ background: true }));
    caseId = expectOk(await fixture.api.cases.create({ title: 'Сканы' })).id;
    const { pdf, png } = await scannedPdf();
    const ended = nextOcrEnd(fixture.core);
    [scanId, photoId] = (await importFiles(fixture.core, fixture.api, caseId, [
      writeTemp(fixture.dir, 'scan.pdf', pdf),
      writeTemp(fixture.dir, 'photo.png', png),
    ])) as [DocumentId, DocumentId];
    const end = await ended;
    expect(end.state).toBe('done');
  }, 120_000);
  afterAll(() => fixture?.dispose());

  it('imports the scan as a page without text, queued for OCR', async () => {
    // After OCR the page has text; before, the import stored it as a page without a text layer.
    const scan = expectOk(await fixture.api.documents.get({ id: scanId }));
    expect(scan.pageCount).toBe(1);
    expect(scan.pagesWithText).toBe(1);
  });

  it('finds the scanned page by three of its words, Russian and Kazakh', async () => {
    for (const word of SCAN_WORDS.slice(0, 3)) {
      const result = expectOk(await fixture.api.search.query({ query: word, caseId }));
      const hit = result.documents.find((document) => document.documentId === scanId);
      expect(hit, word).toBeDefined();
      expect(hit!.pages.map((page) => page.page)).toEqual([1]);
    }
    // All three on one page: the AND of a query matches the page row.
    const all = expectOk(
      await fixture.api.search.query({ query: SCAN_WORDS.slice(0, 3).join(' '), caseId }),
    );
    expect(all.documents.map((document) => document.documentId)).toContain(scanId);
  });

  it('reads an image imported as a document as its one page', async () => {
    const photo = expectOk(await fixture.api.documents.get({ id: photoId }));
    expect(photo.pageCount).toBe(1);
    expect(photo.pagesWithText).toBe(1);
    const result = expectOk(await fixture.api.search.query({ query: 'Республикасының', caseId }));
    expect(result.documents.map((document) => document.documentId).sort()).toEqual(
      [scanId, photoId].sort(),
    );
  });

  it('reports each document done with the confidence it stored', async () => {
    const status = expectOk(await fixture.api.ocr.status({ caseId }));
    expect(status.jobId).toBeNull();
    for (const id of [scanId, photoId]) {
      const document = status.documents.find((entry) => entry.documentId === id);
      expect(document).toMatchObject({
        status: 'done',
        languages: 'auto',
        pagesPending: 0,
        pagesDone: 1,
        pagesFailed: 0,
      });
      expect(document!.confidence).toBeGreaterThan(60);
    }
  });

  it('hands the viewer the word boxes of the scanned page, in PDF points via its scale', async () => {
    const page = expectOk(await fixture.api.ocr.pageWords({ documentId: scanId, pageNo: 1 }));
    expect(page).not.toBeNull();
    const word = page!.words.find((candidate) => candidate.text === 'Следователь');
    expect(word).toBeDefined();
    // The first body line is drawn at x = 50 pt, 15 pt high, on an 842 pt page.
    expect(word!.bbox.x0 / page!.scale).toBeGreaterThan(40);
    expect(word!.bbox.x0 / page!.scale).toBeLessThan(60);
    expect(word!.bbox.y0 / page!.scale).toBeGreaterThan(842 - 780 - 30);
    expect(word!.bbox.y0 / page!.scale).toBeLessThan(842 - 760);
    expect(expectOk(await fixture.api.ocr.pageWords({ documentId: scanId, pageNo: 2 }))).toBeNull();
  });

  it('marks the page as OCR text and keeps its word boxes in the vault', () => {
    fixture.core.close();
    const [page] = readVault<{ text: string; text_source: string }>(
      fixture.vaultPath,
      'SELECT text, text_source FROM document_pages WHERE document_id = ?',
      scanId,
    );
    expect(page!.text_source).toBe('ocr');
    expect(page!.text).toContain('прокурору');
    const [ocr] = readVault<{
      confidence: number;
      words: string;
      image_scale: number;
      languages: string;
    }>(
      fixture.vaultPath,
      'SELECT confidence, words, image_scale, languages FROM ocr_pages WHERE document_id = ?',
      scanId,
    );
    expect(ocr!.languages).toBe('rus+kaz+eng');
    // The pipeline renders at OCR_DPI: image pixels per PDF point.
    expect(ocr!.image_scale).toBeCloseTo(OCR_DPI / 72, 3);
    const words = JSON.parse(ocr!.words) as [string, number, number, number, number, number][];
    const word = words.find(([text]) => text === 'прокурору');
    expect(word).toBeDefined();
    const [, x0, y0, x1, y1] = word!;
    // In pixels of the page image: inside the A4 page, and a sensible size for a 15 pt word.
    expect(x1).toBeGreaterThan(x0);
    expect(x1).toBeLessThan(595 * ocr!.image_scale);
    expect((y1 - y0) / ocr!.image_scale).toBeGreaterThan(8);
    expect((y1 - y0) / ocr!.image_scale).toBeLessThan(30);
  });
});
