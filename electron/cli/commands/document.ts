import path from 'node:path';
import type { Command } from 'commander';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { ImportProgress } from '../../../shared/domain/job';
import { contract } from '../../../shared/ipc/contract';
import type { Core, CoreOptions } from '../../core/createCore';
import { CliError } from '../errors';
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

interface ImportOptions {
  case: string;
  pdfPassword?: string;
}

export interface ImportSummary {
  imported: { id: string; name: string }[];
  duplicates: { id: string; name: string }[];
  rejected: { name: string; code: string }[];
}

export function summarise(progress: ImportProgress): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], rejected: [] };
  for (const result of progress.results) {
    if (result.outcome === 'imported') {
      summary.imported.push({ id: result.documentId, name: result.name });
    } else if (result.outcome === 'duplicate') {
      summary.duplicates.push({ id: result.documentId, name: result.name });
    } else {
      summary.rejected.push({ name: result.name, code: result.code });
    }
  }
  return summary;
}

function summaryText(summary: ImportSummary): string {
  const lines = [
    `Imported: ${summary.imported.length}, duplicates: ${summary.duplicates.length}, rejected: ${summary.rejected.length}`,
  ];
  for (const item of summary.imported) lines.push(`  imported   ${item.id}  ${item.name}`);
  for (const item of summary.duplicates) lines.push(`  duplicate  ${item.id}  ${item.name}`);
  for (const item of summary.rejected) lines.push(`  rejected   ${item.code}  ${item.name}`);
  // File names come from disk: no control character of theirs reaches the terminal.
  return lines.map(safeText).join('\n');
}

const LIST_COLUMNS: Column<DocumentSummary>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'TYPE', value: (row) => row.docType },
  { header: 'PAGES', value: (row) => (row.pageCount === null ? '—' : String(row.pageCount)) },
  { header: 'TEXT', value: (row) => String(row.pagesWithText) },
  { header: 'SIZE', value: (row) => String(row.size) },
  { header: 'TITLE', value: (row) => row.title, max: 80 },
];

/**
 * The vault session of one command, with the PDF worker configured and the core in reach so
 * the command can listen to job events.
 */
function withWorkerCore(context: CommandContext): {
  context: CommandContext;
  core: () => Core;
} {
  let core: Core | undefined;
  return {
    context: {
      ...context,
      createCore: (options: CoreOptions) => {
        core = context.createCore({ ...options, pdfWorker: CLI_PDF_WORKER });
        return core;
      },
    },
    core: () => {
      if (!core) throw new Error('The core is not open');
      return core;
    },
  };
}

export function registerDocument(program: Command, context: CommandContext): void {
  const group = program.command('document').description('import, list and export documents');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  const resolve = (file: string) => path.resolve(context.io.cwd ?? process.cwd(), file);

  group
    .command('import')
    .description(
      'import files and folders (recursively) into a case; prints a summary ' +
        '(with --json: {"imported":[{"id","name"}],"duplicates":[{"id","name"}],' +
        '"rejected":[{"name","code"}]}). Exits 0 when the batch completed, even if some ' +
        'files were rejected; check "rejected".',
    )
    .requiredOption('--case <id>', 'case id (from case list)')
    .option(
      '--pdf-password <password>',
      'password for encrypted PDFs (used for this import only, never stored)',
    )
    .argument('<paths...>', 'files or folders to import')
    .action(async (paths: string[], options: ImportOptions, command: Command) => {
      if (options.pdfPassword !== undefined) context.out.addSecret(options.pdfPassword);
      const input = {
        caseId: options.case,
        paths: paths.map(resolve),
        pdfPassword: options.pdfPassword,
      };
      const checked = checkInput(contract.routes['documents.import'].input, input, {
        caseId: '--case',
        paths: 'PATH',
        pdfPassword: '--pdf-password',
      });
      const session = withWorkerCore(context);
      const final = await withVault(session.context, globals(command), 'unlock', async (api) => {
        // Listening before the job starts, so no event is missed.
        const finals = new Map<string, ImportProgress>();
        let wake: (() => void) | undefined;
        const unsubscribe = session.core().subscribe('jobs.progress', (payload) => {
          const progress = payload as ImportProgress;
          if (progress.state === 'running') return;
          finals.set(progress.jobId, progress);
          wake?.();
        });
        try {
          const { jobId } = await valueOf(api.documents.import(checked));
          while (!finals.has(jobId)) await new Promise<void>((resolve) => (wake = resolve));
          return finals.get(jobId) as ImportProgress;
        } finally {
          unsubscribe();
        }
      });
      if (final.state === 'cancelled') {
        throw new CliError('INTERRUPTED', 'The import was cancelled');
      }
      if (final.state === 'failed') {
        throw new CliError(
          'IO_ERROR',
          `The import stopped after ${final.completed} of ${final.total} files: the vault could not take more`,
        );
      }
      const summary = summarise(final);
      context.out.result(summary, summaryText(summary));
    });

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
    .argument('<id>', 'document id (from document list)')
    .requiredOption('--out <file>', 'file to create')
    .action(async (id: string, options: { out: string }, command: Command) => {
      const checked = checkInput(
        contract.routes['documents.exportOriginal'].input,
        { id, path: resolve(options.out) },
        { id: 'ID', path: '--out' },
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
