import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { runCliProcess, type CliRun } from '../support/runCliProcess';

const PASSPHRASE = 'Іздеу-2026 river lantern';

function cli(args: string[]): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CASEFILE_')) env[key] = value;
  }
  env.CASEFILE_PASSPHRASE = PASSPHRASE;
  return runCliProcess(args, env);
}

interface SearchRow {
  documentId: string;
  caseId: string;
  title: string;
  fileName: string;
  page: number | null;
  snippet: string;
  score: number;
}

describe('casefile search and reindex (CLI)', () => {
  let dir: string;
  let cleanup: () => void;
  let vault: string;
  let caseId: string;

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir('casefile-cli-search-'));
    vault = path.join(dir, 'casefile.vault');
    expect((await cli(['--vault', vault, 'init', '--json'])).code).toBe(0);
    const created = await cli(['--vault', vault, 'case', 'create', '--title', 'Дело', '--json']);
    caseId = (JSON.parse(created.stdout) as { id: string }).id;
    const folder = path.join(dir, 'in');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'protocol.txt'), 'Заседание суда отложено. Судом принято.');
    fs.writeFileSync(path.join(folder, 'appeal.txt'), 'Жалоба на приговор суда.');
    const imported = await cli(['--vault', vault, 'import', '--case', caseId, folder, '--json']);
    expect(imported.code).toBe(0);
  }, 60_000);
  afterAll(() => cleanup());

  it('prints one JSON object per matching page, best first, hits in **', async () => {
    const run = await cli(['--vault', vault, 'search', 'суд', '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(run.stdout) as SearchRow[];
    expect(rows.map((row) => Object.keys(row))).toEqual([
      ['documentId', 'caseId', 'title', 'fileName', 'page', 'snippet', 'score'],
      ['documentId', 'caseId', 'title', 'fileName', 'page', 'snippet', 'score'],
    ]);
    expect(rows.map((row) => row.score)).toEqual(
      rows.map((row) => row.score).sort((a, b) => a - b),
    );
    const protocol = rows.find((row) => row.fileName === 'protocol.txt');
    expect(protocol).toMatchObject({
      caseId,
      title: 'protocol',
      page: 1,
      snippet: 'Заседание **суда** отложено. **Судом** принято.',
    });
    expect(typeof protocol?.score).toBe('number');
  });

  it('lists matches readably without --json, and narrows to a case and a limit', async () => {
    const run = await cli(['--vault', vault, 'search', 'приговора', '--case', caseId]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('appeal (appeal.txt), page 1\n    Жалоба на **приговор** суда.\n');
    const limited = await cli(['--vault', vault, 'search', 'суд', '--limit', '1', '--json']);
    expect((JSON.parse(limited.stdout) as SearchRow[]).length).toBe(1);
  });

  it('exits 2 with QUERY_SYNTAX and the position for a malformed query', async () => {
    const run = await cli(['--vault', vault, 'search', 'суд "приговор', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({
      error: { code: 'QUERY_SYNTAX', details: { position: 4, reason: 'unclosed_quote' } },
    });
  });

  it('rebuilds the index and reports what it indexed', async () => {
    const run = await cli(['--vault', vault, 'reindex', '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({ documents: 2, pages: 2 });
    const again = await cli(['--vault', vault, 'search', 'суд', '--json']);
    expect((JSON.parse(again.stdout) as SearchRow[]).length).toBe(2);
  });

  it('gives every printed page its snippet, beyond the first screenful search.query fills', async () => {
    const folder = path.join(dir, 'many');
    fs.mkdirSync(folder);
    for (let i = 1; i <= 14; i += 1)
      fs.writeFileSync(
        path.join(folder, `ruling-${i}.txt`),
        `Постановление ${i}: судья Нуров отклонил.`,
      );
    const imported = await cli(['--vault', vault, 'import', '--case', caseId, folder, '--json']);
    expect(imported.code).toBe(0);
    const run = await cli(['--vault', vault, 'search', 'судья', '--json']);
    const rows = JSON.parse(run.stdout) as SearchRow[];
    expect(rows.length).toBeGreaterThanOrEqual(14);
    expect(rows.filter((row) => !row.snippet.includes('**'))).toEqual([]);
  }, 60_000);
});
