// `npm run torture -- kill [--runs 200] [--seed N] [--concurrency 2] [--max-delay-ms 6000]`
// Issue 7's kill test at full size: a child doing imports, note and fact edits, annotations and
// exports through the real core is SIGKILLed at a seeded random moment, then the vault is opened
// and checked (tests/support/killRun.ts). The last line is the JSON summary; a smaller run of the
// same code is tests/integration/robustness/killTest.test.ts. Run through tsx (it loads the .ts).
import { parseArgs } from 'node:util';
import { runKillBatch } from '../tests/support/killBatch.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    'max-delay-ms': { type: 'string', default: '6000' },
  },
});
if (positionals[0] !== 'kill') {
  console.error(
    'usage: npm run torture -- kill [--runs N] [--seed N] [--concurrency N] [--max-delay-ms N]',
  );
  process.exit(2);
}
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
console.log(`kill test: seed ${seed} (replay with --seed ${seed})`);
const { summary, outcomes } = await runKillBatch({
  runs: Number(values.runs),
  seed,
  concurrency: Number(values.concurrency),
  maxDelayMs: Number(values['max-delay-ms']),
  keepFailures: true,
  onRun(outcome, index) {
    const verdict = outcome.failures.length === 0 ? 'ok' : `FAILED: ${outcome.failures.join('; ')}`;
    console.log(
      `run ${index} seed ${outcome.seed} kill after ${outcome.delay} ms: ${outcome.committed} committed, ${outcome.partialFiles} partial files (removed at unlock), ${verdict}`,
    );
  },
});
const failed = outcomes.filter((outcome) => outcome.failures.length > 0);
for (const outcome of failed)
  console.log(`seed ${outcome.seed} stderr: ${outcome.stderr.slice(0, 2000)}`);
console.log(JSON.stringify(summary));
process.exit(summary.failures === 0 ? 0 : 1);
