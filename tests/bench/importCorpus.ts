// `npm run bench -- import`: imports every PDF of ../shared/corpus/{court,misc} into a fresh
// encrypted vault through the real core (worker pool, pdf.js, SQLCipher), and in the same run
// times poppler's `pdftotext` over the same files, sequentially and with the pool's parallelism.
// The parallel pdftotext run is the baseline (Casefile's pool uses every core).
// Last line: {"bench":"import","pages":N,"casefile_pages_per_s":X,"pdftotext_pages_per_s":Y,
//             "ratio":X/Y,"peak_rss_mb":M, ...extra fields}
// Peak RSS is this process's (main + worker threads); pdftotext children are not counted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/createCore';
import { closeVault, openVault } from '../../electron/core/vault/openVault';
import { MIGRATIONS } from '../../electron/core/vault/migrations';
import { createPdfTextExtractor } from '../../electron/core/workers/pdfText/createPdfTextExtractor';
import type { ImportProgress } from '../../shared/domain/job';
import type { Result } from '../../shared/errors';
import { createClient } from '../../shared/ipc/client';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS_DIRS = ['court', 'misc'].map((name) => path.resolve(ROOT, '../shared/corpus', name));
const PDF_WORKER = path.join(ROOT, 'electron/core/workers/pdfText/pdfTextWorker.ts');
const TSX_EXEC_ARGV = ['--require', 'tsx/cjs'];
const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';
const PASSPHRASE = 'benchmark passphrase 2026';
/** Same default as WorkerPool. */
const PARALLELISM = os.availableParallelism();

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const seconds = (since: number) => (performance.now() - since) / 1000;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function listPdfs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Runs `task` over `items` with at most `limit` in flight; results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Pages pdftotext wrote (one form feed after each page); 0 when it failed on the file. */
function pdftotextPages(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(PDFTOTEXT, ['-q', '-enc', 'UTF-8', file, '-'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let pages = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0c) pages += 1;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? pages : 0));
  });
}

async function timePdftotext(files: string[], parallelism: number) {
  const started = performance.now();
  const pages = (await mapLimit(files, parallelism, pdftotextPages)).reduce((a, b) => a + b, 0);
  const elapsed = seconds(started);
  return { pages, seconds: elapsed, pagesPerSecond: pages / elapsed };
}

async function importThroughCore(files: string[], dir: string) {
  const vaultPath = path.join(dir, 'vault', 'casefile.vault');
  const core = createCore({
    vaultPath,
    pdfWorker: { path: PDF_WORKER, execArgv: TSX_EXEC_ARGV },
  });
  const api = createClient(core.dispatch);
  try {
    let started = performance.now();
    unwrap(await api.vault.create({ passphrase: PASSPHRASE }));
    const createVaultSeconds = seconds(started);
    const caseId = unwrap(await api.cases.create({ title: 'Benchmark: court corpus' })).id;

    let final: ImportProgress | undefined;
    let last = 0;
    const perFile: { name: string; seconds: number }[] = [];
    core.subscribe('jobs.progress', (payload) => {
      const event = payload as ImportProgress;
      const now = performance.now();
      const done = event.results.at(-1);
      if (event.results.length > perFile.length && done) {
        perFile.push({ name: done.name, seconds: (now - last) / 1000 });
      }
      last = now;
      final = event;
    });
    started = performance.now();
    last = started;
    const cpuBefore = process.cpuUsage();
    unwrap(await api.documents.import({ caseId, paths: files }));
    await core.idle();
    const importSeconds = seconds(started);
    // This process and its worker threads: less sensitive than wall time to a busy machine.
    const cpu = process.cpuUsage(cpuBefore);
    const importCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peakRss = peakRssMb();
    if (!final || final.state !== 'done')
      throw new Error(`Import ended ${final?.state ?? 'silently'}`);

    unwrap(await api.vault.lock());
    const db = openVault(vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
    let pages: number;
    let integrity: unknown;
    try {
      pages = (db.prepare('SELECT count(*) AS n FROM document_pages').get() as { n: number }).n;
      integrity = db.pragma('integrity_check', { simple: true });
    } finally {
      closeVault(db);
    }
    const outcomes: Record<string, number> = {};
    for (const result of final.results) {
      const key = result.outcome === 'rejected' ? `rejected:${result.code}` : result.outcome;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    return {
      pages,
      importSeconds,
      importCpuSeconds,
      createVaultSeconds,
      peakRss,
      outcomes,
      integrity,
      perFile,
    };
  } finally {
    core.close();
  }
}

/** Profiling aid: the same worker pool with every core busy, no vault — pdf.js alone. */
async function timeExtractionOnly(files: string[]) {
  const extractor = createPdfTextExtractor({ workerPath: PDF_WORKER, execArgv: TSX_EXEC_ARGV });
  try {
    const started = performance.now();
    const pages = await mapLimit(files, PARALLELISM, async (file) => {
      const result = await extractor.extract(fs.readFileSync(file));
      return result.ok ? result.pages.length : 0;
    });
    const elapsed = seconds(started);
    return pages.reduce((a, b) => a + b, 0) / elapsed;
  } finally {
    await extractor.close();
  }
}

export async function runImportCorpus(): Promise<void> {
  const missing = CORPUS_DIRS.filter((dir) => !fs.existsSync(dir));
  if (missing.length > 0) {
    const reason = `corpus not found: ${missing.join(', ')}`;
    console.error(`bench import: skipped, ${reason}`);
    console.log(JSON.stringify({ bench: 'import', skipped: reason }));
    return;
  }
  const files = CORPUS_DIRS.flatMap(listPdfs);
  // Warm the page cache so neither side pays for the first read from disk.
  let bytes = 0;
  for (const file of files) bytes += fs.readFileSync(file).length;
  console.error(`bench import: ${files.length} PDFs, ${round(bytes / 2 ** 20, 1)} MB`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-import-'));
  try {
    const casefile = await importThroughCore(files, dir);
    const casefilePerSecond = casefile.pages / casefile.importSeconds;
    const slowest = [...casefile.perFile].sort((a, b) => b.seconds - a.seconds).slice(0, 5);
    console.error(
      `bench import: casefile ${casefile.pages} pages in ${round(casefile.importSeconds)} s ` +
        `(vault create ${round(casefile.createVaultSeconds)} s, integrity ${String(casefile.integrity)}); ` +
        `outcomes ${JSON.stringify(casefile.outcomes)}; slowest ` +
        slowest.map((file) => `${file.name} ${round(file.seconds)} s`).join(', '),
    );

    const hasPdftotext = spawnSync(PDFTOTEXT, ['-v'], { stdio: 'ignore' }).error === undefined;
    let baseline: Awaited<ReturnType<typeof timePdftotext>> | null = null;
    let sequential: Awaited<ReturnType<typeof timePdftotext>> | null = null;
    if (hasPdftotext) {
      sequential = await timePdftotext(files, 1);
      baseline = await timePdftotext(files, PARALLELISM);
    } else {
      console.error(`bench import: ${PDFTOTEXT} not found (apt-get install poppler-utils)`);
    }
    const extractOnly = process.env.BENCH_PROFILE === '0' ? null : await timeExtractionOnly(files);

    console.log(
      JSON.stringify({
        bench: 'import',
        pages: casefile.pages,
        casefile_pages_per_s: round(casefilePerSecond),
        pdftotext_pages_per_s: baseline ? round(baseline.pagesPerSecond) : null,
        ratio: baseline ? round(casefilePerSecond / baseline.pagesPerSecond, 3) : null,
        peak_rss_mb: round(casefile.peakRss, 1),
        ...(baseline ? {} : { pdftotext: 'missing' }),
        files: files.length,
        workers: PARALLELISM,
        casefile_seconds: round(casefile.importSeconds),
        casefile_cpu_seconds: round(casefile.importCpuSeconds),
        vault_create_seconds: round(casefile.createVaultSeconds),
        outcomes: casefile.outcomes,
        integrity: casefile.integrity,
        pdftotext_pages: baseline?.pages ?? null,
        pdftotext_sequential_pages_per_s: sequential ? round(sequential.pagesPerSecond) : null,
        pdfjs_pool_only_pages_per_s: extractOnly === null ? null : round(extractOnly),
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
