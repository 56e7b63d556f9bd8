import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { VaultSession } from '../../electron/core/vault/VaultSession';
import { createClient } from '../../shared/ipc/client';
import { PASSPHRASE } from '../support/coreFixture';
import { copyVault } from '../support/copyVault';
import { makeTempDir } from '../support/tempDir';

const NEXT = 'новый пароль для Әлиева 2027';
const CASES = 4000;

/** A vault big enough (~10 MB) that a passphrase change takes long enough to be interrupted. */
function buildVault(vaultPath: string): void {
  const session = new VaultSession(vaultPath);
  session.create(PASSPHRASE);
  const db = session.db();
  const insert = db.prepare(
    `INSERT INTO cases (id, title, status, description, created_at, updated_at)
     VALUES (lower(hex(randomblob(16))), ?, 'open', ?, '2026-01-01', '2026-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < CASES; i += 1) insert.run(`Дело ${i}`, 'Показания свидетеля. '.repeat(100));
  })();
  session.lock('manual');
}

/** Runs the child, waits for "ready", kills it `delay` ms later (or lets it finish). */
function changeAndKill(vaultPath: string, delay: number | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, '../support/changePassphraseChild.ts'),
        vaultPath,
        PASSPHRASE,
        NEXT,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready') && delay !== null)
        setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}

/** Which passphrase opens the vault now, and how many cases it holds. */
async function inspect(vaultPath: string): Promise<{ opensWith: string; cases: number }> {
  for (const [name, passphrase] of [
    ['old', PASSPHRASE],
    ['new', NEXT],
  ] as const) {
    const core = createCore({ vaultPath });
    const api = createClient(core.dispatch);
    const result = await api.vault.unlock({ passphrase });
    if (result.ok) {
      const list = await api.cases.list();
      core.close();
      return { opensWith: name, cases: list.ok ? list.value.length : -1 };
    }
    core.close();
    if (result.error.code !== 'WRONG_PASSPHRASE')
      return { opensWith: result.error.code, cases: -1 };
  }
  return { opensWith: 'neither', cases: -1 };
}

describe('changing the passphrase when the process is killed part-way', () => {
  const { dir, cleanup } = makeTempDir();
  afterAll(cleanup);
  const template = path.join(dir, 'template', 'casefile.vault');
  beforeAll(() => buildVault(template), 60_000);

  it.each([0, 30, 120, 300, 700, null])(
    'leaves a vault that opens with the old or the new passphrase, every case intact (kill after %s ms)',
    async (delay) => {
      const vaultPath = copyVault(template, path.join(dir, `run-${delay}`));
      const output = await changeAndKill(vaultPath, delay);
      const state = await inspect(vaultPath);
      expect(state.cases).toBe(CASES);
      expect(['old', 'new']).toContain(state.opensWith);
      if (output.includes('done')) expect(state.opensWith).toBe('new');
    },
    60_000,
  );
});
