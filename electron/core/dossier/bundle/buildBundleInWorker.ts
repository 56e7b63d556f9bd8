import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors';
import { resolveFontDir } from './bundleFonts';
import type { FromWorker, ToWorker } from './bundleProtocol';
import type { BundleOutput, BundlePlan } from './bundleTypes';

/**
 * Builds the bundle PDF in a worker thread (pdf-lib parses untrusted originals there, under a
 * heap limit and a time limit per step). The worker asks for each original in turn; its bytes
 * are read here with `readOriginal` and transferred, so only one original at a time is in flight.
 * Cancelling (the signal) terminates the worker at once.
 */

export interface BuildBundleOptions {
  signal: AbortSignal;
  /** completed/total: one step per document, plus one for the generated pages and writing. */
  onProgress: (completed: number, total: number, current: string | null) => void;
  /**
   * The worker script. Default: `bundleWorker.js` beside this file when it exists (the app's
   * `out/main/`, where electron-vite bundles both), else the TypeScript source run through tsx
   * (tests, CLI).
   */
  workerPath?: string;
  execArgv?: string[];
  /** Time limit for one step (one document, or the final pages and writing). */
  stepTimeoutMs?: number;
  /** V8 old-generation heap limit of the worker. */
  maxMemoryMb?: number;
  /** Where DejaVuSans*.ttf are; default: resolveFontDir(). */
  fontDir?: string;
}

export const DEFAULT_STEP_TIMEOUT_MS = 120_000;
export const DEFAULT_BUNDLE_MEMORY_MB = 1024;

/** Rejection of a cancelled build: an AppError named AbortError, so jobs report 'cancelled'. */
export function bundleCancelled(): AppError {
  const error = new AppError('INTERNAL', 'The dossier export was cancelled.', { cancelled: true });
  error.name = 'AbortError';
  return error;
}

export function isBundleCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function defaultBundleWorker(): { path: string; execArgv: string[] } {
  const bundled = path.join(__dirname, 'bundleWorker.js');
  if (fs.existsSync(bundled)) return { path: bundled, execArgv: [] };
  return { path: path.join(__dirname, 'bundleWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

export function buildBundleInWorker(
  plan: BundlePlan,
  readOriginal: (documentId: string) => Uint8Array,
  options: BuildBundleOptions,
): Promise<BundleOutput> {
  const { signal, onProgress } = options;
  if (signal.aborted) return Promise.reject(bundleCancelled());
  const documents = plan.sections.flatMap((section) => section.documents);
  let fontDir: string;
  try {
    fontDir = options.fontDir ?? resolveFontDir();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const fallback = defaultBundleWorker();
  const workerPath = options.workerPath ?? fallback.path;
  const execArgv = options.execArgv ?? (options.workerPath ? [] : fallback.execArgv);
  const stepTimeoutMs = options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;

  return new Promise<BundleOutput>((resolve, reject) => {
    const worker = new Worker(workerPath, {
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_BUNDLE_MEMORY_MB },
      // Not piped to our output: a parser's warnings may quote file contents.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (outcome: { ok: true; output: BundleOutput } | { ok: false; error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      worker.removeAllListeners('message');
      // Terminated even after 'done': the worker must not linger with its heap.
      void worker.terminate().catch(() => undefined);
      if (outcome.ok) resolve(outcome.output);
      else reject(outcome.error);
    };
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish({
          ok: false,
          error: new AppError('INTERNAL', 'A step of the dossier export took too long.', {
            reason: 'timeout',
          }),
        });
      }, stepTimeoutMs);
    };
    const onAbort = () => finish({ ok: false, error: bundleCancelled() });
    signal.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'need': {
          const document = documents[message.index];
          if (!document) {
            finish({
              ok: false,
              error: new AppError('INTERNAL', 'The worker asked for no document.'),
            });
            return;
          }
          let bytes: Uint8Array;
          try {
            bytes = transferable(readOriginal(document.documentId));
          } catch (error) {
            finish({ ok: false, error: error instanceof Error ? error : new Error(String(error)) });
            return;
          }
          armTimer();
          const reply: ToWorker = { type: 'original', index: message.index, bytes };
          worker.postMessage(reply, [bytes.buffer as ArrayBuffer]);
          return;
        }
        case 'progress':
          armTimer();
          onProgress(message.completed, message.total, message.current);
          return;
        case 'done':
          finish({ ok: true, output: message.output });
          return;
        case 'failed':
          finish({
            ok: false,
            error: new AppError('INTERNAL', `The dossier could not be built: ${message.message}`),
          });
          return;
      }
    });
    worker.on('error', (error: Error) => {
      const code = (error as NodeJS.ErrnoException).code;
      finish({
        ok: false,
        error: new AppError(
          'INTERNAL',
          code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'Building the dossier exceeded its memory limit.'
            : `The dossier worker crashed: ${error.name}.`,
        ),
      });
    });
    worker.on('exit', (exitCode) => {
      finish({
        ok: false,
        error: new AppError('INTERNAL', `The dossier worker stopped (exit code ${exitCode}).`),
      });
    });

    armTimer();
    const start: ToWorker = { type: 'start', plan, fontDir };
    worker.postMessage(start);
  });
}

/** A buffer of its own (a Node Buffer may share a pooled one), safe to transfer away. */
function transferable(bytes: Uint8Array): Uint8Array {
  const own =
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer;
  return own ? bytes : new Uint8Array(bytes);
}
