import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultPartialLedger } from '../../../electron/core/exports/partialLedger';
import { partialPathOf } from '../../../electron/core/exports/placeNewFile';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';

const CHILD = path.resolve(__dirname, '../../support/partialWriterChild.ts');
const REPO = path.resolve(__dirname, '../../..');

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function lockedVault(): Promise<CoreFixture> {
  const fixture = await openCoreFixture();
  fixtures.push(fixture);
  expectOk(await fixture.api.vault.lock());
  return fixture;
}

function recordedRows(vaultPath: string): { path: string; pid: number }[] {
  const db = new Database(vaultPath, { readonly: true, fileMustExist: true });
  try {
    applyCipher(db, PASSPHRASE);
    return db.prepare('SELECT path, pid FROM partial_outputs ORDER BY path').all() as {
      path: string;
      pid: number;
    }[];
  } finally {
    db.close();
  }
}

/** A process id that was just used and is free now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

/** Runs the writer child until its partial file holds data, then kills it with SIGKILL. */
function killMidExport(vaultPath: string, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, vaultPath, PASSPHRASE, target],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('writing')) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (signal === 'SIGKILL') resolve(child.pid ?? -1);
      else reject(new Error(`the writer ended by itself: ${stderr.slice(0, 500)}`));
    });
  });
}

describe('partial files of exports', () => {
  it('a kill mid-export leaves a recorded partial file; the next unlock removes it', async () => {
    const fixture = await lockedVault();
    const target = path.join(fixture.dir, 'Обвинительное заключение.txt');
    const pid = await killMidExport(fixture.vaultPath, target);
    const partial = `${target}.partial-${pid}`;
    expect(fs.readFileSync(partial, 'utf8')).toContain('Обвинительное заключение');
    expect(fs.existsSync(target)).toBe(false);
    expect(recordedRows(fixture.vaultPath)).toEqual([{ path: partial, pid }]);

    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(fs.existsSync(partial)).toBe(false);
    expectOk(await fixture.api.vault.lock());
    expect(recordedRows(fixture.vaultPath)).toEqual([]);
  }, 60_000);

  it('leaves no row behind after an export that completes, or one that fails', async () => {
    const fixture = await openCoreFixture();
    fixtures.push(fixture);
    const out = path.join(fixture.dir, 'note.txt');
    expectOk(await fixture.api.exports.writeText({ path: out, text: 'Позиция защиты' }));
    expect(fs.readFileSync(out, 'utf8')).toBe('Позиция защиты');
    // The target exists now: refused before any partial file, and nothing recorded.
    expect((await fixture.api.exports.writeText({ path: out, text: 'x' })).ok).toBe(false);
    expectOk(await fixture.api.vault.lock());
    expect(recordedRows(fixture.vaultPath)).toEqual([]);
    expect(fs.readdirSync(fixture.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('sweeps only what no live writer owns, and deletes only partial-file names', async () => {
    const fixture = await openCoreFixture();
    fixtures.push(fixture);
    expectOk(await fixture.api.vault.lock());

    const db = new Database(fixture.vaultPath, { fileMustExist: true });
    applyCipher(db, PASSPHRASE);
    try {
      const ledger = vaultPartialLedger(() => db);
      const file = (name: string) => path.join(fixture.dir, name);
      const dead = deadPid();
      const abandoned = `${file('a.pdf')}.partial-${dead}`;
      const otherLive = `${file('b.pdf')}.partial-${process.ppid}`;
      const mine = partialPathOf(file('c.pdf'));
      const notPartial = file('d.pdf');
      for (const name of [abandoned, otherLive, mine, notPartial]) fs.writeFileSync(name, 'x');
      const record = db.prepare(
        'INSERT INTO partial_outputs (path, pid, started_at) VALUES (?, ?, ?)',
      );
      record.run(abandoned, dead, '2026-11-30T00:00:00Z');
      record.run(otherLive, process.ppid, '2026-11-30T00:00:00Z');
      record.run(notPartial, dead, '2026-11-30T00:00:00Z');
      ledger.begin(mine);

      expect(ledger.sweep()).toEqual([abandoned]);
      expect([abandoned, otherLive, mine, notPartial].map((name) => fs.existsSync(name))).toEqual([
        false,
        true,
        true,
        true,
      ]);
      expect(
        (
          db.prepare('SELECT path FROM partial_outputs ORDER BY path').pluck().all() as string[]
        ).sort(),
      ).toEqual([otherLive, mine].sort());

      // Once this ledger's own export has ended and its file is gone, nothing is left of it.
      fs.rmSync(mine);
      ledger.end(mine);
      expect(
        db.prepare('SELECT count(*) FROM partial_outputs WHERE path = ?').pluck().get(mine),
      ).toBe(0);
    } finally {
      db.close();
    }
  });
});
