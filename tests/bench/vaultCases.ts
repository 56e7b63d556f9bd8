// The cost of encryption on everyday case work, as a ratio against the same code on an unencrypted
// SQLite file measured in the same run (the machine is shared; absolute times lie).
// Prints: {"bench":"vault-cases","cases":N,"create_per_s":..,"baseline_create_per_s":..,"create_ratio":..,
//          "list_per_s":..,"baseline_list_per_s":..,"list_ratio":..}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCaseService } from '../../electron/core/cases/caseService';
import { createPartyService } from '../../electron/core/cases/partyService';
import { systemClock } from '../../electron/core/clock';
import { migrate } from '../../electron/core/vault/migrate';
import { MIGRATIONS } from '../../electron/core/vault/migrations';
import { applyCipher, applyPragmas } from '../../electron/core/vault/pragmas';

const CASES = Number(process.env.BENCH_CASES ?? 1500);
const LISTS = Number(process.env.BENCH_LISTS ?? 40);

function measure(encrypted: boolean, dir: string) {
  const db = new Database(path.join(dir, encrypted ? 'encrypted.vault' : 'plain.db'));
  if (encrypted) applyCipher(db, 'benchmark passphrase 2026');
  applyPragmas(db);
  migrate(db, MIGRATIONS);
  const cases = createCaseService(() => db, systemClock);
  const parties = createPartyService(() => db, systemClock, cases);

  let started = performance.now();
  for (let i = 0; i < CASES; i += 1) {
    const { id } = cases.create({
      title: `Дело № ${i} Әлиев Қ. v. State`,
      status: 'open',
      tags: ['ст. 274'],
      number: `2-${i}/2026`,
    });
    parties.add({ caseId: id, name: `Свидетель ${i}`, role: 'witness' });
  }
  const createSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  for (let i = 0; i < LISTS; i += 1) {
    cases.list({ text: i % 2 ? 'әлиев' : '', statuses: [], sort: 'title', direction: 'asc' });
  }
  const listSeconds = (performance.now() - started) / 1000;
  db.close();
  return { createPerSecond: CASES / createSeconds, listPerSecond: LISTS / listSeconds };
}

export function runVaultCases(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));
  try {
    measure(false, fs.mkdtempSync(path.join(dir, 'warmup-')));
    const baseline = measure(false, dir);
    const encrypted = measure(true, dir);
    const round = (value: number) => Math.round(value * 100) / 100;
    console.log(
      JSON.stringify({
        bench: 'vault-cases',
        cases: CASES,
        create_per_s: round(encrypted.createPerSecond),
        baseline_create_per_s: round(baseline.createPerSecond),
        create_ratio: round(encrypted.createPerSecond / baseline.createPerSecond),
        list_per_s: round(encrypted.listPerSecond),
        baseline_list_per_s: round(baseline.listPerSecond),
        list_ratio: round(encrypted.listPerSecond / baseline.listPerSecond),
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
