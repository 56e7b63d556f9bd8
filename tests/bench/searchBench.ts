// `npm run bench -- search [--pages N]`: builds an encrypted vault of N pages (default 100,000) of
// shuffled case-file text, times a fixed set of queries of each kind through
// core.dispatch('search.query') in-process, and in the same run indexes the same pages with
// recollindex and times the same queries through python3-recoll (searchRecoll.ts).
// Last line: {"bench":"search","pages":N,"p50_ms":A,"p95_ms":B,"recoll_p95_ms":C,"ratio_p95":B/C,
//             "index_mb":D,"recoll_index_mb":E,"index_pages_per_s":F, ...extra fields}
// Pages go into the vault with the import's own indexing code (indexDocument) in big
// transactions, not through PDF parsing, which would take hours at this size; documents have no
// stored original (no chunks), which search never reads.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { systemClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/createCore';
import { indexDocument } from '../../electron/core/search/index/indexRows';
import { MIGRATIONS } from '../../electron/core/vault/migrations';
import { closeVault, openVault } from '../../electron/core/vault/openVault';
import type { Result } from '../../shared/errors';
import type { SearchResult } from '../../shared/domain/search';
import { createClient } from '../../shared/ipc/client';
import {
  buildQueries,
  corpusParagraphs,
  generateDocuments,
  QUERY_KINDS,
  type BenchDocument,
  type BenchQuery,
} from './searchCorpus';
import {
  indexWithRecoll,
  recollMissing,
  timeRecollQueries,
  writeDocumentFiles,
} from './searchRecoll';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus');
const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';
const PASSPHRASE = 'benchmark passphrase 2026';
const DEFAULT_PAGES = 100_000;
const CASES = 20;
/** Pages per write transaction while building the vault. */
const BATCH_PAGES = 5_000;
/** What the search screen asks for (renderer useSearch). */
const LIMIT = 100;
/** Each query is timed this many times after one untimed run; its latency is their median. */
const REPETITIONS = 3;
/** Pages kept in memory to draw the queries from. */
const SAMPLE_PAGES = 3_000;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const median = (values: readonly number[]) => percentile(values, 50);

function pagesOption(args: readonly string[]): number {
  const at = args.indexOf('--pages');
  if (at === -1) return Number(process.env.BENCH_SEARCH_PAGES ?? DEFAULT_PAGES);
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error('bench search: --pages N');
  return value;
}

function insertDocument(db: Database.Database, caseId: string, document: BenchDocument): string {
  const id = systemClock.newId();
  const now = systemClock.nowIso();
  db.prepare(
    `INSERT INTO documents (id, case_id, title, doc_type, doc_date, language, original_name,
       media_type, size, sha256, page_count, pages_with_text, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'application/pdf', 1, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    caseId,
    document.title,
    document.docType,
    document.docDate,
    document.language,
    `${document.title}.pdf`,
    createHash('sha256').update(id).digest('hex'),
    document.pages.length,
    document.pages.length,
    now,
    now,
  );
  const insertPage = db.prepare(
    'INSERT INTO document_pages (document_id, page_no, text) VALUES (?, ?, ?)',
  );
  document.pages.forEach((text, index) => insertPage.run(id, index + 1, text));
  indexDocument(db, id, { pages: true });
  return id;
}

/** Size of the search tables (search_rows, both FTS5 indexes and their shadow tables). */
function searchIndexBytes(db: Database.Database): number {
  return db
    .prepare("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'")
    .pluck()
    .get() as number;
}

interface Built {
  pages: number;
  documents: number;
  indexSeconds: number;
  indexBytes: number;
  sample: string[];
}

/** Fills the vault (and the recoll text dir, when given) with `pageCount` generated pages. */
function buildVault(
  vaultPath: string,
  caseIds: readonly string[],
  pageCount: number,
  corpus: readonly string[],
  textDir: string | null,
): Built {
  const db = openVault(vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
  try {
    const sampleEvery = Math.max(1, Math.floor(pageCount / SAMPLE_PAGES));
    const sample: string[] = [];
    let batch: BenchDocument[] = [];
    let batchPages = 0;
    let pages = 0;
    let documents = 0;
    let indexSeconds = 0;
    const flush = () => {
      const started = performance.now();
      db.transaction(() => {
        for (const document of batch)
          insertDocument(db, caseIds[documents++ % caseIds.length]!, document);
      })();
      indexSeconds += (performance.now() - started) / 1000;
      batch = [];
      batchPages = 0;
    };
    let serial = 0;
    for (const document of generateDocuments(pageCount, corpus)) {
      for (const text of document.pages) if (pages++ % sampleEvery === 0) sample.push(text);
      if (textDir !== null) writeDocumentFiles(textDir, ++serial, document);
      batch.push(document);
      batchPages += document.pages.length;
      if (batchPages >= BATCH_PAGES) {
        flush();
        console.error(`bench search: ${pages} pages in the vault`);
      }
    }
    if (batch.length > 0) flush();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { pages, documents, indexSeconds, indexBytes: searchIndexBytes(db), sample };
  } finally {
    closeVault(db);
  }
}

interface KindStats {
  p50: number;
  p95: number;
}

function stats(queries: readonly BenchQuery[], latencies: readonly number[][]) {
  const perQuery = latencies.map(median);
  const byKind: Record<string, KindStats> = {};
  for (const kind of QUERY_KINDS) {
    const values = perQuery.filter((_, i) => queries[i]!.kind === kind);
    byKind[kind] = { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) };
  }
  return { p50: percentile(perQuery, 50), p95: percentile(perQuery, 95), byKind, perQuery };
}

export async function runSearchBench(args: readonly string[] = []): Promise<void> {
  if (!fs.existsSync(CORPUS_DIR)) {
    const reason = `corpus not found: ${CORPUS_DIR}`;
    console.error(`bench search: skipped, ${reason}`);
    console.log(JSON.stringify({ bench: 'search', skipped: reason }));
    return;
  }
  const pageCount = pagesOption(args);
  const corpus = corpusParagraphs(CORPUS_DIR, PDFTOTEXT);
  if (corpus.length === 0)
    console.error(`bench search: no corpus text (${PDFTOTEXT} missing?), fixtures only`);
  const missing = recollMissing();
  if (missing) console.error(`bench search: recoll side skipped, ${missing}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-search-'));
  const vaultPath = path.join(dir, 'vault', 'casefile.vault');
  const textDir = missing ? null : path.join(dir, 'text');
  const core = createCore({ vaultPath });
  const api = createClient(core.dispatch);
  try {
    unwrap(await api.vault.create({ passphrase: PASSPHRASE }));
    const caseIds: string[] = [];
    for (let i = 0; i < CASES; i += 1)
      caseIds.push(unwrap(await api.cases.create({ title: `Дело № ${i + 1}` })).id);
    unwrap(await api.vault.lock());
    const built = buildVault(vaultPath, caseIds, pageCount, corpus, textDir);
    console.error(
      `bench search: ${built.pages} pages, ${built.documents} documents, ${corpus.length} corpus ` +
        `paragraphs; indexed in ${round(built.indexSeconds)} s`,
    );
    unwrap(await api.vault.unlock({ passphrase: PASSPHRASE }));

    const queries = buildQueries(built.sample);
    const search = async (query: string) =>
      unwrap(await core.dispatch('search.query', { query, limit: LIMIT })) as SearchResult;
    const hits: number[] = [];
    for (const query of queries) hits.push((await search(query.casefile)).documents.length);
    const latencies: number[][] = [];
    for (const query of queries) {
      const samples: number[] = [];
      for (let r = 0; r < REPETITIONS; r += 1) {
        const started = performance.now();
        await search(query.casefile);
        samples.push(performance.now() - started);
      }
      latencies.push(samples);
    }
    const casefile = stats(queries, latencies);
    const slowest = casefile.perQuery
      .map((ms, i) => ({ ms, query: queries[i]!.casefile }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    console.error(
      `bench search: casefile ${JSON.stringify(casefile.byKind)}; slowest ` +
        slowest.map((s) => `${s.query} ${round(s.ms)} ms`).join(', '),
    );

    let recoll: (ReturnType<typeof stats> & { indexBytes: number; indexSeconds: number }) | null =
      null;
    let recollHits: number[] = [];
    if (textDir !== null) {
      const index = indexWithRecoll(textDir, dir);
      console.error(`bench search: recollindex ${round(index.seconds)} s, ${mb(index.bytes)} MB`);
      const timed = timeRecollQueries(index, queries, REPETITIONS, LIMIT);
      recollHits = timed.hits;
      recoll = {
        ...stats(queries, timed.latencies),
        indexBytes: index.bytes,
        indexSeconds: index.seconds,
      };
      console.error(`bench search: recoll ${JSON.stringify(recoll.byKind)}`);
    }
    const noHits = (counts: number[]) => counts.filter((n) => n === 0).length;

    console.log(
      JSON.stringify({
        bench: 'search',
        pages: built.pages,
        p50_ms: round(casefile.p50),
        p95_ms: round(casefile.p95),
        recoll_p95_ms: recoll ? round(recoll.p95) : null,
        ratio_p95: recoll ? round(casefile.p95 / recoll.p95, 3) : null,
        index_mb: mb(built.indexBytes),
        recoll_index_mb: recoll ? mb(recoll.indexBytes) : null,
        index_pages_per_s: round(built.pages / built.indexSeconds),
        ...(recoll ? {} : { recoll: missing }),
        documents: built.documents,
        queries: queries.length,
        limit: LIMIT,
        recoll_p50_ms: recoll ? round(recoll.p50) : null,
        recoll_index_pages_per_s: recoll ? round(built.pages / recoll.indexSeconds) : null,
        by_kind: casefile.byKind,
        recoll_by_kind: recoll?.byKind ?? null,
        queries_without_hits: noHits(hits),
        recoll_queries_without_hits: recoll ? noHits(recollHits) : null,
      }),
    );
  } finally {
    core.close();
    // BENCH_KEEP=1 leaves the vault (passphrase above) for profiling queries against it.
    if (process.env.BENCH_KEEP === '1') console.error(`bench search: kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
