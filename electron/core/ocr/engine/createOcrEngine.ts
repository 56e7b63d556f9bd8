import os from 'node:os';
import { createWorker, OEM, PSM, type Worker as TesseractWorker } from 'tesseract.js';
import type { OcrLang } from '../../../../shared/domain/ocr';
import { AppError } from '../../../../shared/errors';
import { assertTrainedData } from './tessdata';
import { tesseractWorkerScript } from './workerScript';
import { wordsOf, type OcrRecognition } from './recognition';

export interface OcrEngineOptions {
  /** Folder of `<lang>.traineddata.gz` (resolveTessdataDir); nothing is ever fetched. */
  tessdataDir: string;
  /** Tesseract workers (threads); 1 or 2 on the 2-core machines lawyers use. */
  size?: number;
  /** Time limit per page, from hand-over (worker start included) to the text. */
  pageTimeoutMs?: number;
}

export interface RecognizeOptions {
  signal?: AbortSignal;
  /** Fraction (0–1) of this page recognised, as Tesseract reports it. */
  onProgress?: (fraction: number) => void;
  /** This page's limit instead of the engine's. */
  timeoutMs?: number;
}

export interface OcrEngine {
  recognize(
    png: Uint8Array,
    langs: readonly OcrLang[],
    options?: RecognizeOptions,
  ): Promise<OcrRecognition>;
  /** Terminates every Tesseract worker; recognitions in flight reject as aborted. */
  close(): Promise<void>;
  /** Tesseract workers started so far: a timed-out one is replaced, so this grows (tests). */
  readonly workersStarted: number;
}

export const DEFAULT_PAGE_TIMEOUT_MS = 180_000;

interface Slot {
  worker: Promise<TesseractWorker> | null;
  /** `rus+kaz+eng`: a worker is initialised for one set of languages. */
  langs: string;
  busy: boolean;
  onProgress: ((fraction: number) => void) | undefined;
  /** Rejects the page in flight: its worker thread died, or the engine is closing. */
  crash: ((error: Error) => void) | undefined;
}

const aborted = () => new DOMException('OCR cancelled', 'AbortError');

/**
 * A small pool of tesseract.js workers (each a worker_thread running the WASM core) with a time
 * limit per page: tesseract.js cannot stop a recognition, so a page over its time — or a cancel —
 * terminates its worker, and the next page starts a new one. Language data comes only from
 * `tessdataDir`, `cacheMethod: 'none'` keeps tesseract.js from reading or writing a cache, and
 * `langPath` is always set, so its CDN default is never used.
 */
export function createOcrEngine(options: OcrEngineOptions): OcrEngine {
  const size = Math.max(1, Math.min(2, options.size ?? Math.min(2, os.availableParallelism())));
  const pageTimeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    langs: '',
    busy: false,
    onProgress: undefined,
    crash: undefined,
  }));
  const waiting: (() => void)[] = [];
  let started = 0;
  let closed = false;

  function spawn(slot: Slot, langs: string): Promise<TesseractWorker> {
    started += 1;
    const worker = createWorker(langs, OEM.LSTM_ONLY, {
      langPath: options.tessdataDir,
      cacheMethod: 'none',
      gzip: true,
      workerPath: tesseractWorkerScript(),
      logger: (message) => {
        if (message.status === 'recognizing text') slot.onProgress?.(message.progress);
      },
      // Without a handler tesseract.js rethrows a failed job on its message listener, where no
      // one can catch it; the same failure also rejects the job's promise, which we await.
      errorHandler: () => undefined,
    });
    return worker.then(async (ready) => {
      const thread = (ready as unknown as { worker: NodeJS.EventEmitter | null }).worker;
      thread?.on('error', (error: Error) =>
        slot.crash?.(new AppError('OCR_FAILED', 'The OCR worker stopped', { reason: error.name })),
      );
      // Automatic page segmentation, as the tesseract command line does: tesseract.js's default
      // (one uniform block) merges the columns and headers of court papers, and it costs more.
      await ready.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
      return ready;
    });
  }

  async function discard(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.langs = '';
    if (!worker) return;
    // A worker still starting is terminated once it has started; its start may also fail.
    await worker.then(
      (ready) => ready.terminate(),
      () => undefined,
    );
  }

  async function acquire(signal: AbortSignal | undefined): Promise<Slot> {
    for (;;) {
      if (closed) throw aborted();
      if (signal?.aborted) throw aborted();
      const free = slots.find((slot) => !slot.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  function release(slot: Slot): void {
    slot.busy = false;
    slot.onProgress = undefined;
    slot.crash = undefined;
    waiting.shift()?.();
  }

  async function recognizeOn(
    slot: Slot,
    png: Uint8Array,
    langs: string,
    limits: RecognizeOptions,
  ): Promise<OcrRecognition> {
    if (slot.worker && slot.langs !== langs) await discard(slot);
    if (!slot.worker) {
      slot.worker = spawn(slot, langs);
      slot.langs = langs;
    }
    const worker = slot.worker;
    slot.onProgress = limits.onProgress;
    const timeoutMs = limits.timeoutMs ?? pageTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const stopped = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('OCR_TIMEOUT', 'Recognising the page took too long')),
        timeoutMs,
      );
      onAbort = () => reject(aborted());
      limits.signal?.addEventListener('abort', onAbort, { once: true });
      slot.crash = reject;
    });
    let settled = false;
    // A worker that finishes starting after its page was stopped must not be handed the page.
    const work = worker.then((ready) => {
      if (settled) throw aborted();
      return ready.recognize(Buffer.from(png), {}, { text: true, blocks: true });
    });
    // Its failure after the race is decided has no one to tell; before, the race reports it.
    work.catch(() => undefined);
    try {
      const result = await Promise.race([work, stopped]);
      return {
        text: result.data.text,
        confidence: result.data.confidence,
        words: wordsOf(result.data.blocks),
      };
    } catch (error) {
      settled = true;
      // Whatever stopped the page may have left the worker mid-page: start afresh next time.
      await discard(slot);
      if (error instanceof AppError || (error as Error)?.name === 'AbortError') throw error;
      // tesseract.js rejects with a plain string (an undecodable image, a corrupt model).
      throw new AppError('OCR_FAILED', 'The page could not be recognised');
    } finally {
      settled = true;
      clearTimeout(timer);
      if (onAbort) limits.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async recognize(png, langs, limits = {}) {
      assertTrainedData(options.tessdataDir, langs);
      const slot = await acquire(limits.signal);
      try {
        return await recognizeOn(slot, png, langs.join('+'), limits);
      } finally {
        release(slot);
      }
    },
    async close() {
      closed = true;
      for (const slot of slots) slot.crash?.(aborted());
      waiting.splice(0).forEach((wake) => wake());
      await Promise.all(slots.map(discard));
    },
    get workersStarted() {
      return started;
    },
  };
}
