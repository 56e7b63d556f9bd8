import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import type { IntegrityReport } from '../../../shared/domain/integrity';
import { expectOk } from '../../support/coreFixture';
import {
  CLI_PASSPHRASE,
  jsonError,
  runInProcess,
  seedCliVault,
  type CliVault,
} from '../../support/cliVault';

const NEW_PASSPHRASE = 'Новая фраза для копии 2027';

let seeded: CliVault | undefined;
afterEach(() => {
  seeded?.cleanup();
  seeded = undefined;
});

describe('casefile backup / verify / restore', { timeout: 120_000 }, () => {
  it('backs up to a new encrypted file under a new passphrase, and verify passes both', async () => {
    seeded = await seedCliVault();
    const out = path.join(seeded.dir, 'copy.casefile');
    const secret = path.join(seeded.dir, 'new-passphrase.txt');
    fs.writeFileSync(secret, `${NEW_PASSPHRASE}\n`, { mode: 0o600 });

    const run = await runInProcess([
      '--vault',
      seeded.vault,
      '--json',
      'backup',
      '--out',
      out,
      '--new-passphrase-file',
      secret,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { out: string; size: number; pages: number };
    expect(result.out).toBe(out);
    expect(result.size).toBe(fs.statSync(out).size);
    expect(fs.readFileSync(out).includes(Buffer.from('Протокол допроса', 'utf8'))).toBe(false);
    const db = new Database(out, { readonly: true });
    applyCipher(db, NEW_PASSPHRASE);
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(2);
    db.close();

    const again = await runInProcess(['--vault', seeded.vault, '--json', 'backup', '--out', out]);
    expect(again.code).toBe(5);
    expect(jsonError(again).code).toBe('FILE_EXISTS');

    const verify = await runInProcess(['--vault', seeded.vault, '--json', 'verify']);
    expect(verify.code).toBe(0);
    const report = JSON.parse(verify.stdout) as IntegrityReport;
    expect(report).toMatchObject({ ok: true, documents: 1, problems: [] });
  });

  it('verify exits 7 and names the page when a page of the file was changed', async () => {
    seeded = await seedCliVault();
    const bytes = fs.readFileSync(seeded.vault);
    const page = bytes.length / 4096; // the last page
    bytes[(page - 1) * 4096 + 40] = (bytes[(page - 1) * 4096 + 40] ?? 0) ^ 0x42;
    fs.writeFileSync(seeded.vault, bytes);
    const verify = await runInProcess(['--vault', seeded.vault, '--json', 'verify']);
    if (verify.code === 5) {
      // quick_check on unlock read that page: the typed refusal is the detection.
      expect(jsonError(verify).code).toBe('VAULT_CORRUPT');
      return;
    }
    expect(verify.code).toBe(7);
    const report = JSON.parse(verify.stdout) as IntegrityReport;
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'cipher', page }));
  });

  // The CLI restores with the vault locked: vault.restore is on the lock guard's allow-list.
  it('restore replaces the vault with the backup', async () => {
    seeded = await seedCliVault();
    const out = path.join(seeded.dir, 'copy.casefile');
    expect((await runInProcess(['--vault', seeded.vault, 'backup', '--out', out])).code).toBe(0);
    await seeded.withApi(async (api) => {
      expectOk(await api.cases.create({ title: 'После копии' }));
    });
    const run = await runInProcess(['--vault', seeded.vault, '--json', 'restore', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const titles = await seeded.withApi(async (api) =>
      expectOk(await api.cases.list()).map((item) => item.title),
    );
    expect(titles).not.toContain('После копии');
    expect(titles).toHaveLength(2);
  });

  it('restore refuses a backup that does not open with the passphrase and keeps the vault', async () => {
    seeded = await seedCliVault();
    const out = path.join(seeded.dir, 'copy.casefile');
    const secret = path.join(seeded.dir, 'new-passphrase.txt');
    fs.writeFileSync(secret, `${NEW_PASSPHRASE}\n`, { mode: 0o600 });
    expect(
      (
        await runInProcess([
          '--vault',
          seeded.vault,
          'backup',
          '--out',
          out,
          '--new-passphrase-file',
          secret,
        ])
      ).code,
    ).toBe(0);
    const before = fs.readFileSync(seeded.vault);
    const run = await runInProcess(['--vault', seeded.vault, '--json', 'restore', out]);
    expect(run.code).not.toBe(0);
    expect(jsonError(run).code).toBe('WRONG_PASSPHRASE');
    expect(fs.readFileSync(seeded.vault).equals(before)).toBe(true);
    expect(CLI_PASSPHRASE).not.toBe(NEW_PASSPHRASE);
  });
});
