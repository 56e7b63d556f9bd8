// `npm run bench -- ocr [--generated N] [--workers N] [--corpus-pages N] [--debian-models no]`
//
// Casefile's OCR against the Debian `tesseract` command line, on the same page images:
// - pages: generated scans (ocrBenchScans.ts; Russian, Kazakh and English prose, ground truth =
//   the text drawn) and every page of the scanned entries of ../shared/corpus/MANIFEST.tsv
//   (`scanned-needs-OCR`, `partial`). The corpus has no source text for them, so they count for
//   speed only; CER is over the generated pages.
// - Casefile: each page rendered at 300 dpi by its OCR renderer pool (the worker bundled with
//   esbuild, as electron-vite bundles it in the app) and recognised by its engine pool
//   (tesseract.js WASM, createOcrEngine), languages rus+kaz+eng, all pages handed to the pools at
//   once; the time is the wall clock from the first render to the last text, worker start-up and
//   rendering included.
// - CLI: the same PNGs through `tesseract IMG - -l rus+kaz+eng --oem 1`, with the same
//   parallelism as Casefile's engine pool (N processes at a time, OMP_THREAD_LIMIT=1, so each is
//   single-threaded like a WASM worker), and with the same models: our resources/tessdata
//   gunzipped into a temporary --tessdata-dir. Its time starts at the PNGs (it renders nothing).
//   Informative only: the CLI with Debian's own models (tessdata_fast) on the generated pages.
// CER = Levenshtein(recognised, truth) / len(truth), summed over pages; NFC, whitespace collapsed.
// Last line: {"bench":"ocr","pages":N,"cer":A,"tesseract_cli_cer":B,"cer_ratio":A/B,
//             "pages_per_s":C,"tesseract_cli_pages_per_s":D,"speed_ratio":C/D}
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createOcrEngine } from '../../electron/core/ocr/engine/createOcrEngine';
import { resolveTessdataDir } from '../../electron/core/ocr/engine/tessdata';
import { createOcrRenderer } from '../../electron/core/ocr/render';
import type { OcrLang } from '../../shared/domain/ocr';
import { pageErrors } from './ocrCer';
import { generatedScans } from './ocrBenchScans';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const WORKER_SOURCE = path.join(ROOT, 'electron/core/ocr/render/ocrRenderWorker.ts');
const TESSERACT = process.env.TESSERACT ?? 'tesseract';
const LANGS: OcrLang[] = ['rus', 'kaz', 'eng'];
const DPI = 300;
const run = promisify(execFile);

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

interface BenchPage {
  name: string;
  /** ru/kk/en for generated pages; the corpus's language column otherwise. */
  language: string;
  pdf: Uint8Array;
  pageIndex: number;
  truth: string | null;
}

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

/** Every page of the corpus's scanned PDFs (MANIFEST.tsv), with no ground truth. */
function corpusPages(limit: number): BenchPage[] {
  if (!fs.existsSync(MANIFEST)) {
    console.error(`ocr bench: ${MANIFEST} not found; generated scans only.`);
    return [];
  }
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  const pages: BenchPage[] = [];
  for (const row of rows) {
    const cells = row.split('\t');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    if (!/^(scanned-needs-OCR|partial)/u.test(cell('expectation'))) continue;
    const file = path.join(CORPUS, cell('category'), cell('file'));
    if (!fs.existsSync(file)) continue;
    const pdf = new Uint8Array(fs.readFileSync(file));
    for (let pageIndex = 0; pageIndex < Number(cell('pages')); pageIndex += 1) {
      pages.push({
        name: `${cell('file')}#${pageIndex + 1}`,
        language: cell('language'),
        pdf,
        pageIndex,
        truth: null,
      });
    }
  }
  return pages.slice(0, limit);
}

/** Runs `task` over `items` with at most `parallel` at a time; results in input order. */
async function mapParallel<Item, Result>(
  items: readonly Item[],
  parallel: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(parallel, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

async function bundleRenderWorker(dir: string): Promise<string> {
  const workerPath = path.join(dir, 'ocrRenderWorker.js');
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Dependencies, loaded from node_modules as in the app (pdf.js is ESM, the canvas native).
    external: ['pdfjs-dist', '@napi-rs/canvas'],
    logLevel: 'error',
  });
  return workerPath;
}

/** Our trained data, gunzipped for the CLI: both engines then read the very same models. */
function gunzippedTessdata(tessdataDir: string, dir: string): string {
  const out = path.join(dir, 'tessdata');
  fs.mkdirSync(out);
  for (const lang of LANGS) {
    const gz = fs.readFileSync(path.join(tessdataDir, `${lang}.traineddata.gz`));
    fs.writeFileSync(path.join(out, `${lang}.traineddata`), gunzipSync(gz));
  }
  return out;
}

async function tesseractCli(png: string, tessdataDir: string | null): Promise<string> {
  const args = [png, '-', '-l', LANGS.join('+'), '--oem', '1'];
  if (tessdataDir) args.push('--tessdata-dir', tessdataDir);
  const { stdout } = await run(TESSERACT, args, {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

function cer(pages: readonly BenchPage[], texts: readonly string[]): number {
  let edits = 0;
  let chars = 0;
  pages.forEach((page, index) => {
    if (page.truth === null) return;
    const errors = pageErrors(texts[index] ?? '', page.truth);
    edits += errors.edits;
    chars += errors.chars;
  });
  return chars === 0 ? Number.NaN : edits / chars;
}

export async function runOcrBench(args: readonly string[]): Promise<void> {
  const generatedCount = Number(option(args, 'generated', '6'));
  const workers = Number(option(args, 'workers', String(Math.min(2, os.availableParallelism()))));
  const corpusLimit = Number(option(args, 'corpus-pages', '1000'));
  const debianModels = option(args, 'debian-models', 'yes') !== 'no';
  const tessdataDir = resolveTessdataDir(path.join(ROOT, 'electron'));
  if (!tessdataDir) throw new Error('resources/tessdata is missing.');
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  // Inside the project, so the bundled worker finds node_modules.
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'ocr-bench-'));
  try {
    const renderer = createOcrRenderer({
      workerPath: await bundleRenderWorker(dir),
      execArgv: [],
      size: workers,
    });
    const engine = createOcrEngine({ tessdataDir, size: workers });
    try {
      const scans = await generatedScans(generatedCount, renderer);
      const pages: BenchPage[] = [
        ...scans.map((scan) => ({ ...scan, pageIndex: 0 })),
        ...corpusPages(corpusLimit),
      ];
      console.error(
        `ocr bench: ${pages.length} pages (${scans.length} generated with ground truth), ${workers} workers each side`,
      );

      const pngs: string[] = [];
      const started = performance.now();
      const recognised = await Promise.all(
        pages.map(async (page, index) => {
          const image = await renderer.renderPageForOcr(page.pdf, page.pageIndex, { dpi: DPI });
          const file = path.join(dir, `page-${String(index).padStart(3, '0')}.png`);
          pngs[index] = file;
          fs.writeFileSync(file, image.png);
          return engine.recognize(image.png, LANGS);
        }),
      );
      const casefileSeconds = (performance.now() - started) / 1000;
      const casefileTexts = recognised.map((result) => result.text);

      const ourModels = gunzippedTessdata(tessdataDir, dir);
      const cliStarted = performance.now();
      const cliTexts = await mapParallel(pngs, workers, (png) => tesseractCli(png, ourModels));
      const cliSeconds = (performance.now() - cliStarted) / 1000;

      const withTruth = pages.filter((page) => page.truth !== null);
      for (const language of ['ru', 'kk', 'en']) {
        const subset = pages
          .map((page, index) => ({ page, index }))
          .filter(({ page }) => page.truth !== null && page.language === language);
        if (subset.length === 0) continue;
        const ours = cer(
          subset.map(({ page }) => page),
          subset.map(({ index }) => casefileTexts[index]!),
        );
        const theirs = cer(
          subset.map(({ page }) => page),
          subset.map(({ index }) => cliTexts[index]!),
        );
        console.error(
          `ocr bench: ${language}: ${subset.length} pages, CER casefile ${round(ours, 4)}, tesseract CLI ${round(theirs, 4)}`,
        );
      }
      if (debianModels && withTruth.length > 0) {
        const indexes = pages.flatMap((page, index) => (page.truth === null ? [] : [index]));
        const debianTexts = await mapParallel(indexes, workers, (index) =>
          tesseractCli(pngs[index]!, null),
        );
        const debianCer = cer(withTruth, debianTexts);
        console.error(
          `ocr bench: informative: tesseract CLI with Debian's own models (tessdata_fast) on the generated pages: CER ${round(debianCer, 4)}`,
        );
      }

      const casefileCer = cer(pages, casefileTexts);
      const cliCer = cer(pages, cliTexts);
      const pagesPerSecond = pages.length / casefileSeconds;
      const cliPagesPerSecond = pages.length / cliSeconds;
      console.error(
        `ocr bench: casefile ${round(casefileSeconds, 1)} s, CLI ${round(cliSeconds, 1)} s; mean confidence ${round(
          recognised.reduce((sum, result) => sum + result.confidence, 0) / recognised.length,
          1,
        )}`,
      );
      console.log(
        JSON.stringify({
          bench: 'ocr',
          pages: pages.length,
          cer: round(casefileCer, 4),
          tesseract_cli_cer: round(cliCer, 4),
          cer_ratio: round(casefileCer / cliCer, 3),
          pages_per_s: round(pagesPerSecond, 3),
          tesseract_cli_pages_per_s: round(cliPagesPerSecond, 3),
          speed_ratio: round(pagesPerSecond / cliPagesPerSecond, 3),
        }),
      );
    } finally {
      await Promise.all([renderer.close(), engine.close()]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
