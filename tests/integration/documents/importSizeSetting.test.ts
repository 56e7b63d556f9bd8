import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeVault, openVault } from '../../../electron/core/vault/openVault';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import type { ImportProgress } from '../../../shared/domain/job';
import { BYTES_PER_MEGABYTE } from '../../../shared/domain/settings';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function openCore(options: { maxImportBytes?: number } = {}) {
  const fixture = await openCoreFixture(options);
  fixtures.push(fixture);
  const events: ImportProgress[] = [];
  fixture.core.subscribe('jobs.progress', (payload) => events.push(payload as ImportProgress));
  const caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Сейткали' })).id;

  async function importAndWait(paths: string[]): Promise<ImportProgress> {
    const { jobId } = expectOk(await fixture.api.documents.import({ caseId, paths }));
    await fixture.core.idle();
    const final = events.filter((event) => event.jobId === jobId).at(-1);
    if (!final) throw new Error('No progress event');
    return final;
  }
  return { ...fixture, caseId, importAndWait };
}

/** A plain-text file of exactly `size` bytes (text is recognised by content, like any file). */
function textFile(dir: string, name: string, size: number, letter: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, letter.repeat(size));
  return file;
}

const outcomes = (final: ImportProgress) =>
  final.results.map((result) => [
    result.name,
    result.outcome === 'rejected' ? result.code : result.outcome,
  ]);

describe('the maximum import size setting', () => {
  it('rejects a file above the limit set through settings.update as FILE_TOO_LARGE, keeps the vault intact and imports one just below it', async () => {
    const opened = await openCore();
    const earlier = textFile(opened.dir, 'earlier.txt', 2 * BYTES_PER_MEGABYTE, 'a');
    expect(outcomes(await opened.importAndWait([earlier]))).toEqual([['earlier.txt', 'imported']]);

    const saved = expectOk(await opened.api.settings.update({ maxImportMegabytes: 1 }));
    expect(saved.maxImportMegabytes).toBe(1);
    const above = textFile(opened.dir, 'above.txt', BYTES_PER_MEGABYTE + 1, 'b');
    const below = textFile(opened.dir, 'below.txt', BYTES_PER_MEGABYTE - 1, 'c');
    const final = await opened.importAndWait([above, below]);

    expect(final.state).toBe('done');
    expect(outcomes(final)).toEqual([
      ['above.txt', 'FILE_TOO_LARGE'],
      ['below.txt', 'imported'],
    ]);
    const listed = expectOk(await opened.api.documents.list({ caseId: opened.caseId }));
    expect(listed.map((doc) => [doc.originalName, doc.size]).sort()).toEqual([
      ['below.txt', BYTES_PER_MEGABYTE - 1],
      ['earlier.txt', 2 * BYTES_PER_MEGABYTE],
    ]);
    for (const doc of listed) {
      expect(expectOk(await opened.api.documents.verify({ id: doc.id })).intact).toBe(true);
    }

    expectOk(await opened.api.vault.lock());
    const db = openVault(opened.vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const chunks = db
        .prepare(
          `SELECT d.original_name AS name, sum(length(c.bytes)) AS bytes FROM document_chunks c
           JOIN documents d ON d.id = c.document_id GROUP BY d.id ORDER BY name`,
        )
        .all();
      expect(chunks).toEqual([
        { name: 'below.txt', bytes: BYTES_PER_MEGABYTE - 1 },
        { name: 'earlier.txt', bytes: 2 * BYTES_PER_MEGABYTE },
      ]);
    } finally {
      closeVault(db);
    }
  });

  it('reads the current setting when each import starts', async () => {
    const opened = await openCore();
    const file = textFile(opened.dir, 'motion.txt', BYTES_PER_MEGABYTE + 1, 'd');
    expectOk(await opened.api.settings.update({ maxImportMegabytes: 1 }));
    expect(outcomes(await opened.importAndWait([file]))).toEqual([
      ['motion.txt', 'FILE_TOO_LARGE'],
    ]);
    expectOk(await opened.api.settings.update({ maxImportMegabytes: 2 }));
    expect(outcomes(await opened.importAndWait([file]))).toEqual([['motion.txt', 'imported']]);
  });

  it('refuses a limit outside 1–4096 MB or not a whole number, keeping the saved one', async () => {
    const opened = await openCore();
    for (const maxImportMegabytes of [0, 4097, 1.5, -1]) {
      const result = await opened.api.settings.update({ maxImportMegabytes });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(expectOk(await opened.api.settings.get()).maxImportMegabytes).toBe(1024);
  });

  it('lets a limit given to the core (tests, CLI --max-size-mb) take precedence over the setting', async () => {
    const opened = await openCore({ maxImportBytes: 100 });
    expectOk(await opened.api.settings.update({ maxImportMegabytes: 4096 }));
    const files = [
      textFile(opened.dir, 'big.txt', 101, 'e'),
      textFile(opened.dir, 'small.txt', 100, 'f'),
    ];
    expect(outcomes(await opened.importAndWait(files))).toEqual([
      ['big.txt', 'FILE_TOO_LARGE'],
      ['small.txt', 'imported'],
    ]);
  });
});
