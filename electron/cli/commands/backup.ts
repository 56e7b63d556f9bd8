import path from 'node:path';
import type { Command } from 'commander';
import type { BackupProgress } from '../../../shared/domain/backup';
import { isErrorCode } from '../../../shared/errors';
import { contract } from '../../../shared/ipc/contract';
import { assertNewTarget } from '../../core/exports/placeNewFile';
import { CliError } from '../errors';
import { readPassphraseFile } from '../passphrase';
import { safeText } from '../table';
import type { CommandContext, GlobalOptions } from '../session';
import { runCliJob } from '../runJob';
import { checkInput } from '../validate';
import { withPassphrase, type PassphraseSession } from './vaultSession';

interface BackupOptions {
  out: string;
  newPassphraseFile?: string;
}

const BACKUP_DESCRIPTION =
  'write an online backup of the vault to FILE: itself an encrypted vault, under the same ' +
  'passphrase or the one in --new-passphrase-file. Never overwrites (with --json: ' +
  '{"out","size","pages"}).';

const BACKUP_HELP_AFTER = `
The backup opens like any vault: casefile --vault FILE ..., or casefile restore FILE.
Ctrl-C cancels: no file is left behind (exit 130).`;

/** Runs the backup job to its final event, showing pages on a terminal; Ctrl-C cancels it. */
function runBackupJob(
  session: PassphraseSession,
  input: { out: string; passphrase: string; newPassphrase?: string },
  context: CommandContext,
): Promise<BackupProgress> {
  return runCliJob<BackupProgress>(session.core, session.api, context, {
    event: 'backup.progress',
    start: () => session.api.vault.backup(input),
    line: (progress) => `Backing up ${progress.completed}/${progress.total} pages`,
  });
}

export function registerBackup(program: Command, context: CommandContext): void {
  program
    .command('backup')
    .description(BACKUP_DESCRIPTION)
    .requiredOption('--out <file>', 'backup file to create')
    .option(
      '--new-passphrase-file <file>',
      "key the backup with the first line of <file> instead of the vault's passphrase",
    )
    .addHelpText('after', BACKUP_HELP_AFTER)
    .action(async (options: BackupOptions, command: Command) => {
      const cwd = context.io.cwd ?? process.cwd();
      const out = path.resolve(cwd, options.out);
      // Before the passphrase: an existing file costs the user nothing to learn about.
      assertNewTarget(out);
      const newPassphrase =
        options.newPassphraseFile === undefined
          ? undefined
          : readPassphraseFile(path.resolve(cwd, options.newPassphraseFile), context.out);
      if (newPassphrase !== undefined) context.out.addSecret(newPassphrase);
      const final = await withPassphrase(
        context,
        command.optsWithGlobals<GlobalOptions>(),
        true,
        (session) => {
          const input = checkInput(
            contract.routes['vault.backup'].input,
            {
              out,
              passphrase: session.passphrase,
              ...(newPassphrase === undefined ? {} : { newPassphrase }),
            },
            { out: '--out', newPassphrase: '--new-passphrase-file' },
          );
          return runBackupJob(session, input, context);
        },
      );
      if (final.state === 'cancelled') {
        throw new CliError('INTERRUPTED', 'The backup was cancelled; no file was written');
      }
      if (final.state !== 'done' || !final.result) {
        const error = final.error ?? { code: 'INTERNAL', message: 'The backup failed' };
        throw new CliError(isErrorCode(error.code) ? error.code : 'INTERNAL', error.message);
      }
      const { result } = final;
      context.out.result(
        { out: result.path, size: result.size, pages: result.pages },
        `${safeText(result.path)}\n${result.pages} pages, ${result.size} bytes, encrypted`,
      );
    });
}
