/**
 * Issue 7, must-show "Hostile PDFs", the Node side:
 * - a PDF carrying JavaScript everywhere a PDF can, and one with the CVE-2024-4367 FontMatrix
 *   trick, are imported through the real PDF worker, text-extracted in process and rendered in
 *   process the way OCR renders pages: their payload never runs (no global set, no file written);
 * - every file of ../shared/corpus/malformed goes through ONE import job with the real worker
 *   pool: each is imported or rejected with a file error code, within the worker's time limit,
 *   the pool still reads a good PDF afterwards, and the vault passes integrity_check.
 * (corpusImport.test.ts imports the manifest's PDFs one job each; this walks the malformed
 * folder itself, as one batch, and holds the codes to the typed file errors.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain/job';
import { FILE_ERROR_CODES } from '../../../shared/errors';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { closeVault, openVault } from '../../../electron/core/vault/openVault';
import { DEFAULT_TIMEOUT_MS } from '../../../electron/core/workers/WorkerPool';
import { extractPdfText } from '../../../electron/core/workers/pdfText/extractPdfText';
import { loadPdfJs } from '../../../electron/core/workers/pdfText/loadPdfJs';
import { renderPdfPage } from '../../../electron/core/ocr/render/renderPdfPage';
import { pdfjsRenderOptions } from '../../../electron/core/ocr/render/pdfjsOptions';
import {
  FONT_TRICK_TEXT,
  JS_PDF_TEXT,
  payloadScript,
  pdfWithFontMatrixTrick,
  pdfWithJavaScript,
} from '../../fixtures/hostilePdfs';
import { englishPdf, ENGLISH_PAGES } from '../../fixtures/pdfFixtures';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const MALFORMED = path.resolve(REPO_ROOT, '../shared/corpus/malformed');

/** Imports `paths` as one job and returns its final progress event. */
async function importAll(fixture: CoreFixture, caseId: string, paths: string[]) {
  let final: ImportProgress | undefined;
  const unsubscribe = fixture.core.subscribe('jobs.progress', (payload) => {
    const progress = payload as ImportProgress;
    if (progress.state !== 'running') final = progress;
  });
  try {
    expectOk(await fixture.api.documents.import({ caseId, paths }));
    await fixture.core.idle();
  } finally {
    unsubscribe();
  }
  if (!final) throw new Error('the import job never finished');
  return final;
}

function integrityOf(vaultPath: string): unknown {
  const db = openVault(vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    closeVault(db);
  }
}

describe('PDFs that carry code run nothing in Node', () => {
  let fixture: CoreFixture;
  let caseId: string;
  let marker: string;
  let files: { js: string; font: string };
  let bytes: { js: Uint8Array; font: Uint8Array };

  beforeAll(async () => {
    fixture = await openCoreFixture({
      pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    });
    caseId = expectOk(await fixture.api.cases.create({ title: 'Враждебные PDF' })).id;
    marker = path.join(fixture.dir, 'payload-ran.txt');
    bytes = { js: await pdfWithJavaScript(marker), font: await pdfWithFontMatrixTrick(marker) };
    files = {
      js: path.join(fixture.dir, 'motion-js.pdf'),
      font: path.join(fixture.dir, 'font.pdf'),
    };
    fs.writeFileSync(files.js, bytes.js);
    fs.writeFileSync(files.font, bytes.font);
  });
  afterAll(() => fixture.dispose());

  it('the JavaScript fixture really carries its script where pdf.js finds it', async () => {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes.js), verbosity: 0 });
    try {
      const doc = await task.promise;
      const documentScripts = JSON.stringify(await doc.getJSActions());
      const page = await doc.getPage(1);
      const pageScripts = JSON.stringify(await page.getJSActions());
      const annotations = JSON.stringify(await page.getAnnotations());
      const script = payloadScript(marker);
      for (const found of [documentScripts, pageScripts, annotations])
        expect(found).toContain(JSON.stringify(script).slice(1, 40));
    } finally {
      await task.destroy();
    }
  });

  it('imports both through the PDF worker with their text, and no payload ran', async () => {
    const final = await importAll(fixture, caseId, [files.js, files.font]);
    expect(final.state).toBe('done');
    expect(final.results.map((result) => result.outcome)).toEqual(['imported', 'imported']);
    for (const [query, expected] of [
      ['JavaScript motion', 1],
      ['FontMatrix trick', 1],
    ] as const) {
      const found = expectOk(await fixture.api.search.query({ query, caseId }));
      expect(found.documents, query).toHaveLength(expected);
    }
    expect(fs.existsSync(marker), 'the payload wrote its marker file').toBe(false);
  });

  it('extracts and renders both in this process, and no payload ran', async () => {
    const js = await extractPdfText({ bytes: bytes.js });
    const font = await extractPdfText({ bytes: bytes.font });
    expect(js.ok && js.pages[0]).toContain(JS_PDF_TEXT);
    expect(font.ok && font.pages[0]).toContain(FONT_TRICK_TEXT);
    // The OCR path draws glyph outlines (disableFontFace), the code path CVE-2024-4367 abused.
    expect(pdfjsRenderOptions()).toMatchObject({ isEvalSupported: false, enableXfa: false });
    for (const pdf of [bytes.js, bytes.font]) {
      const rendered = await renderPdfPage({ bytes: pdf, pageIndex: 0, dpi: 96 });
      expect(rendered.ok).toBe(true);
    }
    expect(globalThis.__casefilePwned).toBeUndefined();
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('keeps isEvalSupported off and scripting absent in every pdf.js setup of ours', () => {
    const sources = {
      worker: 'electron/core/workers/pdfText/extractPdfText.ts',
      ocr: 'electron/core/ocr/render/pdfjsOptions.ts',
      viewer: 'renderer/src/features/viewer/pdfjs.ts',
    };
    for (const [name, file] of Object.entries(sources)) {
      const source = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      expect(source, name).toMatch(/isEvalSupported:\s*false/);
      expect(source, name).toMatch(/enableXfa:\s*false/);
    }
    const viewerDir = path.join(REPO_ROOT, 'renderer/src/features/viewer');
    for (const file of fs.readdirSync(viewerDir)) {
      const source = fs.readFileSync(path.join(viewerDir, file), 'utf8');
      expect(source, file).not.toMatch(
        /isEvalSupported:\s*true|enableScripting|ScriptingManager|scriptingManager|enableXfa:\s*true/,
      );
    }
  });
});

const corpusPresent = fs.existsSync(MALFORMED);
if (!corpusPresent) {
  describe.skip(`malformed corpus: skipped, ${MALFORMED} is absent (shared corpus not here)`, () => {
    it('needs ../shared/corpus/malformed', () => {});
  });
}

describe.runIf(corpusPresent)('every malformed corpus file, as one import batch', () => {
  let fixture: CoreFixture;
  let caseId: string;
  const files = corpusPresent
    ? fs
        .readdirSync(MALFORMED)
        .filter((name) => fs.statSync(path.join(MALFORMED, name)).isFile())
        .sort()
        .map((name) => path.join(MALFORMED, name))
    : [];

  beforeAll(async () => {
    fixture = await openCoreFixture({
      pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    });
    caseId = expectOk(await fixture.api.cases.create({ title: 'Malformed corpus' })).id;
  });
  afterAll(() => fixture.dispose());

  it(
    'imports or rejects each with a file error code, in time, and the vault stays intact',
    async () => {
      expect(files.length).toBeGreaterThan(0);
      const started = performance.now();
      const final = await importAll(fixture, caseId, files);
      const seconds = (performance.now() - started) / 1000;

      expect(final.state).toBe('done');
      expect(final.results).toHaveLength(files.length);
      const outcomes = new Map<string, number>();
      for (const result of final.results) {
        const key = result.outcome === 'rejected' ? result.code : result.outcome;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (result.outcome === 'rejected') {
          expect(FILE_ERROR_CODES as readonly string[], result.name).toContain(result.code);
        }
      }
      // Two workers: even if every file hit the time limit the batch would end by then.
      expect(seconds).toBeLessThan((files.length * DEFAULT_TIMEOUT_MS) / 1000);

      // The pool survived whatever it met: a good PDF still gets its text.
      const good = path.join(fixture.dir, 'after.pdf');
      fs.writeFileSync(good, await englishPdf());
      const after = await importAll(fixture, caseId, [good]);
      expect(after.results[0]).toMatchObject({
        outcome: 'imported',
        pageCount: ENGLISH_PAGES.length,
      });

      const imported = expectOk(await fixture.api.documents.list({ caseId }));
      for (const document of imported) {
        expect(expectOk(await fixture.api.documents.verify({ id: document.id })).intact).toBe(true);
      }
      fixture.core.close();
      expect(integrityOf(fixture.vaultPath)).toBe('ok');
      const summary = [...outcomes].map(([key, count]) => `${key}: ${count}`).join(', ');
      console.info(
        `casefile malformed corpus: ${files.length} files in ${seconds.toFixed(1)} s (${summary})`,
      );
    },
    files.length * DEFAULT_TIMEOUT_MS + 60_000,
  );
});
