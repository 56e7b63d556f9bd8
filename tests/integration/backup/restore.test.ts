import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../electron/core/clock';
import { buildHandlers, withStorageErrors } from '../../../electron/core/handlers';
import { createSettingsStore } from '../../../electron/core/settings/settingsStore';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { closeVault, createVault } from '../../../electron/core/vault/openVault';
import { backupToFile } from '../../../electron/core/backup/backupToFile';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { createJobRunner } from '../../../electron/core/jobs/JobRunner';
import { createEventHub } from '../../../electron/core/events';
import type { BackupProgress } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/errors';
import { createClient, type CasefileApi } from '../../../shared/ipc/client';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import { errorCodeOf, expectOk, PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

const BACKUP_PASSPHRASE = 'Резервная копия Шымкент 2031';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** The composition createCore does, with the session in reach. */
function openSession(dir: string, name = 'casefile.vault', migrations = MIGRATIONS) {
  const session = new VaultSession(path.join(dir, name), { migrations });
  const events = createEventHub();
  const jobs = createJobRunner(() => systemClock.newId());
  const handlers = withStorageErrors(
    buildHandlers({ session, settings: createSettingsStore(), clock: systemClock, jobs, events }),
  );
  cleanups.unshift(() => session.lock('manual'));
  return { session, jobs, events, api: createClient(createDispatcher(handlers)) };
}

function tempDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

async function titles(api: CasefileApi): Promise<string[]> {
  return expectOk(await api.cases.list())
    .map((item) => item.title)
    .sort();
}

/** A vault with `titles`, backed up (under BACKUP_PASSPHRASE) to a file; returns its path. */
async function makeBackup(dir: string, caseTitles: string[]) {
  const source = openSession(dir, 'source.vault');
  expectOk(await source.api.vault.create({ passphrase: PASSPHRASE }));
  for (const title of caseTitles) expectOk(await source.api.cases.create({ title }));
  const out = path.join(dir, 'backup.casefile');
  let final: BackupProgress | undefined;
  source.events.subscribe('backup.progress', (payload) => {
    if ((payload as BackupProgress).state !== 'running') final = payload as BackupProgress;
  });
  expectOk(
    await source.api.vault.backup({
      out,
      passphrase: PASSPHRASE,
      newPassphrase: BACKUP_PASSPHRASE,
    }),
  );
  await source.jobs.idle();
  expect(final?.state).toBe('done');
  source.session.lock('manual');
  return out;
}

const fingerprint = (dir: string, base: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(base))
    .sort()
    .map(
      (name) =>
        `${name}:${createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex')}`,
    );

describe('vault.restore', { timeout: 120_000 }, () => {
  it('replaces an unlocked vault with the backup and removes the previous one', async () => {
    const dir = tempDir();
    const backup = await makeBackup(dir, ['Дело из копии', 'Іс көшірмеден']);
    const target = openSession(dir);
    expectOk(await target.api.vault.create({ passphrase: PASSPHRASE }));
    expectOk(await target.api.cases.create({ title: 'Текущее дело' }));
    const backupBefore = fingerprint(dir, 'backup.casefile');

    expect(
      expectOk(await target.api.vault.restore({ file: backup, passphrase: BACKUP_PASSPHRASE })),
    ).toEqual({
      state: 'unlocked',
    });
    expect(await titles(target.api)).toEqual(['Дело из копии', 'Іс көшірмеден'].sort());
    // The backup's passphrase is now the vault's.
    expectOk(await target.api.vault.lock());
    expect(errorCodeOf(await target.api.vault.unlock({ passphrase: PASSPHRASE }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expectOk(await target.api.vault.unlock({ passphrase: BACKUP_PASSPHRASE }));
    // Nothing left beside the vault, and the backup file was not touched.
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(fingerprint(dir, 'backup.casefile')).toEqual(backupBefore);
  });

  it('restores from the lock screen and where no vault exists yet', async () => {
    const dir = tempDir();
    const backup = await makeBackup(dir, ['Дело А']);
    const locked = openSession(dir, 'locked.vault');
    expectOk(await locked.api.vault.create({ passphrase: PASSPHRASE }));
    expectOk(await locked.api.vault.lock());
    expectOk(await locked.api.vault.restore({ file: backup, passphrase: BACKUP_PASSPHRASE }));
    expect(await titles(locked.api)).toEqual(['Дело А']);

    const fresh = openSession(path.join(dir, 'new-folder'), 'fresh.vault');
    expect(expectOk(await fresh.api.vault.status()).state).toBe('absent');
    expectOk(await fresh.api.vault.restore({ file: backup, passphrase: BACKUP_PASSPHRASE }));
    expect(await titles(fresh.api)).toEqual(['Дело А']);
  });

  it('leaves the previous vault exactly as it was when the backup is damaged, too new or the passphrase is wrong', async () => {
    const dir = tempDir();
    const backup = await makeBackup(dir, ['Дело Б']);
    const target = openSession(dir);
    expectOk(await target.api.vault.create({ passphrase: PASSPHRASE }));
    expectOk(await target.api.cases.create({ title: 'Текущее дело' }));
    expectOk(await target.api.vault.lock());
    const before = fingerprint(dir, 'casefile.vault');

    expect(
      errorCodeOf(await target.api.vault.restore({ file: backup, passphrase: PASSPHRASE })),
    ).toBe('WRONG_PASSPHRASE');

    const tooNew = path.join(dir, 'too-new.casefile');
    fs.copyFileSync(backup, tooNew);
    const db = new Database(tooNew);
    applyCipher(db, BACKUP_PASSPHRASE);
    db.pragma('user_version = 99999');
    db.close();
    expect(
      errorCodeOf(await target.api.vault.restore({ file: tooNew, passphrase: BACKUP_PASSPHRASE })),
    ).toBe('VAULT_TOO_NEW');

    const damaged = path.join(dir, 'damaged.casefile');
    const bytes = fs.readFileSync(backup);
    bytes[bytes.length - 2000] = (bytes[bytes.length - 2000] ?? 0) ^ 0x5a; // inside the last page's encrypted data
    fs.writeFileSync(damaged, bytes);
    expect(
      errorCodeOf(await target.api.vault.restore({ file: damaged, passphrase: BACKUP_PASSPHRASE })),
    ).toBe('VAULT_CORRUPT');

    expect(fingerprint(dir, 'casefile.vault')).toEqual(before);
    expectOk(await target.api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(await titles(target.api)).toEqual(['Текущее дело']);
  });

  it('upgrades an older backup in its copy, leaving the backup file as it was', async () => {
    const dir = tempDir();
    // A vault at schema 10 (cases only), written the way that version did, then backed up.
    const older = createVault(path.join(dir, 'old.vault'), PASSPHRASE, {
      migrations: MIGRATIONS.slice(0, 1),
    });
    older
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at)
         VALUES ('8f6c1c1e-0000-4000-8000-000000000001', 'Старое дело', 'open', '2020-01-01', '2020-01-01')`,
      )
      .run();
    const backup = path.join(dir, 'backup.casefile');
    await backupToFile(older, backup, BACKUP_PASSPHRASE);
    closeVault(older);
    const backupBefore = fingerprint(dir, 'backup.casefile');

    const target = openSession(dir);
    expectOk(await target.api.vault.restore({ file: backup, passphrase: BACKUP_PASSPHRASE }));
    expect(await titles(target.api)).toEqual(['Старое дело']);
    const version = target.session.db().pragma('user_version', { simple: true });
    expect(version).toBe(MIGRATIONS.at(-1)?.version);
    expect(fingerprint(dir, 'backup.casefile')).toEqual(backupBefore);
  });

  it('puts the previous vault back when the restored one fails to open after the swap', async () => {
    const dir = tempDir();
    const backup = await makeBackup(dir, ['Дело В']);
    const target = openSession(dir);
    expectOk(await target.api.vault.create({ passphrase: PASSPHRASE }));
    expectOk(await target.api.cases.create({ title: 'Текущее дело' }));
    expectOk(await target.api.vault.lock());
    const before = fingerprint(dir, 'casefile.vault');
    const unlock = vi.spyOn(target.session, 'unlock').mockImplementationOnce(() => {
      throw new AppError('IO_ERROR', 'simulated failure after the swap');
    });
    expect(
      errorCodeOf(await target.api.vault.restore({ file: backup, passphrase: BACKUP_PASSPHRASE })),
    ).toBe('IO_ERROR');
    unlock.mockRestore();
    expect(fingerprint(dir, 'casefile.vault')).toEqual(before);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    expectOk(await target.api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(await titles(target.api)).toEqual(['Текущее дело']);
  });
});
