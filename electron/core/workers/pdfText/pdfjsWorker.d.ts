// pdfjs-dist ships no types for its worker half; loadPdfJs.ts only imports it for its effect
// (it sets globalThis.pdfjsWorker, which pdf.js then uses in the same thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
