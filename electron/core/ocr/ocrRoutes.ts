import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentId } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type { Clock } from '../clock';
import { storeChoice } from './pipeline/ocrLanguages';
import { countPending, dequeue, queueDocument } from './pipeline/ocrQueue';
import { createOcrRunner, type OcrRunner } from './pipeline/ocrRunner';
import type { OcrEngine } from './engine/createOcrEngine';
import type { OcrRenderer } from './render';
import type { JobRunner } from '../jobs/JobRunner';
import type { EventHub } from '../events';
import type { Settings } from '../../../shared/domain/settings';
import { DEFAULT_OCR_LANGS } from '../../../shared/domain/ocr';
import { caseOcrStatus, documentOcrStatus, pageWords } from './pipeline/ocrStatus';

export interface OcrRouteDeps {
  db: () => Database.Database;
  clock: Clock;
  runner: OcrRunner;
}

/** What the core gives OCR (createCore): its engine and renderer, created on first use. */
export interface OcrCoreDeps {
  engine: () => OcrEngine;
  renderer: () => OcrRenderer;
  background: boolean;
  concurrency: number;
  dpi: number;
}

export interface BuildOcrDeps {
  db: () => Database.Database;
  clock: Clock;
  jobs: JobRunner;
  events?: Pick<EventHub, 'emit'>;
  readOriginal: (documentId: DocumentId) => Uint8Array;
  settings: () => Pick<Settings, 'ocrLanguages'>;
  ocr?: OcrCoreDeps;
}

const unavailable = (): never => {
  throw new AppError('INTERNAL', 'OCR is not configured in this core');
};

/** The OCR runner and routes of one core; the composition root spreads `handlers` in. */
export function buildOcr(deps: BuildOcrDeps): { runner: OcrRunner; handlers: OcrHandlers } {
  const runner = createOcrRunner({
    db: deps.db,
    clock: deps.clock,
    jobs: deps.jobs,
    events: deps.events,
    engine: deps.ocr?.engine ?? unavailable,
    renderer: deps.ocr?.renderer ?? unavailable,
    readOriginal: deps.readOriginal,
    defaultLangs: () => deps.settings().ocrLanguages ?? DEFAULT_OCR_LANGS,
    concurrency: deps.ocr?.concurrency ?? 1,
    dpi: deps.ocr?.dpi ?? OCR_DPI,
    background: deps.ocr?.background ?? false,
  });
  return { runner, handlers: ocrHandlers({ db: deps.db, clock: deps.clock, runner }) };
}

/** Tesseract reads body text best at about 300 dpi. */
export const OCR_DPI = 300;

type OcrHandlers = Pick<
  Handlers,
  'ocr.run' | 'ocr.status' | 'ocr.cancel' | 'ocr.setLanguages' | 'ocr.pageWords'
>;

function documentsOf(
  db: Database.Database,
  scope: { documentId?: string; caseId?: string },
): string[] {
  if (scope.documentId) {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(scope.documentId)) {
      throw new AppError('NOT_FOUND', 'No such document');
    }
    return [scope.documentId];
  }
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(scope.caseId)) {
    throw new AppError('NOT_FOUND', 'No such case');
  }
  return db
    .prepare('SELECT id FROM documents WHERE case_id = ? ORDER BY imported_at, id')
    .pluck()
    .all(scope.caseId) as string[];
}

/** The OCR routes (issue 8), kept here so the composition root only spreads them in. */
export function ocrHandlers(deps: OcrRouteDeps): OcrHandlers {
  const running = () => deps.runner.current() !== null;
  return {
    'ocr.run': ({ documentId, caseId, langs }) => {
      const db = deps.db();
      const now = deps.clock.nowIso();
      const queued = db
        .transaction(() => {
          let pages = 0;
          for (const id of documentsOf(db, { documentId, caseId })) {
            if (langs) storeChoice(db, id, langs, now);
            // Languages given: pages read before are read again with them.
            pages += queueDocument(db, id, now, { redo: langs !== undefined });
          }
          return pages;
        })
        .immediate();
      return { jobId: deps.runner.start(), queued };
    },
    'ocr.status': ({ caseId }) => {
      const db = deps.db();
      documentsOf(db, { caseId });
      return { documents: caseOcrStatus(db, caseId, running()), jobId: deps.runner.current() };
    },
    'ocr.cancel': ({ documentId, caseId }) => {
      const db = deps.db();
      const dequeued = dequeue(db, deps.clock.nowIso(), { documentId, caseId });
      // Nothing left to read: the job stops now rather than after the page in flight.
      const stopped = countPending(db) === 0 ? deps.runner.stop() : false;
      return { dequeued, stopped };
    },
    'ocr.setLanguages': ({ documentId, languages }) => {
      const db = deps.db();
      documentsOf(db, { documentId });
      storeChoice(db, documentId, languages, deps.clock.nowIso());
      const status = documentOcrStatus(db, documentId, running());
      if (!status) throw new AppError('NOT_FOUND', 'No such document');
      return status;
    },
    'ocr.pageWords': ({ documentId, pageNo }) => {
      const db = deps.db();
      documentsOf(db, { documentId });
      return pageWords(db, documentId, pageNo);
    },
  };
}
