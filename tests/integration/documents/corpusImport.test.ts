import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain/job';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

/**
 * Issue 3 "Must show": every PDF of ../shared/corpus goes through `documents.import` with the real
 * PDF worker; each is imported or rejected with a typed code within the time limit, the process
 * survives, and the vault is intact at the end.
 */

const REPO_ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
/** Per file: the worker's own limit plus the time to store the file. */
const PER_FILE_MS = 30_000;

function corpusFiles(): { file: string; path: string }[] {
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return rows
    .map((row) => row.split('\t'))
    .map((cells) => ({
      file: cells[columns.indexOf('file')] ?? '',
      category: cells[columns.indexOf('category')] ?? '',
    }))
    .filter((entry) => entry.file.toLowerCase().endsWith('.pdf'))
    .map((entry) => ({ file: entry.file, path: path.join(CORPUS, entry.category, entry.file) }))
    .filter((entry) => fs.existsSync(entry.path));
}

const corpusPresent = fs.existsSync(MANIFEST);
if (!corpusPresent) {
  describe.skip(`corpus import: skipped, no manifest at ${MANIFEST} (shared corpus absent)`, () => {
    it('needs ../shared/corpus', () => {});
  });
}

describe.runIf(corpusPresent)('corpus import through documents.import (../shared/corpus)', () => {
  const files = corpusPresent ? corpusFiles() : [];
  const outcomes = new Map<string, number>();
  const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  let fixture: CoreFixture;
  let caseId: string;

  beforeAll(async () => {
    fixture = await openCoreFixture({
      pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    });
    caseId = expectOk(await fixture.api.cases.create({ title: 'Corpus' })).id;
  }, 30_000);
  afterAll(() => fixture?.dispose());

  it('finds the corpus PDFs', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((entry) => [entry.file, entry.path] as const))(
    'imports or rejects %s with a typed code in time',
    async (_name, file) => {
      const finals = new Map<string, ImportProgress>();
      const unsubscribe = fixture.core.subscribe('jobs.progress', (payload) => {
        const progress = payload as ImportProgress;
        if (progress.state !== 'running') finals.set(progress.jobId, progress);
      });
      try {
        const started = performance.now();
        const { jobId } = expectOk(await fixture.api.documents.import({ caseId, paths: [file] }));
        await fixture.core.idle();
        const final = finals.get(jobId);
        expect(final?.state).toBe('done');
        expect(performance.now() - started).toBeLessThan(PER_FILE_MS);
        const [result] = final?.results ?? [];
        expect(result).toBeDefined();
        if (result?.outcome === 'rejected') {
          expect(result.code).toMatch(/^[A-Z_]+$/);
          count(`rejected ${result.code}`);
        } else {
          count(result?.outcome ?? 'none');
        }
      } finally {
        unsubscribe();
      }
    },
    PER_FILE_MS + 5_000,
  );

  it('leaves a vault that passes integrity_check and whose every document verifies', async () => {
    const documents = expectOk(await fixture.api.documents.list({ caseId }));
    expect(documents).toHaveLength(outcomes.get('imported') ?? 0);
    for (const document of documents) {
      expect(expectOk(await fixture.api.documents.verify({ id: document.id })).intact).toBe(true);
    }
    const db = new Database(fixture.vaultPath, { readonly: true });
    try {
      applyCipher(db, PASSPHRASE);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    const summary = [...outcomes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}: ${value}`)
      .join(', ');
    console.log(`corpus import (${files.length} PDFs): ${summary}`);
  }, 120_000);
});
