import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { createClient } from '../../shared/ipc/client';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  PASSPHRASE,
  type CoreFixture,
} from '../support/coreFixture';

const fixtures: CoreFixture[] = [];
async function fixture(unlocked = true): Promise<CoreFixture> {
  const created = await openCoreFixture({ unlocked });
  fixtures.push(created);
  return created;
}
afterEach(() => {
  for (const item of fixtures.splice(0)) item.dispose();
});

/** Every file of the vault (db, wal, shm) with its bytes' hash and mtime. */
function snapshot(vaultPath: string): Record<string, string> {
  const dir = path.dirname(vaultPath);
  return Object.fromEntries(
    fs.readdirSync(dir).map((name) => {
      const file = path.join(dir, name);
      const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      return [name, `${hash}@${fs.statSync(file).mtimeMs}`];
    }),
  );
}

describe('vault', () => {
  it('reports absent, then unlocked after create, then locked after lock', async () => {
    const { api } = await fixture(false);
    expect(expectOk(await api.vault.status())).toEqual({ state: 'absent' });
    expectOk(await api.vault.create({ passphrase: PASSPHRASE }));
    expect(expectOk(await api.vault.status())).toEqual({ state: 'unlocked' });
    expect(expectOk(await api.vault.lock())).toEqual({ state: 'locked' });
    expect(errorCodeOf(await api.cases.list())).toBe('VAULT_LOCKED');
  });

  it('is one SQLCipher 4 file: unreadable without the key, readable with the standard settings', async () => {
    const { api, vaultPath } = await fixture();
    expectOk(await api.cases.create({ title: 'Совершенно секретно' }));
    expectOk(await api.vault.lock());
    expect(fs.readdirSync(path.dirname(vaultPath))).toEqual(['casefile.vault']);

    const header = fs.readFileSync(vaultPath).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    expect(() =>
      new Database(vaultPath, { readonly: true }).prepare('SELECT 1 FROM sqlite_master').get(),
    ).toThrow();

    // SQLCipher 4's documented defaults, spelled out: what the standard sqlcipher 4 tool uses.
    const db = new Database(vaultPath, { readonly: true });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma('kdf_iter=256000');
    db.pragma('fast_kdf_iter=2');
    db.pragma('hmac_use=1');
    db.pragma('hmac_pgno=1');
    db.pragma('hmac_salt_mask=58');
    db.pragma('kdf_algorithm=2');
    db.pragma('hmac_algorithm=2');
    db.pragma('legacy_page_size=4096');
    db.key(Buffer.from(PASSPHRASE));
    expect(db.prepare('SELECT title FROM cases').pluck().all()).toEqual(['Совершенно секретно']);
    db.close();
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and writes no byte of the vault', async () => {
    const { api, vaultPath } = await fixture();
    expectOk(await api.cases.create({ title: 'Дело' }));
    expectOk(await api.vault.lock());
    const before = snapshot(vaultPath);
    const result = await api.vault.unlock({ passphrase: 'не тот пароль, совсем не тот' });
    expect(errorCodeOf(result)).toBe('WRONG_PASSPHRASE');
    expect(snapshot(vaultPath)).toEqual(before);
    expect(expectOk(await api.vault.status())).toEqual({ state: 'locked' });
  });

  it('leaves the database and its WAL untouched by a wrong passphrase after a crash', async () => {
    const { api, vaultPath, dir } = await fixture();
    expectOk(await api.cases.create({ title: 'Не сохранённое до сбоя' }));
    // A crash: copy the live files (db + wal + shm) while the connection still holds them.
    const crashed = path.join(dir, 'crashed', 'casefile.vault');
    fs.mkdirSync(path.dirname(crashed));
    for (const suffix of ['', '-wal', '-shm'])
      fs.copyFileSync(`${vaultPath}${suffix}`, `${crashed}${suffix}`);
    const hashOf = (file: string) =>
      createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = [hashOf(crashed), hashOf(`${crashed}-wal`)];

    const other = createCore({ vaultPath: crashed });
    const otherApi = createClient(other.dispatch);
    expect(
      errorCodeOf(await otherApi.vault.unlock({ passphrase: 'wrong passphrase entirely' })),
    ).toBe('WRONG_PASSPHRASE');
    expect([hashOf(crashed), hashOf(`${crashed}-wal`)]).toEqual(before);
    // ... and the right passphrase recovers what the WAL held.
    expectOk(await otherApi.vault.unlock({ passphrase: PASSPHRASE }));
    expect(expectOk(await otherApi.cases.list()).map((item) => item.title)).toEqual([
      'Не сохранённое до сбоя',
    ]);
    other.close();
  });

  it('rejects weak passphrases with the reason, and creates nothing', async () => {
    const { api, vaultPath } = await fixture(false);
    const cases: [string, string][] = [
      ['short', 'too_short'],
      ['aaaaaaaaaaaaaaaa', 'too_few_distinct'],
      ['abcdefghijklmnop', 'sequence'],
      ['Password123!', 'common'],
    ];
    for (const [passphrase, problem] of cases) {
      const result = await api.vault.create({ passphrase });
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'WEAK_PASSPHRASE',
        details: { problem },
      });
    }
    expect(fs.existsSync(vaultPath)).toBe(false);
  });

  it('refuses to create over an existing vault and to unlock a missing one', async () => {
    const { api, vaultPath } = await fixture();
    expectOk(await api.vault.lock());
    const before = snapshot(vaultPath);
    expect(errorCodeOf(await api.vault.create({ passphrase: 'another strong passphrase 9' }))).toBe(
      'VAULT_EXISTS',
    );
    expect(snapshot(vaultPath)).toEqual(before);

    const missing = createCore({ vaultPath: path.join(path.dirname(vaultPath), 'nope.vault') });
    expect(
      errorCodeOf(await createClient(missing.dispatch).vault.unlock({ passphrase: PASSPHRASE })),
    ).toBe('VAULT_NOT_FOUND');
  });

  it('changes the passphrase only with the current one, keeping every case', async () => {
    const { api } = await fixture();
    expectOk(await api.cases.create({ title: 'Апелляция' }));
    const next = 'Қазақстан Республикасы 1991';
    expect(
      errorCodeOf(await api.vault.changePassphrase({ current: 'wrong passphrase here', next })),
    ).toBe('WRONG_PASSPHRASE');
    expect(
      errorCodeOf(await api.vault.changePassphrase({ current: PASSPHRASE, next: 'weak' })),
    ).toBe('WEAK_PASSPHRASE');
    expectOk(await api.vault.changePassphrase({ current: PASSPHRASE, next }));
    expectOk(await api.vault.lock());
    expect(errorCodeOf(await api.vault.unlock({ passphrase: PASSPHRASE }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expectOk(await api.vault.unlock({ passphrase: next }));
    expect(expectOk(await api.cases.list()).map((item) => item.title)).toEqual(['Апелляция']);
  });

  it('accepts the passphrase typed in composed or decomposed Unicode alike', async () => {
    const { api } = await fixture(false);
    const composed = 'Әлия Қасымқызы, ёлка й 1994';
    expect(composed.normalize('NFD')).not.toBe(composed);
    expectOk(await api.vault.create({ passphrase: composed }));
    expectOk(await api.vault.lock());
    expectOk(await api.vault.unlock({ passphrase: composed.normalize('NFD') }));
  });

  it.skipIf(process.platform === 'win32')(
    'creates the vault readable by its owner only',
    async () => {
      const { vaultPath } = await fixture();
      expect(fs.statSync(vaultPath).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(vaultPath)).mode & 0o777).toBe(0o700);
    },
  );

  it('refuses to create a vault while one is open, and keeps it open', async () => {
    const { api, core } = await fixture();
    const events: unknown[] = [];
    core.subscribe('vault.locked', (payload) => events.push(payload));
    expect(errorCodeOf(await api.vault.create({ passphrase: 'another strong passphrase 9' }))).toBe(
      'VAULT_EXISTS',
    );
    expect(expectOk(await api.vault.status())).toEqual({ state: 'unlocked' });
    expect(events).toEqual([]);
  });

  it('removes pre-upgrade backups when the passphrase changes: they would open with the old one', async () => {
    const { api, vaultPath } = await fixture();
    const stale = `${vaultPath}.v10-2026-01-01T00-00-00-000Z.bak`;
    fs.writeFileSync(stale, 'encrypted copy');
    expectOk(
      await api.vault.changePassphrase({
        current: PASSPHRASE,
        next: 'Қазақстан Республикасы 1991',
      }),
    );
    expect(fs.existsSync(stale)).toBe(false);
  });

  it('clears what an interrupted create or passphrase change left beside the vault', async () => {
    const { api, vaultPath } = await fixture();
    expectOk(await api.vault.lock());
    const leftovers = [
      `${vaultPath}.creating-4242.tmp`,
      `${vaultPath}.rekey-4242.tmp`,
      `${vaultPath}.rekey-4242.tmp-journal`,
    ];
    for (const file of leftovers) fs.writeFileSync(file, 'partial');
    expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
    for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
  });

  it('sets the confidentiality and durability pragmas on the open vault', async () => {
    const { vaultPath, api } = await fixture();
    expectOk(await api.vault.lock());
    // Inspect through our own opening path, then read the pragmas from that connection.
    const { openVault } = await import('../../electron/core/vault/openVault');
    const { MIGRATIONS } = await import('../../electron/core/vault/migrations');
    const db = openVault(vaultPath, PASSPHRASE, { migrations: MIGRATIONS });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('temp_store', { simple: true })).toBe(2);
      expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    } finally {
      db.close();
    }
  });

  it('emits vault.locked with the reason when the shell locks it', async () => {
    const { core, api } = await fixture();
    const reasons: unknown[] = [];
    core.subscribe('vault.locked', (payload) => reasons.push(payload));
    core.lock('idle');
    core.lock('idle');
    expect(reasons).toEqual([{ reason: 'idle' }]);
    expect(expectOk(await api.vault.status())).toEqual({ state: 'locked' });
  });
});
