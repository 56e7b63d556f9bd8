import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptWithQpdf, englishPdf, qpdfAvailable } from '../fixtures/pdfFixtures';
import { createCore, type CoreOptions } from '../../electron/core/createCore';
import { runCli } from '../../electron/cli/program';
import type { ImportProgress } from '../../shared/domain/job';
import { makeTempDir } from '../support/tempDir';
import { REPO, runCliProcess } from '../support/runCliProcess';

const PASSPHRASE = 'Сақтау-2026 orchard lantern';
const PDF_PASSWORD = 'pdf-Құпия 9183';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const runs: Run[] = [];

interface ImportRow {
  file: string;
  status: string;
  documentId?: string;
  pages?: number;
  sha256?: string;
  code?: string;
  message?: string;
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CASEFILE_')) env[key] = value;
  }
  env.CASEFILE_PASSPHRASE = PASSPHRASE;
  Object.assign(env, extraEnv);
  return runCliProcess(args, env).then((run) => {
    runs.push(run);
    return run;
  });
}

// Its shared fixture includes a qpdf-encrypted PDF: without the qpdf CLI the suite is skipped.
describe.skipIf(!qpdfAvailable())('casefile document (CLI; needs the qpdf CLI)', () => {
  let dir: string;
  let cleanup: () => void;
  let vault: string;
  let caseId: string;
  let english: Uint8Array;
  let encrypted: Uint8Array;

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir('casefile-cli-docs-'));
    vault = path.join(dir, 'casefile.vault');
    english = await englishPdf();
    encrypted = encryptWithQpdf(english.slice(), PDF_PASSWORD, 'owner-pw');
    expect((await cli(['--vault', vault, 'init', '--json'])).code).toBe(0);
    const created = await cli(['--vault', vault, 'case', 'create', '--title', 'Дело', '--json']);
    caseId = (JSON.parse(created.stdout) as { id: string }).id;
  }, 60_000);
  afterAll(() => cleanup());

  it('imports a folder: one row per file in order; rejections still exit 0', async () => {
    const folder = path.join(dir, 'incoming');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.pdf'), english);
    fs.writeFileSync(path.join(folder, 'b-copy.pdf'), english);
    fs.writeFileSync(path.join(folder, 'c-sealed.pdf'), encrypted);
    fs.writeFileSync(path.join(folder, 'd-empty.pdf'), '');

    const run = await cli(['--vault', vault, 'import', '--case', caseId, folder, '--json']);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = JSON.parse(run.stdout) as ImportRow[];
    const id = rows[0]?.documentId ?? '';
    expect(id).toMatch(UUID);
    const sha256 = createHash('sha256').update(english).digest('hex');
    expect(rows).toEqual([
      { file: path.join(folder, 'a.pdf'), status: 'imported', documentId: id, pages: 3, sha256 },
      {
        file: path.join(folder, 'b-copy.pdf'),
        status: 'duplicate',
        documentId: id,
        pages: 3,
        sha256,
      },
      {
        file: path.join(folder, 'c-sealed.pdf'),
        status: 'rejected',
        code: 'PDF_ENCRYPTED',
        message: expect.stringMatching(/password/) as unknown,
      },
      {
        file: path.join(folder, 'd-empty.pdf'),
        status: 'rejected',
        code: 'EMPTY_FILE',
        message: expect.stringMatching(/empty/) as unknown,
      },
    ]);
  }, 60_000);

  it('imports an encrypted PDF with --pdf-password (relative path, shown as typed) and never prints it', async () => {
    const relative = path.relative(REPO, path.join(dir, 'incoming', 'c-sealed.pdf'));
    const run = await cli([
      '--vault',
      vault,
      'import',
      '--case',
      caseId,
      '--pdf-password',
      PDF_PASSWORD,
      relative,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as ImportRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file: relative, status: 'imported', pages: 3 });
    expect(rows[0]?.documentId).toMatch(UUID);
    expect(rows[0]?.sha256).toBe(createHash('sha256').update(encrypted).digest('hex'));
  }, 60_000);

  it('takes the PDF password from --pdf-password-file or $CASEFILE_PDF_PASSWORD', async () => {
    const sealed = path.join(dir, 'incoming', 'c-sealed.pdf');
    const passwordFile = path.join(dir, 'pdf-password.txt');
    fs.writeFileSync(passwordFile, `${PDF_PASSWORD}\n`, { mode: 0o600 });
    // Already imported: "duplicate" proves the password opened it (without one it is rejected).
    const fromFile = await cli([
      '--vault',
      vault,
      'import',
      '--case',
      caseId,
      '--pdf-password-file',
      passwordFile,
      sealed,
      '--json',
    ]);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject([{ file: sealed, status: 'duplicate' }]);

    const fromEnv = await cli(['--vault', vault, 'import', '--case', caseId, sealed, '--json'], {
      CASEFILE_PDF_PASSWORD: PDF_PASSWORD,
    });
    expect(fromEnv.code).toBe(0);
    expect(JSON.parse(fromEnv.stdout)).toMatchObject([{ file: sealed, status: 'duplicate' }]);

    const both = await cli([
      '--vault',
      vault,
      'import',
      '--case',
      caseId,
      '--pdf-password',
      PDF_PASSWORD,
      '--pdf-password-file',
      passwordFile,
      sealed,
      '--json',
    ]);
    expect(both.code).toBe(2);
    expect(JSON.parse(both.stderr)).toMatchObject({ error: { code: 'USAGE' } });
  }, 60_000);

  it('keeps `document import` as an alias with the same output', async () => {
    const file = path.join(dir, 'incoming', 'a.pdf');
    const run = await cli([
      '--vault',
      vault,
      'document',
      'import',
      '--case',
      caseId,
      file,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ file, status: 'duplicate' }]);
  }, 60_000);

  it('lists the documents of a case as JSON', async () => {
    const run = await cli(['--vault', vault, 'document', 'list', '--case', caseId, '--json']);
    expect(run.code).toBe(0);
    const documents = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(documents.map((doc) => [doc.originalName, doc.pageCount, doc.pagesWithText])).toEqual([
      ['a.pdf', 3, 3],
      ['c-sealed.pdf', 3, 3],
    ]);
    const text = await cli(['--vault', vault, 'document', 'list', '--case', caseId]);
    expect(text.stdout).toMatch(/^ID\s+TYPE\s+PAGES\s+TEXT\s+SIZE\s+TITLE/);
  }, 60_000);

  it('exports an original byte for byte and refuses to overwrite', async () => {
    const list = await cli(['--vault', vault, 'document', 'list', '--case', caseId, '--json']);
    const [first] = JSON.parse(list.stdout) as { id: string; sha256: string }[];
    const out = path.join(dir, 'export.pdf');

    const run = await cli([
      '--vault',
      vault,
      'document',
      'export',
      '--id',
      first!.id,
      '--out',
      out,
      '--json',
    ]);

    expect(run.code).toBe(0);
    const sha256 = createHash('sha256').update(english).digest('hex');
    expect(JSON.parse(run.stdout)).toEqual({ out, size: english.length, sha256 });
    expect(first!.sha256).toBe(sha256);
    expect(fs.readFileSync(out).equals(Buffer.from(english))).toBe(true);

    const again = await cli([
      '--vault',
      vault,
      'document',
      'export',
      '--id',
      first!.id,
      '--out',
      out,
      '--json',
    ]);
    expect(again.code).toBe(5);
    expect(JSON.parse(again.stderr)).toMatchObject({ error: { code: 'FILE_EXISTS' } });
    expect(again.stdout).toBe('');
  }, 60_000);

  it('says in --help that rejections do not fail the import and that --pdf-password shows in ps', async () => {
    const run = await cli(['import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exits 0 when the batch\s+completed/);
    expect(run.stdout).toMatch(/130\s+when\s+cancelled/);
    expect(run.stdout).toMatch(/visible to other users of the machine\s+\(ps/);
    expect(run.stdout).toMatch(/--pdf-password-file/);
    expect(run.stdout).toMatch(/CASEFILE_PDF_PASSWORD/);
  }, 60_000);

  afterAll(() => {
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toContain(PDF_PASSWORD);
      expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
    }
  });
});

describe('casefile import: Ctrl-C (in-process)', () => {
  it('cancels the job through jobs.cancel, keeps what was committed and exits 130', async () => {
    const { dir, cleanup } = makeTempDir('casefile-cli-cancel-');
    try {
      const vault = path.join(dir, 'casefile.vault');
      const folder = path.join(dir, 'incoming');
      fs.mkdirSync(folder);
      const base = await englishPdf();
      // Distinct bytes per file (a comment after %%EOF), so none is a duplicate.
      for (let index = 0; index < 5; index += 1) {
        const bytes = Buffer.concat([Buffer.from(base), Buffer.from(`\n%${index}\n`)]);
        fs.writeFileSync(path.join(folder, `doc-${index}.pdf`), bytes);
      }
      let interrupt: (() => void) | undefined;
      const run = async (args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await runCli(
          ['--vault', vault, ...args],
          {
            stdout: { write: (text: string) => (stdout += text) },
            stderr: { write: (text: string) => (stderr += text) },
            stdin: process.stdin,
            env: { CASEFILE_PASSPHRASE: PASSPHRASE },
            isTTY: false,
            onInterrupt: (handler) => {
              interrupt = handler;
              return () => (interrupt = undefined);
            },
          },
          {
            createCore: (options: CoreOptions) => {
              const core = createCore(options);
              // "Ctrl-C" once the first file is committed.
              core.subscribe('jobs.progress', (payload) => {
                const progress = payload as ImportProgress;
                if (progress.state === 'running' && progress.completed === 1) interrupt?.();
              });
              return core;
            },
          },
        );
        return { code, stdout, stderr };
      };
      expect((await run(['init', '--json'])).code).toBe(0);
      const created = await run(['case', 'create', '--title', 'Дело', '--json']);
      const caseId = (JSON.parse(created.stdout) as { id: string }).id;

      const cancelled = await run(['import', '--case', caseId, folder, '--json']);

      expect(cancelled.code).toBe(130);
      expect(JSON.parse(cancelled.stderr)).toMatchObject({ error: { code: 'INTERRUPTED' } });
      const rows = JSON.parse(cancelled.stdout) as ImportRow[];
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(rows.length).toBeLessThan(5);
      expect(rows[0]).toMatchObject({ file: path.join(folder, 'doc-0.pdf'), status: 'imported' });
      const list = await run(['document', 'list', '--case', caseId, '--json']);
      const documents = JSON.parse(list.stdout) as { id: string }[];
      expect(documents.map((doc) => doc.id).sort()).toEqual(
        rows.map((row) => row.documentId).sort(),
      );
    } finally {
      cleanup();
    }
  }, 60_000);
});
