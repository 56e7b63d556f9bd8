// Child process for the partial-file test: unlocks the vault, starts exporting to the target
// with the real writer and ledger, says "writing" once the partial file holds its first chunk,
// then hangs inside the writer until the parent kills it.
import { createHash } from 'node:crypto';
import { exportOriginal } from '../../electron/core/documents/exportOriginal';
import { vaultPartialLedger } from '../../electron/core/exports/partialLedger';
import { VaultSession } from '../../electron/core/vault/VaultSession';

const [vaultPath, passphrase, target] = process.argv.slice(2) as [string, string, string];
const session = new VaultSession(vaultPath);
session.unlock(passphrase);
const first = Buffer.from('Обвинительное заключение, страница 1\n');

function* chunks(): Generator<Buffer> {
  yield first;
  process.stdout.write('writing\n');
  // Stuck mid-export, as a process is when the power goes or it is killed.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
}

const sha256 = createHash('sha256').update(first).digest('hex');
exportOriginal(
  chunks(),
  target,
  sha256,
  vaultPartialLedger(() => session.db()),
).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
