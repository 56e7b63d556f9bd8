import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPdfTextExtractor,
  type PdfTextExtractor,
} from '../../../electron/core/workers/pdfText/createPdfTextExtractor';
import type { PdfTextResult } from '../../../electron/core/workers/pdfText/pdfTextTypes';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from './pdfTextWorkerPath';

/**
 * Every file of the shared corpus of real and hostile PDFs (../shared/corpus/MANIFEST.tsv):
 * each one is read or rejected with a typed error within the time limit, never a crash.
 */

const REPO_ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const TIMEOUT_MS = 20_000;

interface CorpusFile {
  file: string;
  category: string;
  pages: number | undefined;
  expectation: string;
  popplerChars: number | undefined;
}

function readManifest(): CorpusFile[] {
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const popplerChars = /(\d+) non-space chars/.exec(cell('poppler_check'))?.[1];
    return {
      file: cell('file'),
      category: cell('category'),
      pages: cell('pages') === '' ? undefined : Number(cell('pages')),
      expectation: cell('expectation'),
      popplerChars: popplerChars === undefined ? undefined : Number(popplerChars),
    };
  });
}

const nonSpaceLength = (pages: string[]) => pages.join('').replace(/\s/g, '').length;

const corpusPresent = fs.existsSync(MANIFEST);
if (!corpusPresent) {
  describe.skip(`PDF corpus: skipped, no manifest at ${MANIFEST} (shared corpus absent)`, () => {
    it('needs ../shared/corpus', () => {});
  });
}

describe.runIf(corpusPresent)('PDF corpus (../shared/corpus)', () => {
  const files = corpusPresent ? readManifest() : [];
  const outcomes = new Map<string, number>();
  let extractor: PdfTextExtractor;

  beforeAll(() => {
    extractor = createPdfTextExtractor({
      workerPath: PDF_TEXT_WORKER,
      execArgv: TSX_EXEC_ARGV,
      size: 2,
      timeoutMs: TIMEOUT_MS,
    });
  });
  afterAll(async () => {
    await extractor.close();
    console.log('PDF corpus outcomes by expectation:', Object.fromEntries(outcomes));
  });

  async function extract(entry: CorpusFile, password?: string): Promise<PdfTextResult> {
    const bytes = fs.readFileSync(path.join(CORPUS, entry.category, entry.file));
    const started = Date.now();
    const result = await extractor.extract(bytes, { password });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2_000);
    expect(result.ok || result.code !== 'PDF_TIMEOUT').toBe(true);
    return result;
  }

  function count(kind: string, result: PdfTextResult): void {
    const key = `${kind} → ${result.ok ? 'ok' : result.code}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }

  // Files run concurrently so the pool's two workers share the load.
  const byKind = (test: (expectation: string) => boolean) =>
    files.filter((entry) => test(entry.expectation));

  it.concurrent.each(byKind((e) => e.startsWith('text-extractable')))(
    'reads $file: its page count and non-trivial text',
    async (entry) => {
      const result = await extract(entry);
      count('text-extractable', result);
      expect(result).toMatchObject({ ok: true, pageCount: entry.pages });
      if (!result.ok) return;
      // At least half of what poppler's pdftotext finds (layouts differ, text must not vanish).
      expect(nonSpaceLength(result.pages)).toBeGreaterThanOrEqual((entry.popplerChars ?? 1) / 2);
    },
  );

  it.concurrent.each(byKind((e) => /^scanned|^partial/.test(e)))(
    'opens the scan $file with its page count',
    async (entry) => {
      const result = await extract(entry);
      count('scanned', result);
      expect(result).toMatchObject({ ok: true, pageCount: entry.pages });
    },
  );

  it.concurrent.each(byKind((e) => /^malformed-should-be-rejected($| \()/.test(e)))(
    'rejects $file as PDF_MALFORMED',
    async (entry) => {
      const result = await extract(entry);
      count('malformed-should-be-rejected', result);
      expect(result).toMatchObject({ ok: false, code: 'PDF_MALFORMED' });
    },
  );

  it.concurrent.each(byKind((e) => /^malformed-should-be-(rejected-or-)?repaired/.test(e)))(
    'reads or cleanly rejects $file',
    async (entry) => {
      const result = await extract(entry);
      count('malformed-rejected-or-repaired', result);
      if (result.ok) {
        expect(result.pages).toHaveLength(result.pageCount);
      } else {
        expect(result.code).toBe('PDF_MALFORMED');
      }
    },
  );

  it.concurrent.each(
    byKind((e) => e.startsWith('encrypted-password=')).map((entry) => ({
      ...entry,
      password: /^encrypted-password=(\S+)/.exec(entry.expectation)?.[1] ?? '',
    })),
  )('asks for the password of $file, then reads it with "$password"', async (entry) => {
    expect(await extract(entry)).toMatchObject({ ok: false, code: 'PDF_ENCRYPTED' });
    const result = await extract(entry, entry.password);
    count('encrypted-password', result);
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a wrong password for the pdfium file encrypted with 1234', async () => {
    const entry = files.find((e) => e.expectation.startsWith('encrypted-password=1234'));
    if (!entry) return;
    expect(await extract(entry, 'tiger')).toMatchObject({ ok: false, code: 'PDF_PASSWORD_WRONG' });
  });

  it.concurrent.each(byKind((e) => e.startsWith('encrypted-no-working-password')))(
    'fails cleanly on $file (corrupt owner key)',
    async (entry) => {
      expect(await extract(entry)).toMatchObject({ ok: false, code: 'PDF_ENCRYPTED' });
      const result = await extract(entry, 'hôtel');
      count('encrypted-no-working-password', result);
      expect(result).toMatchObject({ ok: false });
    },
  );

  it.concurrent.each(byKind((e) => e.startsWith('encrypted-owner-only')))(
    'reads $file, which has only an owner password',
    async (entry) => {
      const result = await extract(entry);
      count('encrypted-owner-only', result);
      expect(result).toMatchObject({ ok: true, pageCount: entry.pages });
    },
  );

  it('covers every file of the manifest', () => {
    const known =
      /^(text-extractable|scanned|partial|malformed-should-be|encrypted-password=|encrypted-no-working|encrypted-owner-only)/;
    expect(files.filter((entry) => !known.test(entry.expectation))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
