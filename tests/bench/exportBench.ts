// `npm run bench -- export`: builds a dossier bundle of about 1,000 pages from ../shared/corpus
// (the readable PDFs of MANIFEST.tsv, encrypted and malformed ones left out) and generated
// fixtures, through Casefile's buildBundleInWorker (cover, inventory, stamps, outline), and in the
// same run merges the same files with `qpdf --empty --pages … --` (no cover, no stamps).
// Last line: {"bench":"export","pages":N,"casefile_s":A,"qpdf_s":B,"ratio":B/A,"peak_rss_mb":M}
// N is the bundle's pages (cover and inventory included). The worker runs as the app runs it:
// bundled into one JavaScript file (esbuild here, electron-vite in the app), not through tsx,
// whose start-up compile of the TypeScript sources would be timed otherwise. Peak RSS is this process's maxRSS
// (main thread + the bundle worker thread) read right after the build, which runs first; qpdf is
// a child process and not counted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { buildBundleInWorker } from '../../electron/core/dossier/bundle/buildBundleInWorker';
import type { BundleDocument } from '../../electron/core/dossier/bundle/bundleTypes';
import { cyrillicPdf, englishPdf } from '../fixtures/pdfFixtures';
import { longPdf } from '../fixtures/viewerFixtures';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const QPDF = process.env.QPDF ?? 'qpdf';
const TARGET_PAGES = 1000;
const WORKER_SOURCE = path.join(ROOT, 'electron/core/dossier/bundle/bundleWorker.ts');
/** Categories of whole, unencrypted PDFs; the others are hostile on purpose. */
const CATEGORIES = ['court', 'cyrillic', 'misc'];

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const seconds = (since: number) => (performance.now() - since) / 1000;

interface Source {
  file: string;
  pages: number;
}

function corpusFiles(): Source[] {
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return rows
    .map((row) => {
      const cells = row.split('\t');
      const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
      return {
        category: cell('category'),
        file: path.join(CORPUS, cell('category'), cell('file')),
        pages: Number(cell('pages')),
        expectation: cell('expectation'),
      };
    })
    .filter(
      (entry) =>
        CATEGORIES.includes(entry.category) &&
        !/encrypt|malformed/i.test(entry.expectation) &&
        Number.isInteger(entry.pages) &&
        entry.pages > 0 &&
        fs.existsSync(entry.file),
    )
    .map(({ file, pages }) => ({ file, pages }));
}

/** The fixtures the tests use, written beside the qpdf output. */
async function fixtureFiles(dir: string): Promise<Source[]> {
  const fixtures: [string, Uint8Array, number][] = [
    ['english.pdf', await englishPdf(), 3],
    ['cyrillic.pdf', await cyrillicPdf(), 2],
    ['long.pdf', await longPdf(100), 100],
  ];
  return fixtures.map(([name, bytes, pages]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return { file, pages };
  });
}

/** Fixtures first, then the corpus, files repeated in turn until the pages reach the target. */
function pickFiles(fixtures: Source[], corpus: Source[]): Source[] {
  const picked: Source[] = [];
  let pages = 0;
  const pool = [...fixtures, ...corpus];
  for (let index = 0; pages < TARGET_PAGES; index += 1) {
    const source = pool[index % pool.length]!;
    picked.push(source);
    pages += source.pages;
  }
  return picked;
}

export async function runExportBench(): Promise<void> {
  const skip = (reason: string) => {
    console.error(`bench export: skipped, ${reason}`);
    console.log(JSON.stringify({ bench: 'export', skipped: reason }));
  };
  if (!fs.existsSync(MANIFEST)) return skip(`${MANIFEST} not found (../shared is absent)`);
  if (spawnSync(QPDF, ['--version'], { stdio: 'ignore' }).status !== 0) {
    return skip('qpdf is not installed');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-export-'));
  try {
    const files = pickFiles(await fixtureFiles(dir), corpusFiles());
    const documents: BundleDocument[] = files.map((source, index) => ({
      documentId: String(index),
      title: `${index + 1}. ${path.basename(source.file, '.pdf')}`,
      docType: 'other',
      docDate: null,
      mediaType: 'application/pdf',
      password: null,
      annotations: [],
    }));

    const workerPath = path.join(dir, 'bundleWorker.js');
    await build({
      entryPoints: [WORKER_SOURCE],
      outfile: workerPath,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Only loaded for an encrypted original (none here); ESM, as in the app.
      external: ['pdfjs-dist'],
      logLevel: 'error',
    });
    const phases: { firstDocument?: number; documentsCopied?: number } = {};
    const started = performance.now();
    const output = await buildBundleInWorker(
      {
        language: 'ru',
        generatedAt: new Date().toISOString(),
        appVersion: 'bench',
        case: {
          title: 'Бенчмарк: дело № 7511',
          number: '7511',
          court: 'Суд',
          judge: null,
          parties: [],
        },
        preparedBy: null,
        include: {
          cover: true,
          inventory: true,
          chronology: false,
          notes: false,
          annotations: false,
        },
        stamp: { prefix: 'ДЕЛО-7511-', start: 1, digits: 4, position: 'bottom-right', fontSize: 9 },
        sections: [{ title: 'Корпус', documents }],
        chronology: [],
        notes: [],
      },
      (id) => new Uint8Array(fs.readFileSync(files[Number(id)]!.file)),
      {
        signal: new AbortController().signal,
        workerPath,
        onProgress: (completed) => {
          if (completed === 0) phases.firstDocument ??= seconds(started);
          if (completed === documents.length) phases.documentsCopied = seconds(started);
        },
      },
    );
    const casefileSeconds = seconds(started);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    fs.writeFileSync(path.join(dir, 'casefile.pdf'), output.bytes);

    // qpdf merges exactly what Casefile put in the bundle (a file pdf-lib left out is left out).
    const excluded = new Set(output.excluded.map((entry) => Number(entry.documentId)));
    const merged = files.filter((_, index) => !excluded.has(index)).map((source) => source.file);
    const qpdfOut = path.join(dir, 'qpdf.pdf');
    const qpdfStarted = performance.now();
    const qpdf = spawnSync(QPDF, ['--empty', '--pages', ...merged, '--', qpdfOut], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const qpdfSeconds = seconds(qpdfStarted);
    // Exit code 3: qpdf repaired something and warned; the output is still written.
    if (qpdf.status !== 0 && qpdf.status !== 3) {
      throw new Error(`qpdf failed (${qpdf.status}): ${qpdf.stderr.toString().slice(0, 500)}`);
    }
    const qpdfPages = Number(
      spawnSync(QPDF, ['--show-npages', qpdfOut], { encoding: 'utf8' }).stdout.trim(),
    );
    console.error(
      `bench export: ${files.length} files (${merged.length} merged, ${excluded.size} left out by ` +
        `Casefile), casefile ${output.pages} pages / ${round(output.bytes.length / 2 ** 20)} MB, ` +
        `qpdf ${qpdfPages} pages / ${round(fs.statSync(qpdfOut).size / 2 ** 20)} MB; casefile ` +
        `worker up at ${round(phases.firstDocument ?? 0)} s, documents copied at ` +
        `${round(phases.documentsCopied ?? 0)} s`,
    );
    console.log(
      JSON.stringify({
        bench: 'export',
        pages: output.pages,
        casefile_s: round(casefileSeconds),
        qpdf_s: round(qpdfSeconds),
        ratio: round(qpdfSeconds / casefileSeconds, 3),
        peak_rss_mb: round(peakRssMb, 1),
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
