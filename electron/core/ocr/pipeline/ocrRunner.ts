import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentId } from '../../../../shared/domain/document';
import type { JobId } from '../../../../shared/domain/job';
import type { OcrLang } from '../../../../shared/domain/ocr';
import { AppError } from '../../../../shared/errors';
import type { Clock } from '../../clock';
import type { EventHub } from '../../events';
import type { JobRunner } from '../../jobs/JobRunner';
import type { OcrEngine } from '../engine/createOcrEngine';
import type { OcrRenderer } from '../render';
import { runOcrJob } from './ocrJob';
import { countPending, queueDocument } from './ocrQueue';

export interface OcrRunnerDeps {
  db: () => Database.Database;
  clock: Clock;
  jobs: JobRunner;
  events?: Pick<EventHub, 'emit'>;
  engine: () => OcrEngine;
  renderer: () => OcrRenderer;
  readOriginal: (documentId: DocumentId) => Uint8Array;
  defaultLangs: () => readonly OcrLang[];
  concurrency: number;
  dpi: number;
  /**
   * Read queued pages on its own: after an import and when the vault is unlocked (the app).
   * Off (CLI, tests), pages are queued and read when `ocr.run` asks.
   */
  background: boolean;
}

/**
 * The one background OCR job of a core: at most one runs; it reads the vault's queue until it is
 * empty, so pages queued while it runs are read by it too.
 */
export function createOcrRunner(deps: OcrRunnerDeps) {
  let running: JobId | null = null;

  function start(): JobId | null {
    if (running) return running;
    if (countPending(deps.db()) === 0) return null;
    const jobId = deps.jobs.start(async ({ jobId: id, signal }) => {
      try {
        await runOcrJob({
          jobId: id,
          signal,
          db: deps.db,
          clock: deps.clock,
          engine: deps.engine,
          renderer: deps.renderer,
          readOriginal: deps.readOriginal,
          defaultLangs: deps.defaultLangs,
          concurrency: deps.concurrency,
          dpi: deps.dpi,
          emit: (progress) => deps.events?.emit('ocr.progress', progress),
        });
      } finally {
        running = null;
      }
      // A page queued after the job's last look at the queue: read it now, not at the next unlock.
      if (!signal.aborted) restartIfQueued();
    });
    running = jobId;
    return jobId;
  }

  function restartIfQueued(): void {
    try {
      start();
    } catch (error) {
      // Locked in between: the next unlock resumes the queue.
      if (!(error instanceof AppError) || error.code !== 'VAULT_LOCKED') throw error;
    }
  }

  return {
    start,
    /** The running job's id, if any. */
    current: () => running,
    /** An import stored a document: queue what it needs, and read it when running in the background. */
    afterImport(documentId: DocumentId): void {
      queueDocument(deps.db(), documentId, deps.clock.nowIso());
      if (deps.background) start();
    },
    /** The vault was unlocked: carry on with what was queued before the lock or the restart. */
    resume(): void {
      if (deps.background) start();
    },
    /** Stops the running job; its page in flight stays queued. */
    stop(): boolean {
      return running ? deps.jobs.cancel(running).cancelled : false;
    },
  };
}

export type OcrRunner = ReturnType<typeof createOcrRunner>;
