import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js (legacy build) for the worker that extracts text, loaded once per thread.
 *
 * The legacy build bundles core-js, which on V8 ≤ 12.1 (Node 20: the CLI, tests and benchmarks;
 * not Electron's newer V8) *replaces* `Array.prototype.push` with a JavaScript loop, only to throw
 * the right error type on arrays with a frozen length — something pdf.js never does. Every push in
 * the parser then runs through it: about a tenth of the text extraction time in a profile. The
 * same goes for `JSON.parse`/`JSON.stringify`. The engine's own functions are put back; the
 * polyfills that *add* missing features (Promise.withResolvers, Map.getOrInsert, ...) stay.
 */

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importWithNativeBuiltins();
  return loading;
}

async function importWithNativeBuiltins(): Promise<PdfJs> {
  // Saved to be put back, never called here.
  const push = Array.prototype.push;
  const { parse, stringify } = JSON;
  // pdf.js is ESM-only and large. Its worker half is imported here too: pdf.js then runs it in
  // this thread (globalThis.pdfjsWorker) instead of importing it on the first document.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  restore(Array.prototype, 'push', push);
  restore(JSON, 'parse', parse);
  restore(JSON, 'stringify', stringify);
  return pdfjs;
}

function restore<Target extends object>(target: Target, key: keyof Target, native: unknown): void {
  if (target[key] === native) return;
  // core-js defines its replacements non-enumerable, like the originals.
  Object.defineProperty(target, key, {
    value: native,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
