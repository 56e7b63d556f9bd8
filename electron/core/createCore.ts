import os from 'node:os';
import type { LockReason } from '../../shared/domain/vault';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatch';
import { systemClock, type Clock } from './clock';
import { createEventHub } from './events';
import { buildHandlers, withStorageErrors } from './handlers';
import { createJobRunner } from './jobs/JobRunner';
import { createSettingsStore } from './settings/settingsStore';
import type { Migration } from './vault/migrate';
import { MIGRATIONS } from './vault/migrations';
import { VaultSession } from './vault/VaultSession';
import { createOcrEngine, type OcrEngine } from './ocr/engine/createOcrEngine';
import { resolveTessdataDir } from './ocr/engine/tessdata';
import { OCR_DPI } from './ocr/ocrRoutes';
import { createOcrRenderer, type OcrRenderer, type OcrRendererOptions } from './ocr/render';
import { AppError } from '../../shared/errors';
import { guardLockedRoutes } from './vault/lockGuard';
import {
  createPdfTextExtractor,
  type PdfTextExtractor,
} from './workers/pdfText/createPdfTextExtractor';

/** Native file dialogs live in the main process; the core only asks for their answer. */
export interface DialogsPort {
  /** Files and folders the lawyer picked to import; empty when she cancelled. */
  openDocuments(): Promise<string[]>;
  /** Where to save a file; null when she cancelled. */
  saveFile(suggestedName: string): Promise<string | null>;
  /** A text file to read (a Markdown note to import); null when she cancelled. */
  openText(kind: 'markdown'): Promise<string | null>;
  /** A dossier ZIP to verify; null when she cancelled. */
  openDossier(): Promise<string | null>;
  /** A backup of the vault to restore (asked from the lock screen too); null when cancelled. */
  openBackup(): Promise<string | null>;
}

export interface CoreOptions {
  /** Omitted (CLI, tests) → dialogs answer as if cancelled. */
  dialogs?: DialogsPort;
  /**
   * The PDF text worker: the bundled `out/main/pdfTextWorker.js` in the app; in tests and the CLI
   * the TypeScript source with `execArgv: ['--require', 'tsx/cjs']`. Omitted → PDFs are stored
   * (hashed, byte-exact) without text: pageCount null, no pages. The workers start on the first
   * PDF and stop with close().
   */
  pdfWorker?: { path: string; execArgv?: string[] };
  /**
   * Largest file an import accepts (FILE_TOO_LARGE above it). Omitted → the `maxImportMegabytes`
   * setting as it is when each import starts (default 1024 MB); given (tests, CLI) → this, always.
   */
  maxImportBytes?: number;
  vaultPath: string;
  /** Plain-JSON preferences file; omitted → in-memory defaults (CLI, tests). */
  settingsPath?: string;
  clock?: Clock;
  /** Tests pin an older or newer schema with this. */
  migrations?: readonly Migration[];
  /**
   * OCR (issue 8). Pages without text are always queued in the vault; `background: true` (the
   * app) reads them on its own after an import and on unlock, otherwise only `ocr.run` does.
   * The Tesseract workers and render workers start on the first page and stop with close().
   */
  ocr?: {
    background?: boolean;
    /** Default: resources/tessdata (packaged: <resources>/tessdata). */
    tessdataDir?: string;
    /** Pages read at once (Tesseract workers), 1–2; default min(2, cores). */
    workers?: number;
    pageTimeoutMs?: number;
    dpi?: number;
    renderer?: OcrRendererOptions;
  };
  /** Where unexpected errors are reported; receives the route key and a sanitised description. */
  onUnexpected?: (route: string, error: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  lock(reason: LockReason): void;
  /** Cancels running jobs, stops the PDF workers and locks the vault. */
  close(): void;
  /** Resolves when every job started so far has ended (tests, orderly shutdown). */
  idle(): Promise<void>;
}

/** Everything the app, the CLI and the e2e harness run: the same handlers behind one dispatcher. */
export function createCore(options: CoreOptions): Core {
  const events = createEventHub();
  const clock = options.clock ?? systemClock;
  const jobs = createJobRunner(() => clock.newId());
  const session = new VaultSession(options.vaultPath, {
    migrations: options.migrations ?? MIGRATIONS,
    onLocked: (reason) => {
      // A job must not go on reading case files into, or out of, a vault that was just locked.
      jobs.cancelAll();
      events.emit('vault.locked', { reason });
    },
  });
  let extractor: PdfTextExtractor | null = null;
  const pdfExtractor = (): PdfTextExtractor | null => {
    if (!options.pdfWorker) return null;
    extractor ??= createPdfTextExtractor({
      workerPath: options.pdfWorker.path,
      execArgv: options.pdfWorker.execArgv,
    });
    return extractor;
  };
  let ocrEngine: OcrEngine | null = null;
  let ocrRenderer: OcrRenderer | null = null;
  const ocrWorkers = Math.max(1, Math.min(2, options.ocr?.workers ?? os.availableParallelism()));
  const ocr = {
    engine: () =>
      (ocrEngine ??= createOcrEngine({
        tessdataDir: options.ocr?.tessdataDir ?? requireTessdata(),
        size: ocrWorkers,
        pageTimeoutMs: options.ocr?.pageTimeoutMs,
      })),
    renderer: () => (ocrRenderer ??= createOcrRenderer(options.ocr?.renderer)),
    background: options.ocr?.background ?? false,
    concurrency: ocrWorkers,
    dpi: options.ocr?.dpi ?? OCR_DPI,
  };
  const handlers = withStorageErrors(
    guardLockedRoutes(
      buildHandlers({
        session,
        settings: createSettingsStore(options.settingsPath),
        clock,
        jobs,
        events,
        pdfExtractor,
        maxImportBytes: options.maxImportBytes,
        dialogs: options.dialogs,
        ocr,
      }),
      () => session.status().state === 'unlocked',
    ),
  );
  const dispatch = createDispatcher(handlers, {
    onUnexpected: options.onUnexpected ?? defaultReport,
  });
  return {
    dispatch,
    subscribe: (event, listener) => events.subscribe(event, listener),
    lock(reason) {
      session.lock(reason);
    },
    close() {
      jobs.cancelAll();
      session.lock('manual');
      const closing = extractor;
      extractor = null;
      closing?.close().catch(() => undefined);
      const engine = ocrEngine;
      const renderer = ocrRenderer;
      ocrEngine = null;
      ocrRenderer = null;
      engine?.close().catch(() => undefined);
      renderer?.close().catch(() => undefined);
    },
    idle: () => jobs.idle(),
  };
}

function requireTessdata(): string {
  const dir = resolveTessdataDir();
  if (!dir) throw new AppError('OCR_FAILED', 'The OCR language data is missing');
  return dir;
}

/** Logs the kind of failure only: an error message can carry a path or case data. */
function defaultReport(route: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown })?.code;
  console.error(
    `casefile: unexpected ${kind}${typeof code === 'string' ? ` (${code})` : ''} in ${route}`,
  );
}
