import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/tempDir';
import { writePopulatedVault } from './populatedVault';
import { tamperRuns } from './tamper';

/**
 * The tamper must-show in small: a few seeded single-byte changes of a closed vault, each caught
 * by unlock or by "Check vault". `npx tsx tests/bench/tamperVault.ts` runs the same code 100 times
 * (each run costs several 256k-round key derivations, too slow for every `npm test`).
 */
const SEED = Number(process.env.TAMPER_SEED ?? 20261130);
const RUNS = 8;

let dir: string;
let pristine: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  pristine = await writePopulatedVault(dir);
}, 60_000);
afterAll(() => cleanup());

describe(`tampering with a closed vault (seed ${SEED})`, () => {
  it('detects every single-byte change by a typed unlock error or a check problem', async () => {
    const outcomes = await tamperRuns(pristine, path.join(dir, 'tampered.vault'), SEED, RUNS);
    expect(outcomes).toHaveLength(RUNS);
    const missed = outcomes.filter((outcome) => outcome.detectedBy === 'nothing');
    expect(missed).toEqual([]);
    for (const outcome of outcomes) {
      if (outcome.detectedBy === 'open') {
        expect(['VAULT_CORRUPT', 'WRONG_PASSPHRASE']).toContain(outcome.code);
      }
    }
  }, 120_000);
});
