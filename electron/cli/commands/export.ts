import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  DOSSIER_LANGUAGES,
  type DossierFormat,
  type DossierLanguage,
  type DossierOptionsInput,
  type DossierProgress,
} from '../../../shared/domain/dossier';
import type { DocumentSummary } from '../../../shared/domain/document';
import { isErrorCode } from '../../../shared/errors';
import type { CasefileApi } from '../../../shared/ipc/client';
import { contract } from '../../../shared/ipc/contract';
import type { Core, CoreOptions } from '../../core/createCore';
import { assertNewTarget } from '../../core/exports/placeNewFile';
import { verifyDossier } from '../../core/dossier/verify';
import { CliError, EXIT_CODES } from '../errors';
import { parsePassphraseFile } from '../passphrase';
import { safeText } from '../table';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { runCliJob } from '../runJob';
import { checkInput } from '../validate';

interface ExportOptions {
  case: string;
  out: string;
  stamp?: string;
  lang: string;
  passwordFile?: string[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/** The format is the output file's extension: the one thing a lawyer already typed. */
function formatOf(out: string): DossierFormat {
  const extension = path.extname(out).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if (extension === '.zip') return 'zip';
  throw new CliError(
    'USAGE',
    '--out: the file must end in .pdf (the bundle) or .zip (the dossier)',
  );
}

function languageOf(value: string): DossierLanguage {
  if ((DOSSIER_LANGUAGES as readonly string[]).includes(value)) return value as DossierLanguage;
  throw new CliError('VALIDATION', `--lang: use one of ${DOSSIER_LANGUAGES.join(', ')}`);
}

/** `DOC_ID=FILE` pairs: each file's first line is that document's password, never stored. */
function passwordsOf(
  pairs: readonly string[],
  context: CommandContext,
): { documentId: string; password: string }[] {
  const cwd = context.io.cwd ?? process.cwd();
  return pairs.map((pair) => {
    const split = pair.indexOf('=');
    if (split <= 0 || split === pair.length - 1) {
      throw new CliError('USAGE', '--password-file: use DOC_ID=FILE');
    }
    const documentId = pair.slice(0, split);
    let content: string;
    try {
      content = readFileSync(path.resolve(cwd, pair.slice(split + 1)), 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      throw new CliError('IO_ERROR', `Cannot read the password file (${reason})`);
    }
    const password = parsePassphraseFile(content);
    if (password.length === 0) throw new CliError('VALIDATION', 'A password file is empty');
    context.out.addSecret(password);
    return { documentId, password };
  });
}

/** Every document of the case, by document date (undated last), then in import order. */
function inDateOrder(documents: readonly DocumentSummary[]): string[] {
  return [...documents]
    .map((document, index) => ({ document, index }))
    .sort((a, b) => {
      const [x, y] = [a.document.docDate, b.document.docDate];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return x < y ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ document }) => document.id);
}

/** Runs the export job to its final event, showing progress on a terminal; Ctrl-C cancels it. */
function runExportJob(
  api: CasefileApi,
  core: Core,
  input: Parameters<CasefileApi['dossier']['export']>[0],
  context: CommandContext,
): Promise<DossierProgress> {
  return runCliJob<DossierProgress>(core, api, context, {
    event: 'dossier.progress',
    start: () => api.dossier.export(input),
    line: (progress) => {
      const current =
        progress.current === null ? '' : ` ${safeText(progress.current).slice(0, 60)}`;
      return `Exporting ${progress.completed}/${progress.total}${current}`;
    },
    cancelling: 'Cancelling the export…',
  });
}

const EXPORT_DESCRIPTION =
  "export a case's dossier: FILE.pdf (the court bundle: cover, inventory, every document with " +
  'bookmarks and stamped page numbers) or FILE.zip (the bundle, every original, manifest.json ' +
  'with SHA-256 checksums and a README). All documents of the case, in one section, by document ' +
  'date then import. Never overwrites (with --json: {"out","pages","documents","sha256"}).';

const EXPORT_HELP_AFTER = `
Encrypted originals are left out of the bundle (and listed as excluded) unless their password
is given with --password-file DOC_ID=FILE (the first line of FILE; repeatable). Passwords are
used for this export only and never stored. Ctrl-C cancels: no file is left behind (exit 130).`;

const VERIFY_DESCRIPTION =
  'verify a dossier ZIP: re-hash every file against its manifest.json and report each file ' +
  'missing, altered (mismatch) or not listed (unexpected) (with --json: ' +
  '{"ok","checked","problems":[{"kind","file","expected"?,"actual"?}]})';

const VERIFY_HELP_AFTER = `
Exit status: 0 when every file matches; ${EXIT_CODES.VERIFY_FAILED} when any problem is found (the report is
still printed); ${EXIT_CODES.UNSUPPORTED_TYPE} when the file is not a ZIP. No vault or passphrase is needed.`;

function reportText(report: Awaited<ReturnType<typeof verifyDossier>>): string {
  const lines = [
    report.ok
      ? `OK: all ${report.checked} files match the manifest.`
      : `NOT OK: ${report.problems.length} problem(s) in ${report.checked} files checked.`,
  ];
  for (const problem of report.problems) {
    const hashes =
      problem.expected === undefined
        ? ''
        : ` (expected ${problem.expected}${problem.actual ? `, found ${problem.actual}` : ''})`;
    lines.push(`  ${problem.kind.padEnd(10)} ${problem.file}${hashes}`);
  }
  // File names come from the ZIP: none of their control characters reaches the terminal.
  return lines.map(safeText).join('\n');
}

export function registerExport(program: Command, context: CommandContext): void {
  program
    .command('export')
    .description(EXPORT_DESCRIPTION)
    .requiredOption('--case <id>', 'case id (from case list)')
    .requiredOption('--out <file>', 'file to create: .pdf or .zip')
    .option('--stamp <prefix>', 'page stamp prefix, e.g. ДЕЛО-7511- (default: none)')
    .option(
      '--lang <language>',
      `language of the generated pages (${DOSSIER_LANGUAGES.join(', ')})`,
      'ru',
    )
    .option('--password-file <pair>', 'DOC_ID=FILE: password of an encrypted original', collect)
    .addHelpText('after', EXPORT_HELP_AFTER)
    .action(async (options: ExportOptions, command: Command) => {
      const cwd = context.io.cwd ?? process.cwd();
      const out = path.resolve(cwd, options.out);
      const format = formatOf(out);
      const language = languageOf(options.lang);
      const passwords = passwordsOf(options.passwordFile ?? [], context);
      // Before the passphrase: an existing file costs the user nothing to learn about.
      assertNewTarget(out);
      let core: Core | undefined;
      const session: CommandContext = {
        ...context,
        createCore: (coreOptions: CoreOptions) => (core = context.createCore(coreOptions)),
      };
      const final = await withVault(
        session,
        command.optsWithGlobals<GlobalOptions>(),
        'unlock',
        async (api) => {
          const caseId = options.case;
          const documents = await valueOf(api.documents.list({ caseId: caseId }));
          if (documents.length === 0) {
            throw new CliError('VALIDATION', 'The case has no documents to export');
          }
          const dossierOptions: DossierOptionsInput = {
            caseId: caseId,
            sections: [{ title: '', documentIds: inDateOrder(documents) }],
            include: {
              cover: true,
              inventory: true,
              chronology: false,
              notes: false,
              annotations: false,
            },
            language,
            passwords: passwords,
            ...(options.stamp === undefined ? {} : { stamp: { prefix: options.stamp } }),
          };
          const input = checkInput(
            contract.routes['dossier.export'].input,
            { options: dossierOptions, out, format },
            { options: '--case/--stamp/--password-file', out: '--out' },
          );
          return runExportJob(api, core as Core, input, context);
        },
      );
      if (final.state === 'cancelled') {
        throw new CliError('INTERRUPTED', 'The export was cancelled; no file was written');
      }
      if (final.state !== 'done' || !final.result) {
        const error = final.error ?? { code: 'INTERNAL', message: 'The export failed' };
        throw new CliError(isErrorCode(error.code) ? error.code : 'INTERNAL', error.message);
      }
      const result = final.result;
      const excluded = result.excluded.map(
        (entry) => `  excluded (${entry.reason}): ${safeText(entry.title)}`,
      );
      context.out.result(
        {
          out: result.out,
          pages: result.pages,
          documents: result.documents,
          sha256: result.sha256,
        },
        [
          safeText(result.out),
          `${result.pages} pages, ${result.documents} documents, SHA-256 ${result.sha256}`,
          ...excluded,
        ].join('\n'),
      );
    });

  program
    .command('verify-export')
    .description(VERIFY_DESCRIPTION)
    .argument('<file>', 'the dossier ZIP')
    .addHelpText('after', VERIFY_HELP_AFTER)
    .action(async (file: string) => {
      const report = await verifyDossier(path.resolve(context.io.cwd ?? process.cwd(), file));
      context.out.result(report, reportText(report));
      if (!report.ok) {
        throw new CliError(
          'VERIFY_FAILED',
          `The dossier does not match its manifest (${report.problems.length} problem(s))`,
        );
      }
    });
}
