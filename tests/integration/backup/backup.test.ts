import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupProgress } from '../../../shared/domain/backup';
import { verifyPassphrase } from '../../../electron/core/vault/openVault';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  PASSPHRASE,
  type CoreFixture,
} from '../../support/coreFixture';

const MARKER = 'ПРОТОКОЛ-допроса-Жаңаөзен-7741';
const NEW_PASSPHRASE = 'Жаңа құпия сөз Алматы 9';

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function vaultWithCase(): Promise<CoreFixture> {
  const fixture = await openCoreFixture();
  fixtures.push(fixture);
  expectOk(
    await fixture.api.cases.create({ title: MARKER, description: `${MARKER} `.repeat(500) }),
  );
  return fixture;
}

/** Runs one backup job to its final event. */
async function backup(
  fixture: CoreFixture,
  input: { out: string; passphrase: string; newPassphrase?: string },
  onRunning?: (progress: BackupProgress, jobId: string) => void,
): Promise<BackupProgress[]> {
  const events: BackupProgress[] = [];
  let jobId = '';
  const unsubscribe = fixture.core.subscribe('backup.progress', (payload) => {
    events.push(payload as BackupProgress);
    if ((payload as BackupProgress).state === 'running')
      onRunning?.(payload as BackupProgress, jobId);
  });
  jobId = expectOk(await fixture.api.vault.backup(input)).jobId;
  await fixture.core.idle();
  unsubscribe();
  return events;
}

/** The titles a vault file holds, read with `passphrase` through a connection of its own. */
function readTitles(file: string, passphrase: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyCipher(db, passphrase);
    return db.prepare('SELECT title FROM cases').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.includes('.partial'));

describe('vault.backup', { timeout: 120_000 }, () => {
  it('writes an encrypted vault that holds no plaintext and opens only with its passphrase', async () => {
    const fixture = await vaultWithCase();
    const out = path.join(fixture.dir, 'backup.casefile');
    const events = await backup(fixture, { out, passphrase: PASSPHRASE });

    const last = events.at(-1);
    expect(last?.state).toBe('done');
    expect(last?.result?.path).toBe(out);
    expect(last?.completed).toBe(last?.total);
    expect(events.filter((event) => event.state === 'running').length).toBeGreaterThan(0);

    const bytes = fs.readFileSync(out);
    expect(bytes.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    // A standalone file: no WAL beside it, not in WAL mode.
    expect(fs.existsSync(`${out}-wal`)).toBe(false);
    expect(bytes[18]).not.toBe(2);
    expect(leftovers(fixture.dir)).toEqual([]);

    expect(readTitles(out, PASSPHRASE)).toEqual([MARKER]);
    expect(() => verifyPassphrase(out, 'not the passphrase at all')).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    // Without any key, SQLite sees no database at all.
    const unkeyed = new Database(out, { readonly: true });
    expect(() => unkeyed.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
      /not a database/,
    );
    unkeyed.close();
  });

  it('keys the backup with a new passphrase when one is given', async () => {
    const fixture = await vaultWithCase();
    const out = path.join(fixture.dir, 'backup-new.casefile');
    const events = await backup(fixture, {
      out,
      passphrase: PASSPHRASE,
      newPassphrase: NEW_PASSPHRASE,
    });
    expect(events.at(-1)?.state).toBe('done');
    expect(readTitles(out, NEW_PASSPHRASE)).toEqual([MARKER]);
    expect(() => verifyPassphrase(out, PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    // The vault itself keeps its passphrase.
    expect(readTitles(fixture.vaultPath, PASSPHRASE)).toEqual([MARKER]);
  });

  it('refuses a wrong current passphrase, a weak new one and an existing target', async () => {
    const fixture = await vaultWithCase();
    const out = path.join(fixture.dir, 'exists.casefile');
    fs.writeFileSync(out, 'keep me');
    expect(errorCodeOf(await fixture.api.vault.backup({ out, passphrase: PASSPHRASE }))).toBe(
      'FILE_EXISTS',
    );
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const fresh = path.join(fixture.dir, 'fresh.casefile');
    expect(
      errorCodeOf(
        await fixture.api.vault.backup({ out: fresh, passphrase: 'wrong passphrase 123' }),
      ),
    ).toBe('WRONG_PASSPHRASE');
    expect(
      errorCodeOf(
        await fixture.api.vault.backup({
          out: fresh,
          passphrase: PASSPHRASE,
          newPassphrase: 'abc',
        }),
      ),
    ).toBe('WEAK_PASSPHRASE');
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('stops on jobs.cancel and leaves no file', async () => {
    const fixture = await vaultWithCase();
    // Enough pages for several steps of 256.
    for (let i = 0; i < 60; i += 1) {
      expectOk(
        await fixture.api.cases.create({ title: `Дело ${i}`, description: 'ж'.repeat(19_000) }),
      );
    }
    const out = path.join(fixture.dir, 'cancelled.casefile');
    let asked = false;
    const events = await backup(fixture, { out, passphrase: PASSPHRASE }, (_progress, jobId) => {
      if (asked) return;
      asked = true;
      void fixture.api.jobs.cancel({ jobId });
    });
    expect(events.at(-1)?.state).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
    expect(leftovers(fixture.dir)).toEqual([]);
    expect(expectOk(await fixture.api.cases.list()).length).toBe(61);
  });

  it('fails with NOT_WRITABLE into a folder that cannot exist, leaving nothing and the vault intact', async () => {
    const fixture = await vaultWithCase();
    const notAFolder = path.join(fixture.dir, 'plain-file');
    fs.writeFileSync(notAFolder, '');
    const out = path.join(notAFolder, 'backup.casefile');
    const events = await backup(fixture, { out, passphrase: PASSPHRASE });
    expect(events.at(-1)?.state).toBe('failed');
    expect(events.at(-1)?.error?.code).toBe('NOT_WRITABLE');
    expect(leftovers(fixture.dir)).toEqual([]);
    expect(expectOk(await fixture.api.cases.list()).map((item) => item.title)).toEqual([MARKER]);
  });
});
