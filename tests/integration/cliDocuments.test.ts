import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptWithQpdf, englishPdf, qpdfAvailable } from '../fixtures/pdfFixtures';
import { makeTempDir } from '../support/tempDir';

const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'electron/cli/index.ts');
const PASSPHRASE = 'Сақтау-2026 orchard lantern';
const PDF_PASSWORD = 'pdf-Құпия 9183';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const runs: Run[] = [];

function cli(args: string[]): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CASEFILE_')) env[key] = value;
  }
  env.CASEFILE_PASSPHRASE = PASSPHRASE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { code: code ?? -1, stdout, stderr };
      runs.push(run);
      resolve(run);
    });
  });
}

describe.skipIf(!qpdfAvailable())('casefile document (CLI)', () => {
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

  it('imports a folder and prints the summary; rejections still exit 0', async () => {
    const folder = path.join(dir, 'incoming');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.pdf'), english);
    fs.writeFileSync(path.join(folder, 'b-copy.pdf'), english);
    fs.writeFileSync(path.join(folder, 'c-sealed.pdf'), encrypted);
    fs.writeFileSync(path.join(folder, 'd-empty.pdf'), '');

    const run = await cli([
      '--vault',
      vault,
      'document',
      'import',
      '--case',
      caseId,
      folder,
      '--json',
    ]);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as {
      imported: { id: string; name: string }[];
      duplicates: { id: string; name: string }[];
    };
    const id = summary.imported[0]?.id ?? '';
    expect(id).toMatch(UUID);
    expect(summary).toEqual({
      imported: [{ id, name: 'a.pdf' }],
      duplicates: [{ id, name: 'b-copy.pdf' }],
      rejected: [
        { name: 'c-sealed.pdf', code: 'PDF_ENCRYPTED' },
        { name: 'd-empty.pdf', code: 'EMPTY_FILE' },
      ],
    });
  }, 60_000);

  it('imports an encrypted PDF with --pdf-password (relative path) and never prints it', async () => {
    const relative = path.relative(REPO, path.join(dir, 'incoming', 'c-sealed.pdf'));
    const run = await cli([
      '--vault',
      vault,
      'document',
      'import',
      '--case',
      caseId,
      '--pdf-password',
      PDF_PASSWORD,
      relative,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { imported: { id: string }[] };
    const id = summary.imported[0]?.id ?? '';
    expect(id).toMatch(UUID);
    expect(summary).toEqual({
      imported: [{ id, name: 'c-sealed.pdf' }],
      duplicates: [],
      rejected: [],
    });
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
      first!.id,
      '--out',
      out,
      '--json',
    ]);
    expect(again.code).toBe(5);
    expect(JSON.parse(again.stderr)).toMatchObject({ error: { code: 'FILE_EXISTS' } });
    expect(again.stdout).toBe('');
  }, 60_000);

  it('says in --help that rejections do not fail the import', async () => {
    const run = await cli(['document', 'import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exits 0 when the batch completed/);
  }, 60_000);

  afterAll(() => {
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toContain(PDF_PASSWORD);
      expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
    }
  });
});
