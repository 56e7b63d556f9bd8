/**
 * The one place pdf.js is loaded and configured for the viewer. The legacy build runs on
 * Electron's Chromium as well as newer ones; every asset it needs (worker, character maps,
 * standard fonts, colour profiles, image decoders) is served from the app itself (see
 * electron.vite.config.ts), and nothing that could run a document's own code is switched on.
 * It loads on first use, so the rest of the app starts without it.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type * as PdfjsLibModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type * as PdfjsViewerModule from 'pdfjs-dist/legacy/web/pdf_viewer.mjs';

type PdfjsLib = typeof PdfjsLibModule;
export type PdfjsViewer = typeof PdfjsViewerModule;

export type PasswordPrompt = (retry: boolean) => Promise<string | null>;

export interface Pdfjs {
  viewer: PdfjsViewer;
  openPdf: (bytes: Uint8Array, askPassword: PasswordPrompt) => PDFDocumentLoadingTask;
}

/** Absolute, so the worker resolves them the same way whatever page loaded it. */
const asset = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

function openWith(lib: PdfjsLib) {
  /**
   * Opens the stored original. pdf.js takes the bytes over (they move to its worker), so the
   * caller's copy is gone afterwards: the viewer keeps no second copy of the document.
   */
  return (bytes: Uint8Array, askPassword: PasswordPrompt): PDFDocumentLoadingTask => {
    const task = lib.getDocument({
      data: bytes,
      isEvalSupported: false,
      enableXfa: false,
      // Fonts come from the PDF or from the bundled standard fonts, never from the system.
      useSystemFonts: false,
      cMapUrl: asset('cmaps'),
      cMapPacked: true,
      standardFontDataUrl: asset('standard_fonts'),
      iccUrl: asset('iccs'),
      wasmUrl: asset('wasm'),
    });
    task.onPassword = (answer: (password: string) => void, reason: number) => {
      void askPassword(reason === lib.PasswordResponses.INCORRECT_PASSWORD).then((password) => {
        if (password === null) void task.destroy();
        else answer(password);
      });
    };
    return task;
  };
}

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    // pdf.js's viewer components read the library from this global when their module loads.
    (globalThis as { pdfjsLib?: PdfjsLib }).pdfjsLib = lib;
    const viewer = await import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
    return { viewer, openPdf: openWith(lib) };
  })();
  return loading;
}
