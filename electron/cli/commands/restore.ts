import path from 'node:path';
import type { Command } from 'commander';
import { contract } from '../../../shared/ipc/contract';
import { createClient } from '../../../shared/ipc/client';
import { obtainPassphrase } from '../passphrase';
import { openCliCore, valueOf, type CommandContext, type GlobalOptions } from '../session';
import { safeText } from '../table';
import { checkInput } from '../validate';

const RESTORE_DESCRIPTION =
  "replace the vault with the backup FILE. The passphrase asked for is the backup's, and it " +
  "becomes the vault's. The backup is checked (integrity, schema version) and upgraded in a " +
  'copy before anything is replaced; on any failure the vault stays exactly as it was ' +
  '(with --json: {"restored","vault"}).';

export function registerRestore(program: Command, context: CommandContext): void {
  program
    .command('restore')
    .description(RESTORE_DESCRIPTION)
    .argument('<file>', 'backup file (from casefile backup or the app)')
    .action(async (file: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const backup = path.resolve(context.io.cwd ?? process.cwd(), file);
      const { core, vaultPath } = openCliCore(context, options);
      try {
        const passphrase = await obtainPassphrase('unlock', {
          io: context.io,
          out: context.out,
          file: options.passphraseFile,
        });
        const input = checkInput(
          contract.routes['vault.restore'].input,
          { file: backup, passphrase },
          { file: 'FILE' },
        );
        await valueOf(createClient(core.dispatch).vault.restore(input));
      } finally {
        core.close();
      }
      context.out.result(
        { restored: backup, vault: vaultPath },
        `Restored ${safeText(backup)}\ninto ${safeText(vaultPath)}`,
      );
    });
}
