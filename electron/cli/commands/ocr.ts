import { InvalidArgumentError, type Command } from 'commander';
import type { Core, CoreOptions } from '../../core/createCore';
import type { CaseId } from '../../../shared/domain/ids';
import type { JobId, JobState } from '../../../shared/domain/job';
import {
  parseOcrLangs,
  type OcrDocumentStatus,
  type OcrLang,
  type OcrProgress,
} from '../../../shared/domain/ocr';
import type { CasefileApi } from '../../../shared/ipc/client';
import { contract } from '../../../shared/ipc/contract';
import { CliError } from '../errors';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';

interface OcrOptions {
  document?: string;
  case?: string;
  lang?: OcrLang[];
}

/** `casefile ocr --json`: what was read, and each document's OCR status afterwards. */
export interface OcrReport {
  jobId: JobId | null;
  /** Pages queued by this run. */
  queued: number;
  state: JobState;
  completed: number;
  failed: number;
  documents: OcrDocumentStatus[];
}

const FLAGS = { documentId: '--document', caseId: '--case', langs: '--lang' };

function parseLang(value: string): OcrLang[] {
  const langs = parseOcrLangs(value);
  if (!langs) throw new InvalidArgumentError('Use languages from rus, kaz, eng joined by +');
  return langs;
}

/** Waits for the job's last event; Ctrl-C pauses it (its pages stay queued for the next run). */
async function waitForJob(
  api: CasefileApi,
  core: Core,
  start: () => Promise<{ jobId: JobId | null; queued: number }>,
  interrupt: { requested: boolean; cancel?: () => void },
): Promise<{ run: { jobId: JobId | null; queued: number }; final: OcrProgress | null }> {
  const finals = new Map<string, OcrProgress>();
  let wake: (() => void) | undefined;
  // Listening before the job starts, so no event is missed.
  const unsubscribe = core.subscribe('ocr.progress', (payload) => {
    const progress = payload as OcrProgress;
    if (progress.state === 'running') return;
    finals.set(progress.jobId, progress);
    wake?.();
  });
  try {
    const run = await start();
    const { jobId } = run;
    if (jobId === null) return { run, final: null };
    interrupt.cancel = () => void api.jobs.cancel({ jobId });
    if (interrupt.requested) interrupt.cancel();
    while (!finals.has(jobId)) await new Promise<void>((resolve) => (wake = resolve));
    return { run, final: finals.get(jobId) as OcrProgress };
  } finally {
    interrupt.cancel = undefined;
    unsubscribe();
  }
}

function reportText(report: OcrReport, titles: ReadonlyMap<string, string>): string {
  const lines = [
    report.jobId === null
      ? 'Nothing to recognise: every page has text.'
      : `Recognised ${report.completed} page(s); ${report.failed} failed.`,
  ];
  for (const document of report.documents) {
    const confidence = document.confidence === null ? '' : `, confidence ${document.confidence}`;
    lines.push(
      `${titles.get(document.documentId) ?? document.documentId}: ${document.status} ` +
        `(${document.pagesDone} done, ${document.pagesFailed} failed, ` +
        `${document.pagesPending} queued${confidence})`,
    );
  }
  return lines.join('\n');
}

/** `casefile ocr --document ID | --case ID [--lang kaz+rus+eng]`. */
export function registerOcr(program: Command, context: CommandContext): void {
  program
    .command('ocr')
    .description(
      'recognise the text of scanned pages (pages without a text layer, and images) and make ' +
        'them searchable; with --json: {"jobId","queued","state","completed","failed","documents"}',
    )
    .option('--document <id>', 'one document (from document list)')
    .option('--case <id>', 'every document of a case')
    .option(
      '--lang <langs>',
      'languages, e.g. kaz+rus+eng; stored as the documents\u2019 choice, and pages read before ' +
        'are read again with them (default: each document\u2019s choice, else rus+kaz+eng)',
      parseLang,
    )
    .addHelpText(
      'after',
      '\nExits 0 when the run completed (failed pages are listed); 130 on Ctrl-C, which leaves ' +
        'the unread pages queued.',
    )
    .action(async (options: OcrOptions, command: Command) => {
      const input = checkInput(
        contract.routes['ocr.run'].input,
        { documentId: options.document, caseId: options.case, langs: options.lang },
        FLAGS,
      );
      let core: Core | undefined;
      const session: CommandContext = {
        ...context,
        createCore: (coreOptions: CoreOptions) =>
          (core = context.createCore({ ...coreOptions, ocr: { background: false } })),
      };
      const interrupt: { requested: boolean; cancel?: () => void } = { requested: false };
      const release = context.io.onInterrupt?.(() => {
        interrupt.requested = true;
        if (!context.out.json) context.out.say('Stopping OCR…\n');
        interrupt.cancel?.();
      });
      try {
        const { report, titles } = await withVault(
          session,
          command.optsWithGlobals<GlobalOptions>(),
          'unlock',
          async (api) => {
            const caseId = input.documentId
              ? (await valueOf(api.documents.get({ id: input.documentId }))).caseId
              : (input.caseId as CaseId);
            const { run, final } = await waitForJob(
              api,
              core as Core,
              () => valueOf(api.ocr.run(input)),
              interrupt,
            );
            const status = await valueOf(api.ocr.status({ caseId }));
            const documents = status.documents.filter(
              (document) => !input.documentId || document.documentId === input.documentId,
            );
            const listed = await valueOf(api.documents.list({ caseId }));
            return {
              report: {
                jobId: run.jobId,
                queued: run.queued,
                state: final?.state ?? 'done',
                completed: final?.completed ?? 0,
                failed: final?.failed ?? 0,
                documents,
              } satisfies OcrReport,
              titles: new Map(listed.map((document) => [document.id as string, document.title])),
            };
          },
        );
        context.out.result(report, reportText(report, titles));
        if (report.state === 'cancelled') {
          throw new CliError('INTERRUPTED', 'OCR was stopped; the unread pages stay queued');
        }
        if (report.state === 'failed') {
          throw new CliError('IO_ERROR', 'OCR stopped: the vault could not take more');
        }
      } finally {
        release?.();
      }
    });
}
