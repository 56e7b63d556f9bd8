import fs from 'node:fs';
import { checkVault } from '../../../electron/core/integrity/checkVault';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { closeVault, openVault } from '../../../electron/core/vault/openVault';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE } from '../../support/coreFixture';
import { snapshotOf } from './populatedVault';
import { mulberry32 } from '../../support/seededRandom';

export type TamperOutcome =
  | { offset: number; detectedBy: 'open'; code: string }
  | { offset: number; detectedBy: 'verify'; problems: number }
  | { offset: number; detectedBy: 'nothing'; sameData: boolean };

/**
 * One changed byte at `offset` of a copy of the pristine vault, then the lawyer's two ways in:
 * unlock (which must refuse with a typed error) or, if it opens, "Check vault" (which must report
 * a problem). A change neither sees is reported with whether the data still reads the same.
 */
export async function tamperOnce(
  pristine: Buffer,
  work: string,
  offset: number,
  xor: number,
  expected: string,
): Promise<TamperOutcome> {
  const bytes = Buffer.from(pristine);
  bytes[offset] = (bytes[offset] ?? 0) ^ xor;
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${work}${suffix}`, { force: true });
  fs.writeFileSync(work, bytes);
  try {
    closeVault(openVault(work, PASSPHRASE, { migrations: MIGRATIONS }));
  } catch (error) {
    if (error instanceof AppError) return { offset, detectedBy: 'open', code: error.code };
    throw error;
  }
  const report = await checkVault(work, PASSPHRASE);
  if (!report.ok) return { offset, detectedBy: 'verify', problems: report.problems.length };
  let sameData: boolean;
  try {
    sameData = snapshotOf(work) === expected;
  } catch {
    sameData = false;
  }
  return { offset, detectedBy: 'nothing', sameData };
}

/** `runs` changes at seeded random offsets of the pristine vault file. */
export async function tamperRuns(
  pristinePath: string,
  work: string,
  seed: number,
  runs: number,
): Promise<TamperOutcome[]> {
  const pristine = fs.readFileSync(pristinePath);
  const expected = snapshotOf(pristinePath);
  const random = mulberry32(seed);
  const outcomes: TamperOutcome[] = [];
  for (let run = 0; run < runs; run += 1) {
    const offset = Math.floor(random() * pristine.length);
    const xor = 1 + Math.floor(random() * 255);
    outcomes.push(await tamperOnce(pristine, work, offset, xor, expected));
  }
  return outcomes;
}
