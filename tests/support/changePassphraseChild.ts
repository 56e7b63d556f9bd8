// Child process for the crash test: unlock, say "ready", change the passphrase, say "done".
// The parent kills it at chosen moments; whatever state the vault is left in must open.
import { createCore } from '../../electron/core/createCore';
import { createClient } from '../../shared/ipc/client';

const [vaultPath, current, next] = process.argv.slice(2) as [string, string, string];
const core = createCore({ vaultPath });
const api = createClient(core.dispatch);
const unlocked = await api.vault.unlock({ passphrase: current });
if (!unlocked.ok) throw new Error(unlocked.error.code);
process.stdout.write('ready\n');
const changed = await api.vault.changePassphrase({ current, next });
process.stdout.write(changed.ok ? 'done\n' : `failed ${changed.error.code}\n`);
core.close();
