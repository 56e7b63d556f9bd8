import type { Command } from 'commander';
import type { IntegrityReport } from '../../../shared/domain/integrity';
import { CliError, EXIT_CODES } from '../errors';
import { valueOf, type CommandContext, type GlobalOptions } from '../session';
import { safeText } from '../table';
import { withPassphrase } from './vaultSession';

const VERIFY_DESCRIPTION =
  "check the vault: SQLite's integrity_check, every page's SQLCipher HMAC, foreign_key_check " +
  'and every stored original re-hashed against its recorded SHA-256 (with --json: ' +
  '{"ok","pages","documents","problems":[{"kind","table"?,"page"?,"documentId"?,"documentTitle"?,"detail"}]})';

const VERIFY_HELP_AFTER = `
Exit status: 0 when nothing is wrong; ${EXIT_CODES.VERIFY_FAILED} when any problem is found (the report is still
printed). Reads only: the vault file is not changed.`;

function reportText(report: IntegrityReport): string {
  const lines = [
    report.ok
      ? `OK: ${report.pages} pages and ${report.documents} documents verified.`
      : `NOT OK: ${report.problems.length} problem(s) (${report.pages} pages, ${report.documents} documents).`,
  ];
  for (const problem of report.problems) {
    const where = [
      problem.table === undefined ? '' : `table ${problem.table}`,
      problem.page === undefined ? '' : `page ${problem.page}`,
      problem.documentTitle === undefined ? '' : `document "${problem.documentTitle}"`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${problem.kind.padEnd(12)}${where ? `${where}: ` : ''}${problem.detail}`);
  }
  // Titles are case data typed by people: none of their control characters reaches the terminal.
  return lines.map(safeText).join('\n');
}

export function registerVerify(program: Command, context: CommandContext): void {
  program
    .command('verify')
    .description(VERIFY_DESCRIPTION)
    .addHelpText('after', VERIFY_HELP_AFTER)
    .action(async (_options: unknown, command: Command) => {
      const report = await withPassphrase(
        context,
        command.optsWithGlobals<GlobalOptions>(),
        true,
        ({ api, passphrase }) => valueOf(api.vault.check({ passphrase })),
      );
      context.out.result(report, reportText(report));
      if (!report.ok) {
        throw new CliError(
          'VERIFY_FAILED',
          `The vault check found ${report.problems.length} problem(s)`,
        );
      }
    });
}
