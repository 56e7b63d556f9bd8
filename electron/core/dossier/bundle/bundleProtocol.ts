import type { BundleOutput, BundlePlan } from './bundleTypes';

/**
 * Messages between buildBundleInWorker (main side) and bundleWorker.ts. The worker asks for the
 * originals one at a time, so the main side never holds more than one document's bytes at once
 * and the worker holds one source document plus the bundle being built.
 */

export type ToWorker =
  | { type: 'start'; plan: BundlePlan; fontDir: string }
  /** The original of document `index` (flat, plan order); its buffer is transferred. */
  | { type: 'original'; index: number; bytes: Uint8Array };

export type FromWorker =
  | { type: 'need'; index: number }
  | { type: 'progress'; completed: number; total: number; current: string | null }
  | { type: 'done'; output: BundleOutput }
  /** The error's name only: a message or stack could quote file contents or paths. */
  | { type: 'failed'; message: string };
