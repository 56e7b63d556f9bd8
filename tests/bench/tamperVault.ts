/**
 * Tamper must-show (issue 7): `npx tsx tests/bench/tamperVault.ts [--runs 100] [--seed N]`.
 * Changes one byte at a seeded random offset of a closed vault with cases, documents and notes,
 * `runs` times; each change must make unlock fail with a typed error or "Check vault" report a
 * problem. Prints the seed, the counts and, last, one JSON line. Exits 1 on any miss.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePopulatedVault } from '../integration/integrity/populatedVault';
import { tamperRuns } from '../integration/integrity/tamper';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isInteger(value) ? value : fallback;
}

async function main(): Promise<void> {
  const runs = option('runs', 100);
  const seed = option('seed', Date.now() % 2 ** 31);
  console.log(`tamper: seed ${seed}, ${runs} runs`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-tamper-'));
  try {
    const started = Date.now();
    const pristine = await writePopulatedVault(dir);
    const outcomes = await tamperRuns(pristine, path.join(dir, 'tampered.vault'), seed, runs);
    const count = (kind: string) =>
      outcomes.filter((outcome) => outcome.detectedBy === kind).length;
    const codes: Record<string, number> = {};
    for (const outcome of outcomes) {
      if (outcome.detectedBy === 'open') codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
    }
    const missed = outcomes.filter((outcome) => outcome.detectedBy === 'nothing');
    for (const miss of missed) console.log(`MISSED offset ${miss.offset}: ${JSON.stringify(miss)}`);
    const summary = {
      bench: 'tamper',
      seed,
      runs,
      file_bytes: fs.statSync(pristine).size,
      detected_by_unlock: count('open'),
      detected_by_check: count('verify'),
      undetected: missed.length,
      silent_wrong_data: missed.filter((miss) => miss.detectedBy === 'nothing' && !miss.sameData)
        .length,
      unlock_codes: codes,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    console.log(JSON.stringify(summary));
    process.exitCode = missed.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
