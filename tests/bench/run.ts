// `npm run bench [-- vault|import ...]`: runs the named benchmarks (all of them when none is named),
// each printing one JSON line on stdout.
//   vault  → tests/bench/vaultCases.ts   {"bench":"vault-cases",...}
//   import → tests/bench/importCorpus.ts {"bench":"import",...}
import { runImportCorpus } from './importCorpus';
import { runVaultCases } from './vaultCases';

const BENCHES: Record<string, () => void | Promise<void>> = {
  vault: runVaultCases,
  import: runImportCorpus,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((arg) => arg !== '--');
  const unknown = names.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    console.error(
      `bench: unknown ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`,
    );
    process.exit(2);
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
    await BENCHES[name]!();
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
