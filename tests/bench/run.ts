// `npm run bench [-- vault|import|search ...] [--pages N]`: runs the named benchmarks (all of them
// when none is named), each printing one JSON line on stdout. Options go to every bench named.
//   vault  → tests/bench/vaultCases.ts   {"bench":"vault-cases",...}
//   import → tests/bench/importCorpus.ts {"bench":"import",...}
//   search → tests/bench/searchBench.ts  {"bench":"search",...}  (--pages N, default 100000)
//   export → tests/bench/exportBench.ts  {"bench":"export",...}
//   ocr    → tests/bench/ocrBench.ts     {"bench":"ocr",...}  (--generated N, --workers N)
import { runExportBench } from './exportBench';
import { runImportCorpus } from './importCorpus';
import { runOcrBench } from './ocrBench';
import { runSearchBench } from './searchBench';
import { runVaultCases } from './vaultCases';

const BENCHES: Record<string, (args: readonly string[]) => void | Promise<void>> = {
  vault: runVaultCases,
  import: runImportCorpus,
  search: runSearchBench,
  export: runExportBench,
  ocr: runOcrBench,
};

/** `--name value` pairs are options; the other words name benches. */
function splitArgs(argv: readonly string[]): { names: string[]; options: string[] } {
  const names: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) options.push(arg, argv[++i] ?? '');
    else names.push(arg);
  }
  return { names, options };
}

async function main(): Promise<void> {
  const { names, options } = splitArgs(process.argv.slice(2));
  const unknown = names.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    console.error(
      `bench: unknown ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`,
    );
    process.exit(2);
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
    await BENCHES[name]!(options);
  }
}

main().then(
  // Worker threads still shutting down must not keep the process (and npm) waiting.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
