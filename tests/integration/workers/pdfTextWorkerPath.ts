import path from 'node:path';

/** The PDF text worker as tests run it: TypeScript source through tsx. */
export const PDF_TEXT_WORKER = path.resolve(
  __dirname,
  '../../../electron/core/workers/pdfText/pdfTextWorker.ts',
);

// tsx's CommonJS hook: on Node 20, `--import tsx` registers ESM hooks that a worker's entry
// file does not go through (ERR_UNKNOWN_FILE_EXTENSION '.ts'); `--require tsx/cjs` works on 20 and 22.
export const TSX_EXEC_ARGV = ['--require', 'tsx/cjs'];
