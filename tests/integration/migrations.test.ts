import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import type { Migration } from '../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../electron/core/vault/migrations';
import { applyCipher } from '../../electron/core/vault/pragmas';
import { createClient } from '../../shared/ipc/client';
import { errorCodeOf, expectOk, PASSPHRASE } from '../support/coreFixture';
import { makeTempDir } from '../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

/** A vault written by a Casefile that knew only `migrations`, locked and closed. */
async function vaultAt(migrations: readonly Migration[]): Promise<string> {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const vaultPath = path.join(dir, 'casefile.vault');
  const core = createCore({ vaultPath, migrations });
  expectOk(await createClient(core.dispatch).vault.create({ passphrase: PASSPHRASE }));
  core.close();
  return vaultPath;
}

function openWith(vaultPath: string, migrations: readonly Migration[] = MIGRATIONS) {
  const core = createCore({ vaultPath, migrations });
  cleanups.push(() => core.close());
  return createClient(core.dispatch);
}

function readUserVersion(vaultPath: string): number {
  const db = new Database(vaultPath, { readonly: true });
  applyCipher(db, PASSPHRASE);
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return version;
}

describe('migrations', () => {
  it('are numbered in increasing order, named after their files', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const migration of MIGRATIONS) {
      expect(migration.name).toMatch(
        new RegExp(`^${String(migration.version).padStart(4, '0')}-[a-z0-9-]+$`),
      );
      expect(
        fs.existsSync(path.join('electron/core/vault/migrations', `${migration.name}.ts`)),
      ).toBe(true);
    }
  });

  it('bring an empty vault to the latest version', async () => {
    const vaultPath = await vaultAt(MIGRATIONS);
    expect(readUserVersion(vaultPath)).toBe(LATEST);
  });

  // Every earlier schema a user could hold, from a bare encrypted file to the previous release.
  for (let known = 0; known < MIGRATIONS.length; known += 1) {
    const from = MIGRATIONS[known - 1]?.version ?? 0;
    it(`upgrade a vault from version ${from} to ${LATEST}, keeping an encrypted backup when it held data`, async () => {
      const vaultPath = await vaultAt(MIGRATIONS.slice(0, known));
      expect(readUserVersion(vaultPath)).toBe(from);
      const api = openWith(vaultPath);
      expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
      expect(readUserVersion(vaultPath)).toBe(LATEST);
      const { id } = expectOk(await api.cases.create({ title: 'После миграции' }));
      expect(expectOk(await api.cases.get({ id })).title).toBe('После миграции');
      const backups = fs
        .readdirSync(path.dirname(vaultPath))
        .filter((name) => name.endsWith('.bak'));
      expect(backups).toHaveLength(from > 0 ? 1 : 0);
      for (const backup of backups) {
        expect(readUserVersion(path.join(path.dirname(vaultPath), backup))).toBe(from);
      }
    });
  }

  it('refuse a vault written by version N+1 with VAULT_TOO_NEW and leave it untouched', async () => {
    const future: Migration = {
      version: LATEST + 10,
      name: 'future',
      up: (db) => db.exec('CREATE TABLE future (x TEXT) STRICT'),
    };
    const vaultPath = await vaultAt([...MIGRATIONS, future]);
    const before = fs.readFileSync(vaultPath);
    const result = await openWith(vaultPath).vault.unlock({ passphrase: PASSPHRASE });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VAULT_TOO_NEW',
      details: { vaultVersion: LATEST + 10, supportedVersion: LATEST },
    });
    expect(fs.readFileSync(vaultPath).equals(before)).toBe(true);
  });

  it('roll back every step of a failing upgrade, leaving the previous version intact', async () => {
    const vaultPath = await vaultAt(MIGRATIONS);
    const seed = openWith(vaultPath);
    expectOk(await seed.vault.unlock({ passphrase: PASSPHRASE }));
    expectOk(await seed.cases.create({ title: 'Должно уцелеть' }));
    expectOk(await seed.vault.lock());

    const half: Migration = {
      version: LATEST + 10,
      name: 'half',
      up: (db) => db.exec('CREATE TABLE half (x TEXT) STRICT'),
    };
    const broken: Migration = {
      version: LATEST + 20,
      name: 'broken',
      up: () => {
        throw new Error('boom');
      },
    };
    const api = openWith(vaultPath, [...MIGRATIONS, half, broken]);
    expect(errorCodeOf(await api.vault.unlock({ passphrase: PASSPHRASE }))).toBe(
      'MIGRATION_FAILED',
    );
    expect(readUserVersion(vaultPath)).toBe(LATEST);

    const again = openWith(vaultPath);
    expectOk(await again.vault.unlock({ passphrase: PASSPHRASE }));
    expect(expectOk(await again.cases.list()).map((item) => item.title)).toEqual([
      'Должно уцелеть',
    ]);
  });
});
