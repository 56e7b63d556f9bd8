import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { WorkerPool, type TaskOutcome } from '../../workers/WorkerPool';
import type {
  OcrPageImage,
  OcrRenderer,
  OcrRendererOptions,
  OcrScaledImage,
  RenderReply,
  RenderTask,
} from './ocrRenderTypes';
import { OCR_MAX_DPI, OCR_MIN_DPI } from './renderLimits';

export const DEFAULT_RENDER_TIMEOUT_MS = 60_000;
export const DEFAULT_RENDER_MEMORY_MB = 768;

/**
 * The worker script: `ocrRenderWorker.js` beside this file when it exists (the app's out/main/,
 * where electron-vite bundles both), else the TypeScript source run through tsx (tests, CLI).
 */
export function defaultOcrRenderWorker(): { path: string; execArgv: string[] } {
  const bundled = path.join(__dirname, 'ocrRenderWorker.js');
  if (fs.existsSync(bundled)) return { path: bundled, execArgv: [] };
  return { path: path.join(__dirname, 'ocrRenderWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

export function createOcrRenderer(options: OcrRendererOptions = {}): OcrRenderer {
  const fallback = defaultOcrRenderWorker();
  const pool = new WorkerPool({
    workerPath: options.workerPath ?? fallback.path,
    execArgv: options.execArgv ?? (options.workerPath ? [] : fallback.execArgv),
    size: options.size ?? Math.min(2, os.availableParallelism()),
    timeoutMs: options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
    maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_RENDER_MEMORY_MB,
  });

  async function run(task: RenderTask, signal: AbortSignal | undefined): Promise<OcrScaledImage> {
    const outcome: TaskOutcome<RenderReply> = await pool.run<RenderReply>(
      task,
      signal ? { signal } : {},
    );
    if (!outcome.ok) throw poolFailure(outcome, task.kind);
    const reply = outcome.value;
    if (!reply.ok) throw new AppError(reply.code, reply.message);
    return reply.image;
  }

  return {
    async renderPageForOcr(pdfBytes, pageIndex, { dpi, password, signal }) {
      if (!Number.isInteger(pageIndex) || pageIndex < 0) {
        throw new AppError('VALIDATION', 'The page index must be a whole number from 0.');
      }
      if (!Number.isFinite(dpi) || dpi < OCR_MIN_DPI || dpi > OCR_MAX_DPI) {
        throw new AppError(
          'VALIDATION',
          `The resolution must be ${OCR_MIN_DPI}–${OCR_MAX_DPI} dpi.`,
        );
      }
      const task: RenderTask = {
        kind: 'pdf-page',
        bytes: pdfBytes,
        pageIndex,
        dpi,
        ...(password === undefined ? {} : { password }),
      };
      return (await run(task, signal)) as OcrPageImage;
    },
    imageForOcr(imageBytes, { signal } = {}) {
      return run({ kind: 'image', bytes: imageBytes }, signal);
    },
    close: () => pool.close(),
  };
}

/** A task the pool could not complete: killed for time, crashed, cancelled or closed. */
function poolFailure(
  outcome: Extract<TaskOutcome<unknown>, { ok: false }>,
  kind: RenderTask['kind'],
): Error {
  const what = kind === 'pdf-page' ? 'PDF page' : 'image';
  switch (outcome.reason) {
    case 'timeout':
      return new AppError(
        kind === 'pdf-page' ? 'PDF_TIMEOUT' : 'IMAGE_MALFORMED',
        `Rendering the ${what} took longer than the time limit.`,
      );
    case 'crashed':
    case 'failed':
      // A file that kills or breaks its worker (memory, parser bug) is a bad file.
      return new AppError(
        kind === 'pdf-page' ? 'PDF_MALFORMED' : 'IMAGE_MALFORMED',
        `Rendering the ${what} exceeded the worker's limits: ${outcome.message}`,
      );
    case 'aborted':
      return new DOMException('Rendering for OCR was cancelled.', 'AbortError');
    case 'closed':
      return new Error('The OCR renderer is closed.');
  }
}
