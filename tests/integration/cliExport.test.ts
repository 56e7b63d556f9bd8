import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../electron/cli/errors';
import { createCore } from '../../electron/core/createCore';
import type { ImportProgress } from '../../shared/domain/job';
import { createClient } from '../../shared/ipc/client';
import { cyrillicPdf, englishPdf } from '../fixtures/pdfFixtures';
import { CLI_PASSPHRASE, cleanEnv, jsonError, runInProcess } from '../support/cliVault';
import { expectOk } from '../support/coreFixture';
import { runCliProcess } from '../support/runCliProcess';
import { makeTempDir } from '../support/tempDir';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let cleanup: () => void;
let vault: string;
let caseId: string;
/** In the order the export must put them: by document date, the undated one last. */
let byDate: string[];

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir('casefile-cli-export-'));
  vault = path.join(dir, 'casefile.vault');
  const core = createCore({ vaultPath: vault });
  try {
    const api = createClient(core.dispatch);
    expectOk(await api.vault.create({ passphrase: CLI_PASSPHRASE }));
    caseId = expectOk(await api.cases.create({ title: 'Дело Әлиева', number: '2-7511/2026' })).id;
    const files = ['undated.pdf', 'later.pdf', 'earlier.pdf'].map((name) => path.join(dir, name));
    fs.writeFileSync(files[0]!, await englishPdf());
    fs.writeFileSync(files[1]!, await cyrillicPdf());
    fs.writeFileSync(files[2]!, Buffer.concat([await englishPdf(), Buffer.from('\n% copy\n')]));
    let last: ImportProgress | null = null;
    core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
    expectOk(await api.documents.import({ caseId: caseId, paths: files }));
    await core.idle();
    const ids = (last as ImportProgress | null)!.results.map((result) => {
      if (result.outcome !== 'imported') throw new Error('a fixture was not imported');
      return result.documentId;
    });
    expectOk(await api.documents.update({ id: ids[1]!, changes: { docDate: '2024-06-01' } }));
    expectOk(await api.documents.update({ id: ids[2]!, changes: { docDate: '2023-01-15' } }));
    byDate = [ids[2]!, ids[1]!, ids[0]!];
  } finally {
    core.close();
  }
});
afterAll(() => cleanup());

const exportArgs = (out: string, ...extra: string[]) => [
  '--vault',
  vault,
  'export',
  '--case',
  caseId,
  '--out',
  out,
  ...extra,
  '--json',
];

describe('casefile export', () => {
  it('prints exactly {"out","pages","documents","sha256"} for a PDF, sha256 being the file’s', async () => {
    const out = path.join(dir, 'Дело.pdf');
    const run = await runInProcess(exportArgs(out, '--stamp', 'ДЕЛО-7511-', '--lang', 'kk'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['out', 'pages', 'documents', 'sha256']);
    const bytes = fs.readFileSync(out);
    expect(printed).toEqual({
      out,
      pages: (await PDFDocument.load(bytes)).getPageCount(),
      documents: 3,
      sha256: sha256(bytes),
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('writes a ZIP when the file ends in .zip, originals in document-date order', async () => {
    const out = path.join(dir, 'Дело.zip');
    const run = await runInProcess(exportArgs(out));
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { sha256: string; documents: number };
    expect(printed.sha256).toBe(sha256(fs.readFileSync(out)));
    const entries = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      language: string;
      files: { kind: string; document: { documentId: string } | null }[];
    };
    expect(manifest.language).toBe('ru');
    const order = manifest.files
      .filter((file) => file.kind === 'original')
      .map((file) => file.document!.documentId);
    expect(order).toEqual(byDate);
  });

  it('never overwrites: FILE_EXISTS, exit 5, the file untouched', async () => {
    const out = path.join(dir, 'taken.pdf');
    fs.writeFileSync(out, 'mine');
    const run = await runInProcess(exportArgs(out));
    expect(run.code).toBe(EXIT_CODES.FILE_EXISTS);
    expect(jsonError(run).code).toBe('FILE_EXISTS');
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });

  it('refuses an output that is neither .pdf nor .zip, and an unknown language', async () => {
    const wrongType = await runInProcess(exportArgs(path.join(dir, 'x.docx')));
    expect(wrongType.code).toBe(EXIT_CODES.USAGE);
    const wrongLanguage = await runInProcess(exportArgs(path.join(dir, 'y.pdf'), '--lang', 'de'));
    expect(jsonError(wrongLanguage).code).toBe('VALIDATION');
    expect(fs.existsSync(path.join(dir, 'y.pdf'))).toBe(false);
  });

  it('runs as the real command (worker and all) and the ZIP verifies', async () => {
    const out = path.join(dir, 'process.zip');
    const run = await runCliProcess(exportArgs(out), cleanEnv());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ out, documents: 3 });
    const verified = await runCliProcess(['verify-export', out, '--json'], cleanEnv());
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toEqual({ ok: true, checked: 5, problems: [] });
  }, 60_000);
});

describe('casefile verify-export', () => {
  it('prints the report and exits 7 (VERIFY_FAILED) when a file was altered', async () => {
    const out = path.join(dir, 'to-alter.zip');
    expect((await runInProcess(exportArgs(out))).code).toBe(0);
    const ok = await runInProcess(['verify-export', out, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, problems: [] });

    const entries = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const name = Object.keys(entries).find((entry) => entry.startsWith('originals/002-'))!;
    const before = entries[name]!;
    const altered = new Uint8Array(before);
    altered[100]! ^= 0xff;
    entries[name] = altered;
    const tampered = path.join(dir, 'tampered.zip');
    fs.writeFileSync(tampered, zipSync(entries));
    const run = await runInProcess(['verify-export', tampered, '--json']);
    expect(run.code).toBe(EXIT_CODES.VERIFY_FAILED);
    expect(run.code).toBe(7);
    const report = JSON.parse(run.stdout) as { ok: boolean; problems: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { kind: 'mismatch', file: name, expected: sha256(before), actual: sha256(altered) },
    ]);
    expect(jsonError(run).code).toBe('VERIFY_FAILED');
  });

  it('exits with UNSUPPORTED_TYPE for a file that is not a ZIP', async () => {
    const file = path.join(dir, 'note.txt');
    fs.writeFileSync(file, 'not a zip at all, just some words');
    const run = await runInProcess(['verify-export', file, '--json']);
    expect(run.code).toBe(EXIT_CODES.UNSUPPORTED_TYPE);
    expect(jsonError(run).code).toBe('UNSUPPORTED_TYPE');
  });
});
