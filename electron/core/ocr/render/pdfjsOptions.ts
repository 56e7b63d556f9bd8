import { createRequire } from 'node:module';
import path from 'node:path';
import { IMAGE_MAX_DECODE_PIXELS } from './renderLimits';

/**
 * pdf.js document options for rendering untrusted PDFs in a worker: no code generated from font
 * data, no XFA, no system fonts, nothing fetched — cmaps, standard fonts and the WebAssembly
 * decoders (JBIG2 and JPEG 2000 scans) are read from the package on disk.
 */
export function pdfjsRenderOptions(): Record<string, unknown> {
  const root = path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
  // pdf.js wants a trailing '/' (it checks for that character, also on Windows).
  const dir = (name: string): string => `${path.join(root, name)}/`;
  return {
    isEvalSupported: false, // CVE-2024-4367
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: dir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dir('standard_fonts'),
    wasmUrl: dir('wasm'),
    // An image over this is skipped rather than decoded (a bomb would not fit in memory).
    maxImageSize: IMAGE_MAX_DECODE_PIXELS,
    verbosity: 0,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  };
}
