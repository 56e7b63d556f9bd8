import type { MessagePort } from 'node:worker_threads';
import type { BundleOutput, BundlePlan } from './bundleTypes';
import type { TailBody, TailCopied, TailFinish } from './tailPart';

/**
 * Messages between buildBundleInWorker (main side) and bundleWorker.ts. The workers ask for the
 * originals one at a time, so the main side never holds more than one document's bytes per
 * worker and each worker holds one source document plus the part of the bundle it builds.
 *
 * A large bundle is built by two workers: the head (the whole bundle, with the first documents)
 * and the tail (the remaining documents); they talk over their own MessagePort (TailMessage).
 */

export type ToWorker =
  | {
      type: 'start';
      plan: BundlePlan;
      fontDir: string;
      /** Present when a tail worker copies the documents from `from` on. */
      tail?: { from: number; port: MessagePort };
    }
  | { type: 'startTail'; plan: BundlePlan; fontDir: string; from: number; port: MessagePort }
  /** The original of document `index` (flat, plan order); its buffer is transferred. */
  | { type: 'original'; index: number; bytes: Uint8Array };

export type FromWorker =
  /** `index`: flat, plan order (the tail asks for its documents by their index in the plan). */
  | { type: 'need'; index: number }
  /** Counted per worker: documents this worker has done (the head adds one when it has written). */
  | { type: 'progress'; completed: number; total: number; current: string | null }
  | { type: 'done'; output: BundleOutput }
  /** The error's name only: a message or stack could quote file contents or paths. */
  | { type: 'failed'; message: string };

export type TailMessage =
  | { type: 'copied'; copied: TailCopied }
  /** The bundle's 0-based page index of the tail's first page: stamp now. */
  | { type: 'stamp'; start: number }
  | { type: 'finish'; request: TailFinish }
  | { type: 'body'; body: TailBody };
