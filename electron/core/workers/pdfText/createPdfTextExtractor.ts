import { WorkerPool } from '../WorkerPool';
import type { ExtractPdfTextInput } from './extractPdfText';
import type { PdfTextResult } from './pdfTextTypes';

export interface PdfTextExtractorOptions {
  /** pdfTextWorker.ts (tests, with tsx) or its bundled .js (the app). */
  workerPath: string;
  execArgv?: string[];
  /** Workers; defaults to the machine's available parallelism. */
  size?: number;
  /** Per-document time limit. */
  timeoutMs?: number;
  /** Heap limit per worker. */
  maxMemoryMb?: number;
}

export interface PdfTextExtractor {
  /** Never rejects for a bad file; rejects only when cancelled (AbortError) or after close(). */
  extract(
    bytes: Uint8Array,
    options?: { password?: string; signal?: AbortSignal },
  ): Promise<PdfTextResult>;
  close(): Promise<void>;
}

export function createPdfTextExtractor(options: PdfTextExtractorOptions): PdfTextExtractor {
  const pool = new WorkerPool({
    workerPath: options.workerPath,
    execArgv: options.execArgv,
    size: options.size,
    timeoutMs: options.timeoutMs,
    maxOldGenerationSizeMb: options.maxMemoryMb,
  });
  return {
    async extract(bytes, { password, signal } = {}) {
      const input: ExtractPdfTextInput = { bytes, password };
      const outcome = await pool.run<PdfTextResult>(input, { signal });
      if (outcome.ok) return outcome.value;
      switch (outcome.reason) {
        case 'timeout':
          return {
            ok: false,
            code: 'PDF_TIMEOUT',
            message: 'Reading the PDF took longer than the time limit.',
          };
        case 'crashed':
        case 'failed':
          // A file that kills or breaks its worker (memory, parser bug) is a bad file.
          return {
            ok: false,
            code: 'PDF_MALFORMED',
            message: `Reading the PDF exceeded the worker's limits: ${outcome.message}`,
          };
        case 'aborted':
          throw new DOMException('The PDF text extraction was cancelled.', 'AbortError');
        case 'closed':
          throw new Error('The PDF text extractor is closed.');
      }
    },
    close: () => pool.close(),
  };
}
