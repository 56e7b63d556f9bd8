import { systemClock } from '../../electron/core/clock';
import { createEventHub } from '../../electron/core/events';
import { buildHandlers, withStorageErrors } from '../../electron/core/handlers';
import { createJobRunner } from '../../electron/core/jobs/JobRunner';
import { createSettingsStore } from '../../electron/core/settings/settingsStore';
import { VaultSession } from '../../electron/core/vault/VaultSession';
import {
  createPdfTextExtractor,
  type PdfTextExtractor,
} from '../../electron/core/workers/pdfText/createPdfTextExtractor';
import { createClient, type CasefileApi } from '../../shared/ipc/client';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../integration/workers/pdfTextWorkerPath';

export interface SessionCore {
  api: CasefileApi;
  /** The open vault's session, for what only a test does (capping the file's growth). */
  session: VaultSession;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  idle(): Promise<void>;
  close(): void;
}

/**
 * createCore's composition (jobs, events, the PDF text worker, storage-error mapping) with the
 * session in reach, as tests/integration/diskFull.test.ts does for cases: the way to make SQLite
 * answer SQLITE_FULL without filling a real disk is `max_page_count` on the writing connection.
 */
export function openSessionCore(vaultPath: string): SessionCore {
  const events = createEventHub();
  const jobs = createJobRunner(() => systemClock.newId());
  const session = new VaultSession(vaultPath, { onLocked: () => jobs.cancelAll() });
  let extractor: PdfTextExtractor | null = null;
  const handlers = withStorageErrors(
    buildHandlers({
      session,
      settings: createSettingsStore(),
      clock: systemClock,
      jobs,
      events,
      pdfExtractor: () =>
        (extractor ??= createPdfTextExtractor({
          workerPath: PDF_TEXT_WORKER,
          execArgv: TSX_EXEC_ARGV,
        })),
    }),
  );
  return {
    api: createClient(createDispatcher(handlers)),
    session,
    subscribe: (event, listener) => events.subscribe(event, listener),
    idle: () => jobs.idle(),
    close() {
      jobs.cancelAll();
      session.lock('manual');
      extractor?.close().catch(() => undefined);
      extractor = null;
    },
  };
}
