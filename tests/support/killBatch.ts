import fs from 'node:fs';
import path from 'node:path';
import { killRun, prepareKillTemplate, type KillRunOutcome } from './killRun';
import { makeTempDir } from './tempDir';

export interface KillBatchOptions {
  runs: number;
  /** Run i uses seed + i; print it so a failing run can be replayed alone. */
  seed: number;
  concurrency: number;
  /** The kill lands uniformly in [0, maxDelayMs] after the child has unlocked the vault. */
  maxDelayMs: number;
  onRun?: (outcome: KillRunOutcome, index: number) => void;
  /** Keep the folders of failed runs (the script does, for a look; tests clean up). */
  keepFailures?: boolean;
}

export interface KillBatchSummary {
  bench: 'kill';
  runs: number;
  failures: number;
  killed: number;
  seed: number;
  committedItems: number;
  /** Partial files the kills left, every one removed by the next unlock (else a failure). */
  partialFilesSwept: number;
  seconds: number;
  failedSeeds: number[];
  /** Where the failed runs were kept, when asked to. */
  keptIn: string | null;
}

/** Runs `runs` kill runs over copies of one prepared vault; each run's folder is removed after. */
export async function runKillBatch(options: KillBatchOptions): Promise<{
  summary: KillBatchSummary;
  outcomes: KillRunOutcome[];
}> {
  const started = performance.now();
  const { dir, cleanup } = makeTempDir('casefile-kill-');
  let keep = false;
  try {
    const template = await prepareKillTemplate(dir);
    const outcomes: KillRunOutcome[] = [];
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < options.runs; index = next++) {
        const runDir = path.join(dir, `run-${index}`);
        const outcome = await killRun(template, runDir, options.seed + index, options.maxDelayMs);
        outcomes.push(outcome);
        options.onRun?.(outcome, index);
        if (outcome.failures.length === 0) fs.rmSync(runDir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const failed = outcomes.filter((outcome) => outcome.failures.length > 0);
    keep = (options.keepFailures ?? false) && failed.length > 0;
    return {
      outcomes,
      summary: {
        bench: 'kill',
        runs: outcomes.length,
        failures: failed.length,
        killed: outcomes.filter((outcome) => outcome.killed).length,
        seed: options.seed,
        committedItems: outcomes.reduce((sum, outcome) => sum + outcome.committed, 0),
        partialFilesSwept: outcomes.reduce((sum, outcome) => sum + outcome.partialFiles, 0),
        seconds: Math.round((performance.now() - started) / 100) / 10,
        failedSeeds: failed.map((outcome) => outcome.seed),
        keptIn: keep ? dir : null,
      },
    };
  } finally {
    if (!keep) cleanup();
  }
}
