import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { ImportFileResult, ImportProgress } from '../../../shared/domain/job';
import { BYTES_PER_MEGABYTE, MAX_IMPORT_MEGABYTES } from '../../../shared/domain/settings';
import type { ErrorCode } from '../../../shared/errors';
import type { CasefileApi } from '../../../shared/ipc/client';
import { contract } from '../../../shared/ipc/contract';
import type { Core, CoreOptions } from '../../core/createCore';
import { expandPaths } from '../../core/documents/expandPaths';
import { CliError } from '../errors';
import { rejectionMessage } from '../importMessages';
import { parsePassphraseFile } from '../passphrase';
import { renderTable, safeText, type Column } from '../table';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';

/**
 * The CLI runs under tsx, so the PDF worker is the TypeScript source, loaded through tsx's
 * CommonJS hook (`--import tsx` does not reach a worker's entry file on Node 20).
 */
export const CLI_PDF_WORKER = {
  path: path.resolve(__dirname, '../../core/workers/pdfText/pdfTextWorker.ts'),
  execArgv: ['--require', 'tsx/cjs'],
};

/** Environment variable holding the password for encrypted PDFs (one of three sources). */
export const PDF_PASSWORD_ENV = 'CASEFILE_PDF_PASSWORD';

/** Most paths one `documents.import` call accepts (the contract's limit). */
const PATHS_PER_JOB = 10_000;

interface ImportOptions {
  case: string;
  pdfPassword?: string;
  pdfPasswordFile?: string;
  maxSizeMb?: number;
}

/** `--max-size-mb N`: a whole number of megabytes (2^20 bytes) within the setting's bounds. */
function parseMegabytes(value: string): number {
  const megabytes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (
    !Number.isSafeInteger(megabytes) ||
    megabytes < MAX_IMPORT_MEGABYTES.min ||
    megabytes > MAX_IMPORT_MEGABYTES.max
  ) {
    throw new InvalidArgumentError(
      `Use a whole number from ${MAX_IMPORT_MEGABYTES.min} to ${MAX_IMPORT_MEGABYTES.max}`,
    );
  }
  return megabytes;
}

/** One line of `casefile import --json` (issue 3 §9), one per file, in the order found. */
export interface ImportRow {
  /** The path as found: the given path, or the given folder joined with the file's place in it. */
  file: string;
  status: 'imported' | 'duplicate' | 'rejected';
  documentId?: string;
  pages?: number;
  sha256?: string;
  code?: ErrorCode;
  message?: string;
}

/** A file the CLI found: `file` as shown to the user, `absolute` as given to the core. */
interface FoundFile {
  file: string;
  absolute: string;
  unreadable: boolean;
}

/**
 * The files an import covers, walked by the core's own expandPaths (same order, same hidden-file
 * and link-loop rules), each named relative to the path the user typed.
 */
async function findFiles(given: readonly string[], cwd: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const typed of given) {
    const base = path.resolve(cwd, typed);
    for (const entry of await expandPaths([base])) {
      const inside = path.relative(base, entry.path);
      found.push({
        file: inside === '' ? typed : path.join(typed, inside),
        absolute: entry.path,
        unreadable: entry.error !== undefined,
      });
    }
  }
  return found;
}

/** --pdf-password, else --pdf-password-file, else $CASEFILE_PDF_PASSWORD; at most one flag. */
function pdfPasswordOf(options: ImportOptions, context: CommandContext): string | undefined {
  if (options.pdfPassword !== undefined && options.pdfPasswordFile !== undefined) {
    throw new CliError('USAGE', 'Give --pdf-password or --pdf-password-file, not both');
  }
  let password = options.pdfPassword;
  if (password === undefined && options.pdfPasswordFile !== undefined) {
    let content: string;
    try {
      content = readFileSync(
        path.resolve(context.io.cwd ?? process.cwd(), options.pdfPasswordFile),
        'utf8',
      );
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      throw new CliError('IO_ERROR', `Cannot read the PDF password file (${reason})`);
    }
    password = parsePassphraseFile(content);
    if (password.length === 0) throw new CliError('VALIDATION', 'The PDF password file is empty');
  }
  password ??= context.io.env[PDF_PASSWORD_ENV] || undefined;
  if (password !== undefined) context.out.addSecret(password);
  return password;
}

function rowsText(rows: readonly ImportRow[]): string {
  const count = (status: ImportRow['status']) => rows.filter((row) => row.status === status).length;
  const lines = [
    `Imported: ${count('imported')}, duplicates: ${count('duplicate')}, rejected: ${count('rejected')}`,
  ];
  for (const row of rows) {
    const detail =
      row.status === 'rejected'
        ? `${row.code ?? ''}: ${row.message ?? ''}`
        : (row.documentId ?? '');
    lines.push(`  ${row.status.padEnd(9)}  ${row.file}  ${detail}`);
  }
  // File names come from disk: no control character of theirs reaches the terminal.
  return lines.map(safeText).join('\n');
}

const IMPORT_DESCRIPTION =
  'import files and folders (recursively) into a case; prints one line per file ' +
  '(with --json: an array, one object per file in order: {"file","status":' +
  '"imported"|"duplicate"|"rejected","documentId"?,"pages"?,"sha256"?,"code"?,"message"?}). ' +
  'Exits 0 when the batch completed, even if some files were rejected; 130 when cancelled ' +
  '(Ctrl-C: files already imported stay); 1 when the vault could not take more.';

const IMPORT_HELP_AFTER = `
Password for encrypted PDFs, first found of:
  --pdf-password P         beware: a command line is visible to other users of the machine
                           (ps, /proc) and is kept in shell history
  --pdf-password-file F    the first line of F (keep it private: chmod 600)
  ${PDF_PASSWORD_ENV.padEnd(24)} environment variable
It is used for this import only and never stored.`;

const LIST_COLUMNS: Column<DocumentSummary>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'TYPE', value: (row) => row.docType },
  { header: 'PAGES', value: (row) => (row.pageCount === null ? '—' : String(row.pageCount)) },
  { header: 'TEXT', value: (row) => String(row.pagesWithText) },
  { header: 'SIZE', value: (row) => String(row.size) },
  { header: 'TITLE', value: (row) => row.title, max: 80 },
];

/**
 * The vault session of one command, with the PDF worker (and the import size limit, when given)
 * configured and the core in reach so the command can listen to job events.
 */
function withWorkerCore(
  context: CommandContext,
  overrides: Pick<CoreOptions, 'maxImportBytes'> = {},
): {
  context: CommandContext;
  core: () => Core;
} {
  let core: Core | undefined;
  return {
    context: {
      ...context,
      createCore: (options: CoreOptions) => {
        core = context.createCore({ ...options, ...overrides, pdfWorker: CLI_PDF_WORKER });
        return core;
      },
    },
    core: () => {
      if (!core) throw new Error('The core is not open');
      return core;
    },
  };
}

/** Runs one batch import job to its final event; Ctrl-C cancels it through jobs.cancel. */
async function runJob(
  api: CasefileApi,
  core: Core,
  input: Parameters<CasefileApi['documents']['import']>[0],
  interrupt: { requested: boolean; cancel?: () => void },
): Promise<ImportProgress> {
  // Listening before the job starts, so no event is missed.
  const finals = new Map<string, ImportProgress>();
  let wake: (() => void) | undefined;
  const unsubscribe = core.subscribe('jobs.progress', (payload) => {
    const progress = payload as ImportProgress;
    if (progress.state === 'running') return;
    finals.set(progress.jobId, progress);
    wake?.();
  });
  try {
    const { jobId } = await valueOf(api.documents.import(input));
    interrupt.cancel = () => void api.jobs.cancel({ jobId });
    if (interrupt.requested) interrupt.cancel();
    while (!finals.has(jobId)) await new Promise<void>((resolve) => (wake = resolve));
    return finals.get(jobId) as ImportProgress;
  } finally {
    interrupt.cancel = undefined;
    unsubscribe();
  }
}

/** `casefile import` (and its alias `casefile document import`). */
function registerImport(parent: Command, context: CommandContext): void {
  parent
    .command('import')
    .description(IMPORT_DESCRIPTION)
    .requiredOption('--case <id>', 'case id (from case list)')
    .option('--pdf-password <password>', 'password for encrypted PDFs (visible in ps: see below)')
    .option('--pdf-password-file <file>', 'read the PDF password from the first line of <file>')
    .option(
      '--max-size-mb <n>',
      'largest file to accept, in MB; larger ones are rejected (FILE_TOO_LARGE) (default: 1024)',
      parseMegabytes,
    )
    .argument('<paths...>', 'files or folders to import')
    .addHelpText('after', IMPORT_HELP_AFTER)
    .action(async (paths: string[], options: ImportOptions, command: Command) => {
      const pdfPassword = pdfPasswordOf(options, context);
      const cwd = context.io.cwd ?? process.cwd();
      // Checked on what the user typed before anything is read or unlocked.
      const checked = checkInput(
        contract.routes['documents.import'].input,
        { caseId: options.case, paths: paths.map((file) => path.resolve(cwd, file)), pdfPassword },
        { caseId: '--case', paths: 'PATH', pdfPassword: '--pdf-password' },
      );
      const found = await findFiles(paths, cwd);
      const session = withWorkerCore(
        context,
        options.maxSizeMb === undefined
          ? {}
          : { maxImportBytes: options.maxSizeMb * BYTES_PER_MEGABYTE },
      );
      const interrupt: { requested: boolean; cancel?: () => void } = { requested: false };
      const release = context.io.onInterrupt?.(() => {
        interrupt.requested = true;
        if (!context.out.json) context.out.say('Cancelling the import…\n');
        interrupt.cancel?.();
      });
      try {
        const { rows, state } = await withVault(
          session.context,
          command.optsWithGlobals<GlobalOptions>(),
          'unlock',
          async (api) => {
            const rows: ImportRow[] = [];
            const readable = found.filter((entry) => !entry.unreadable);
            let state: ImportProgress['state'] = 'done';
            let next = 0; // index into `found` of the next row to report
            for (let start = 0; start < readable.length || start === 0; start += PATHS_PER_JOB) {
              const batch = readable.slice(start, start + PATHS_PER_JOB);
              let final: ImportProgress | null = null;
              if (batch.length > 0 && !interrupt.requested) {
                final = await runJob(
                  api,
                  session.core(),
                  { ...checked, paths: batch.map((entry) => entry.absolute) },
                  interrupt,
                );
                state = final.state;
              } else if (interrupt.requested) {
                state = 'cancelled';
              }
              const results = final?.results ?? [];
              if (results.length > batch.length) {
                throw new CliError('IO_ERROR', 'The files changed while they were imported');
              }
              // Rows in the order found: unlistable paths in between are reported here.
              for (const [index, result] of results.entries()) {
                const entry = batch[index] as FoundFile;
                while (next < found.length && found[next] !== entry) {
                  const skipped = found[next] as FoundFile;
                  if (skipped.unreadable) rows.push(rejectedRow(skipped.file, 'IO_ERROR'));
                  next += 1;
                }
                next += 1;
                rows.push(await rowOf(api, entry.file, result));
              }
              if (state !== 'done') break;
              while (next < found.length && (found[next] as FoundFile).unreadable) {
                rows.push(rejectedRow((found[next] as FoundFile).file, 'IO_ERROR'));
                next += 1;
              }
              if (start + PATHS_PER_JOB >= readable.length) break;
            }
            return { rows, state };
          },
        );
        // The rows of what was done are printed even when the batch stopped early.
        context.out.result(rows, rowsText(rows));
        if (state === 'cancelled') {
          throw new CliError('INTERRUPTED', 'The import was cancelled; the files listed were kept');
        }
        if (state === 'failed') {
          throw new CliError(
            'IO_ERROR',
            `The import stopped after ${rows.length} of ${found.length} files: the vault could not take more`,
          );
        }
      } finally {
        release?.();
      }
    });
}

function rejectedRow(file: string, code: ErrorCode): ImportRow {
  return { file, status: 'rejected', code, message: rejectionMessage(code) };
}

/** The row of one file's result; the SHA-256 (and a duplicate's pages) come from documents.get. */
async function rowOf(api: CasefileApi, file: string, result: ImportFileResult): Promise<ImportRow> {
  if (result.outcome === 'rejected') return rejectedRow(file, result.code);
  const document = await valueOf(api.documents.get({ id: result.documentId }));
  const pages = result.outcome === 'imported' ? result.pageCount : document.pageCount;
  return {
    file,
    status: result.outcome,
    documentId: result.documentId,
    ...(pages === null ? {} : { pages }),
    sha256: document.sha256,
  };
}

export function registerImportCommand(program: Command, context: CommandContext): void {
  registerImport(program, context);
}

export function registerDocument(program: Command, context: CommandContext): void {
  const group = program
    .command('document')
    .description('list and export documents (import: see casefile import)');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  const resolve = (file: string) => path.resolve(context.io.cwd ?? process.cwd(), file);
  registerImport(group, context);

  group
    .command('list')
    .description('list the documents of a case (with --json: an array of document summaries)')
    .requiredOption('--case <id>', 'case id (from case list)')
    .action(async (options: { case: string }, command: Command) => {
      const checked = checkInput(
        contract.routes['documents.list'].input,
        { caseId: options.case },
        { caseId: '--case' },
      );
      const documents = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.documents.list(checked)),
      );
      context.out.result(
        documents,
        documents.length === 0 ? 'No documents.' : renderTable(documents, LIST_COLUMNS),
      );
    });

  group
    .command('export')
    .description(
      "write a document's original, byte for byte, to a new file; never overwrites " +
        '(with --json: {"out","size","sha256"})',
    )
    .requiredOption('--id <id>', 'document id (from document list)')
    .requiredOption('--out <file>', 'file to create')
    .action(async (options: { id: string; out: string }, command: Command) => {
      const checked = checkInput(
        contract.routes['documents.exportOriginal'].input,
        { id: options.id, path: resolve(options.out) },
        { id: '--id', path: '--out' },
      );
      const written = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.documents.exportOriginal(checked)),
      );
      const result = { out: written.path, size: written.size, sha256: written.sha256 };
      context.out.result(
        result,
        `${safeText(written.path)}\n${written.size} bytes, SHA-256 ${written.sha256}`,
      );
    });
}
