import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { createCore, type Core, type CoreOptions } from '../core/createCore';
import { registerCase } from './commands/case';
import { registerDocument, registerImportCommand } from './commands/document';
import { registerInit } from './commands/init';
import { registerSearch } from './commands/search';
import { registerNote } from './commands/note';
import { registerFact } from './commands/fact';
import { registerExport } from './commands/export';
import { registerOcr } from './commands/ocr';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerRestore } from './commands/restore';
import { registerVerify } from './commands/verify';
import { EXIT_CODES, exitCodeOf, toCliErrorInfo, type CliErrorCode } from './errors';
import type { CliIo } from './io';
import { Output } from './output';
import { PASSPHRASE_ENV } from './passphrase';
import { VAULT_ENV, type CommandContext, type GlobalOptions } from './session';

export interface CliDependencies {
  createCore?: (options: CoreOptions) => Core;
}

/** --help and --version end commander's parse by throwing; they are successes. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

function exitCodeTable(): string {
  const byStatus = new Map<number, CliErrorCode[]>();
  for (const [code, status] of Object.entries(EXIT_CODES) as [CliErrorCode, number][]) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, codes]) => `  ${String(status).padEnd(4)}${codes.join(', ')}`)
    .join('\n');
}

const HELP_AFTER = `
Passphrase, first found of:
  --passphrase-file FILE   the first line of FILE (keep it private: chmod 600)
  ${PASSPHRASE_ENV.padEnd(24)} environment variable
  a hidden prompt          when run in a terminal (init asks twice)
There is deliberately no --passphrase option: command lines are visible to every
user of the machine (ps, /proc) and end up in shell history.

Vault: --vault FILE, else ${VAULT_ENV}.

--json (before or after the command): stdout carries exactly one JSON document;
errors go to stderr as {"error":{"code":"...","message":"..."}}.

Exit status:
  0   success
${exitCodeTable()}`;

/** True when the user asked for JSON, for errors raised before commander has parsed it. */
function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

export function buildProgram(context: CommandContext): Command {
  const { io, out } = context;
  const program = new Command('casefile')
    .description('Casefile: the encrypted case-file vault, from the command line')
    .version(packageJson.version, '-V, --version')
    .option('--vault <file>', `vault file (default: $${VAULT_ENV})`)
    .option('--passphrase-file <file>', 'read the passphrase from the first line of <file>')
    .option('--json', 'machine-readable output: one JSON document on stdout')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Under --json, stderr carries only JSON lines, so commander's help-on-error is dropped.
      writeErr: (text) => (out.json ? undefined : io.stderr.write(text)),
      // Commander's own "error: ..." lines are replaced by Output.error's stable format.
      outputError: () => undefined,
    })
    .exitOverride()
    .addHelpText('after', HELP_AFTER);

  program.hook('preAction', (_program, action) => {
    out.json = action.optsWithGlobals<GlobalOptions>().json === true;
  });
  registerInit(program, context);
  registerCase(program, context);
  registerImportCommand(program, context);
  registerDocument(program, context);
  registerSearch(program, context);
  registerNote(program, context);
  registerFact(program, context);
  registerExport(program, context);
  registerOcr(program, context);
  registerAudit(program, context);
  registerBackup(program, context);
  registerRestore(program, context);
  registerVerify(program, context);
  return program;
}

/** Runs one CLI invocation in-process and returns its exit status; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  dependencies: CliDependencies = {},
): Promise<number> {
  const out = new Output(io.stdout, io.stderr, jsonRequested(argv));
  const context: CommandContext = {
    io,
    out,
    createCore: dependencies.createCore ?? createCore,
  };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError && COMMANDER_SUCCESS.has(error.code)) return 0;
    const info = toCliErrorInfo(error, io.env.CASEFILE_DEBUG === '1');
    out.error(info);
    return exitCodeOf(info.code);
  }
}
