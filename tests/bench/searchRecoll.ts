// The baseline of `npm run bench -- search`: the same pages as text files, indexed by recollindex
// (Debian `recoll`, Xapian) and queried in one python3 process through python3-recoll, so neither
// side pays process start-up per query. Config, index and HOME live in the bench's temp dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchDocument, BenchQuery } from './searchCorpus';

export const RECOLLINDEX = process.env.RECOLLINDEX ?? '/usr/bin/recollindex';
/** Debian's interpreter: python3-recoll is installed for it, not for a pyenv or venv python. */
export const RECOLL_PYTHON = process.env.RECOLL_PYTHON ?? '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'recollQueries.py');

/** Why the recoll side cannot run here, or null when it can. */
export function recollMissing(): string | null {
  if (spawnSync(RECOLLINDEX, ['-h'], { stdio: 'ignore' }).error)
    return `${RECOLLINDEX} not found (apt-get install recoll)`;
  const probe = spawnSync(RECOLL_PYTHON, ['-c', 'from recoll import recoll'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0)
    return `python3-recoll not importable by ${RECOLL_PYTHON} (apt-get install python3-recoll)`;
  return null;
}

/**
 * Where each page goes: `<type>/lang-<language>/<n>/p<page>.txt`, so recoll's `dir:` stands in
 * for Casefile's `type:` and `lang:` filters, and the file time carries the document date
 * (recoll's `date:` filters on it).
 */
export function writeDocumentFiles(root: string, serial: number, document: BenchDocument): void {
  const dir = path.join(
    root,
    document.docType,
    `lang-${document.language ?? 'none'}`,
    String(serial),
  );
  fs.mkdirSync(dir, { recursive: true });
  const time = new Date(`${document.docDate}T12:00:00Z`);
  document.pages.forEach((text, index) => {
    const file = path.join(dir, `p${index + 1}.txt`);
    fs.writeFileSync(file, text);
    fs.utimesSync(file, time, time);
  });
}

function environment(home: string, confdir: string): NodeJS.ProcessEnv {
  return { ...process.env, HOME: home, RECOLL_CONFDIR: confdir, LANG: 'C.UTF-8' };
}

/** Indexes `textDir`; returns the wall time and the index size on disk. */
export function indexWithRecoll(textDir: string, workDir: string) {
  const confdir = path.join(workDir, 'recoll-conf');
  const home = path.join(workDir, 'recoll-home');
  fs.mkdirSync(confdir, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  const dbdir = path.join(confdir, 'xapiandb');
  fs.writeFileSync(
    path.join(confdir, 'recoll.conf'),
    [
      `topdirs = ${textDir}`,
      `dbdir = ${dbdir}`,
      `cachedir = ${confdir}`,
      'indexstemminglanguages = russian english',
      'noaspell = 1',
      'loglevel = 1',
      'idxflushmb = 64',
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const run = spawnSync(RECOLLINDEX, ['-c', confdir, '-z'], {
    env: environment(home, confdir),
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`recollindex failed: ${run.stderr.slice(-2000)}`);
  return { confdir, home, seconds, bytes: directoryBytes(dbdir) };
}

function directoryBytes(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Per query, the latency of each repetition in ms, and the hit count recoll reports. */
export function timeRecollQueries(
  index: { confdir: string; home: string },
  queries: readonly BenchQuery[],
  repetitions: number,
  limit: number,
): { latencies: number[][]; hits: number[] } {
  const queriesFile = path.join(index.confdir, 'queries.json');
  fs.writeFileSync(queriesFile, JSON.stringify(queries));
  const run = spawnSync(
    RECOLL_PYTHON,
    [SCRIPT, index.confdir, queriesFile, String(repetitions), String(limit)],
    { env: environment(index.home, index.confdir), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  if (run.status !== 0) throw new Error(`recoll queries failed: ${run.stderr.slice(-2000)}`);
  const result = JSON.parse(run.stdout) as { latencies_ms: number[][]; hits: number[] };
  return { latencies: result.latencies_ms, hits: result.hits };
}
