import type { Command } from 'commander';
import { withVault, type CommandContext, type GlobalOptions } from '../session';

/** `casefile init`: creates a new, empty vault file (never overwrites one). */
export function registerInit(program: Command, context: CommandContext): void {
  program
    .command('init')
    .description('create a new encrypted vault at --vault (prompts twice for the passphrase)')
    .addHelpText('after', '\nWith --json prints {"vault":"<absolute path>","created":true}.')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const vault = await withVault(context, options, 'create', (_api, vaultPath) =>
        Promise.resolve(vaultPath),
      );
      context.out.result({ vault, created: true }, `Created vault ${vault}`);
    });
}
