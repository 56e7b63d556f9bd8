import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPdfTextExtractor,
  type PdfTextExtractor,
} from '../../../electron/core/workers/pdfText/createPdfTextExtractor';
import { extractPdfText } from '../../../electron/core/workers/pdfText/extractPdfText';
import {
  CYRILLIC_PAGES,
  CYRILLIC_TITLE,
  EMPTY_FILE,
  ENGLISH_PAGES,
  ENGLISH_TITLE,
  NOT_A_PDF,
  SCAN_PAGE_TEXT,
  cyrillicPdf,
  encryptWithQpdf,
  englishPdf,
  pdfWithScannedPage,
  qpdfAvailable,
  truncated,
} from '../../fixtures/pdfFixtures';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from './pdfTextWorkerPath';

const pagesAsLines = (pages: readonly (readonly string[])[]) =>
  pages.map((lines) => lines.join('\n'));

describe('PDF text extraction in worker threads', () => {
  let extractor: PdfTextExtractor;
  let english: Uint8Array;

  beforeAll(async () => {
    extractor = createPdfTextExtractor({
      workerPath: PDF_TEXT_WORKER,
      execArgv: TSX_EXEC_ARGV,
      size: 2,
      timeoutMs: 20_000,
    });
    english = await englishPdf();
  });
  afterAll(() => extractor.close());

  it('extracts English text per page, the page count and the metadata title', async () => {
    expect(await extractor.extract(english)).toEqual({
      ok: true,
      pageCount: 3,
      title: ENGLISH_TITLE,
      pages: pagesAsLines(ENGLISH_PAGES),
    });
  });

  it('extracts Russian and Kazakh text from an embedded Cyrillic font, letter for letter', async () => {
    const result = await extractor.extract(await cyrillicPdf());
    expect(result).toEqual({
      ok: true,
      pageCount: 2,
      title: CYRILLIC_TITLE,
      pages: pagesAsLines(CYRILLIC_PAGES),
    });
    if (!result.ok) return;
    for (const word of ['Әә', 'Ққ', 'Ңң', 'Өө', 'Ұұ', 'Үү', 'Һһ', 'Іі', 'Республикасының']) {
      expect(result.pages[1]).toContain(word);
    }
    expect(result.pages[0]).toContain('ёлка');
  });

  it('gives an empty string for a page without a text layer', async () => {
    const result = await extractor.extract(await pdfWithScannedPage());
    expect(result).toMatchObject({ ok: true, pageCount: 2, pages: [SCAN_PAGE_TEXT, ''] });
  });

  it('tolerates junk before the %PDF header', async () => {
    const junk = new TextEncoder().encode('%%EOF\r\n\r\n');
    const result = await extractor.extract(new Uint8Array([...junk, ...english]));
    expect(result).toMatchObject({ ok: true, pages: pagesAsLines(ENGLISH_PAGES) });
  });

  describe.skipIf(!qpdfAvailable())(
    'encrypted (qpdf, AES-256; skipped without the qpdf CLI: apt-get install qpdf)',
    () => {
      let encrypted: Uint8Array;
      beforeAll(() => {
        encrypted = encryptWithQpdf(english, 'user-pw', 'owner-pw');
      });

      it('asks for a password, refuses a wrong one, and reads the text with the right one', async () => {
        expect(await extractor.extract(encrypted)).toMatchObject({
          ok: false,
          code: 'PDF_ENCRYPTED',
        });
        expect(await extractor.extract(encrypted, { password: 'guess' })).toMatchObject({
          ok: false,
          code: 'PDF_PASSWORD_WRONG',
        });
        expect(await extractor.extract(encrypted, { password: 'user-pw' })).toMatchObject({
          ok: true,
          pages: pagesAsLines(ENGLISH_PAGES),
        });
      });

      it('never echoes the password in a failure', async () => {
        const result = await extractor.extract(encrypted, { password: 'secret-guess' });
        expect(JSON.stringify(result)).not.toContain('secret-guess');
      });
    },
  );

  it('rejects truncated, non-PDF and empty files as PDF_MALFORMED and keeps working', async () => {
    for (const bytes of [truncated(english), NOT_A_PDF, EMPTY_FILE]) {
      const result = await extractor.extract(bytes);
      expect(result).toMatchObject({ ok: false, code: 'PDF_MALFORMED' });
      expect(result.ok === false && result.message).not.toMatch(/\/|\\|at /); // no path, no stack
    }
    expect(await extractor.extract(english)).toMatchObject({ ok: true, pageCount: 3 });
  });

  it('does not detach or change the caller’s bytes', async () => {
    const copy = english.slice();
    await extractor.extract(english);
    expect(english).toEqual(copy);
  });

  it('rejects with an AbortError when cancelled', async () => {
    await expect(extractor.extract(english, { signal: AbortSignal.abort() })).rejects.toMatchObject(
      { name: 'AbortError' },
    );
  });
});

describe('PDF text extractor limits', () => {
  it('reports PDF_TIMEOUT when a document takes longer than its time limit', async () => {
    const extractor = createPdfTextExtractor({
      workerPath: PDF_TEXT_WORKER,
      execArgv: TSX_EXEC_ARGV,
      size: 1,
      timeoutMs: 5, // shorter than loading pdf.js: a stand-in for a file that hangs the parser
    });
    try {
      expect(await extractor.extract(await englishPdf())).toMatchObject({
        ok: false,
        code: 'PDF_TIMEOUT',
      });
    } finally {
      await extractor.close();
    }
  });

  it('reports PDF_MALFORMED when the worker exceeds its memory limit', async () => {
    const extractor = createPdfTextExtractor({
      workerPath: PDF_TEXT_WORKER,
      execArgv: TSX_EXEC_ARGV,
      size: 1,
      timeoutMs: 20_000,
      maxMemoryMb: 2, // too small even to load pdf.js
    });
    try {
      const result = await extractor.extract(await englishPdf());
      expect(result).toMatchObject({ ok: false, code: 'PDF_MALFORMED' });
      expect(result.ok === false && result.message).toMatch(/exceeded the worker's limits/);
    } finally {
      await extractor.close();
    }
  });
});

describe('extractPdfText memory', () => {
  it('does not grow the heap over many extractions in a row', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const bytes = await cyrillicPdf();
    const heapAfterCollection = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    for (let i = 0; i < 5; i++) await extractPdfText({ bytes }); // warm-up: pdf.js, cmaps, fonts
    const before = heapAfterCollection();
    for (let i = 0; i < 60; i++) {
      const result = await extractPdfText({ bytes });
      expect(result.ok).toBe(true);
    }
    const growthMb = (heapAfterCollection() - before) / 1024 / 1024;
    expect(growthMb).toBeLessThan(15);
  });
});
