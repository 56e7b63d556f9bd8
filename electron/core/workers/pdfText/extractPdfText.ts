import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { loadPdfJs, type PdfJs } from './loadPdfJs';
import { passwordCandidates } from './passwordCandidates';
import type { PdfTextFailure, PdfTextResult } from './pdfTextTypes';

/**
 * Text of an untrusted PDF, page by page, with pdf.js (legacy build, for Node).
 * Runs inside a pool worker (pdfTextWorker.ts); callable directly in tests.
 */

export interface ExtractPdfTextInput {
  bytes: Uint8Array;
  password?: string;
}

/** More pages than this is a lie in the page tree (fuzzed /Count), not a court file. */
const MAX_PAGES = 20_000;

/** The package's own cmaps and standard fonts, read from disk (never fetched). */
function pdfjsAssetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const packageJson = createRequire(__filename).resolve('pdfjs-dist/package.json');
  const root = path.dirname(packageJson);
  // pdf.js wants a trailing '/' (it checks for that character, also on Windows).
  return {
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
  };
}

export async function extractPdfText(input: ExtractPdfTextInput): Promise<PdfTextResult> {
  const pdfjs = await loadPdfJs();
  let result: PdfTextResult | undefined;
  for (const password of passwordCandidates(input.password)) {
    result = await extractWithPassword(pdfjs, input.bytes, password);
    if (result.ok || result.code !== 'PDF_PASSWORD_WRONG') return result;
  }
  return result as PdfTextResult;
}

async function extractWithPassword(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  password: string | undefined,
): Promise<PdfTextResult> {
  const loadingTask = pdfjs.getDocument({
    // A copy: pdf.js may detach the buffer it is given, and refuses Node Buffers.
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false, // CVE-2024-4367: no code generated from font data
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...pdfjsAssetDirs(),
    cMapPacked: true, // CJK and Cyrillic CID fonts need the packed cmaps
    verbosity: 0,
    // Everything is in memory: no range requests, no streaming, no fetch.
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  });
  try {
    const doc = await loadingTask.promise;
    if (doc.numPages > MAX_PAGES) {
      return malformed(`The PDF claims ${doc.numPages} pages.`);
    }
    const title = await readTitle(doc);
    const pages = await readPages(doc);
    if (pages === undefined) return malformed('No page of the PDF could be read.');
    return { ok: true, pageCount: doc.numPages, title, pages };
  } catch (error) {
    return classify(error, password);
  } finally {
    await loadingTask.destroy();
  }
}

async function readPages(doc: PDFDocumentProxy): Promise<string[] | undefined> {
  const pages: string[] = [];
  let readable = 0;
  for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
    try {
      pages.push(await readPage(doc, pageNumber));
      readable++;
    } catch {
      // One broken page (bad content stream, dangling reference) costs only its own text.
      pages.push('');
    }
  }
  return readable === 0 && doc.numPages > 0 ? undefined : pages;
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue; // marked-content markers carry no text
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    return text.normalize('NFC').trim();
  } finally {
    // Frees the page's fonts and operator lists: memory stays flat on 400-page files.
    page.cleanup();
  }
}

async function readTitle(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const { info, metadata } = await doc.getMetadata();
    // Like the pdf.js viewer: XMP dc:title first, then the Info dictionary's Title.
    const candidates = [metadata?.get('dc:title'), (info as { Title?: unknown }).Title];
    for (const candidate of candidates) {
      if (typeof candidate !== 'string') continue;
      const title = candidate.normalize('NFC').trim();
      if (title !== '') return title;
    }
  } catch {
    // Unreadable metadata is not a reason to lose the text.
  }
  return null;
}

/** pdf.js errors are identified by name; their messages never reach the user. */
function classify(error: unknown, password: string | undefined): PdfTextFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    // pdf.js PasswordResponses: 1 = a password is needed, 2 = the one given is wrong.
    const wrong = (error as { code?: unknown }).code === 2 || password !== undefined;
    return wrong
      ? { ok: false, code: 'PDF_PASSWORD_WRONG', message: 'The password for the PDF is wrong.' }
      : { ok: false, code: 'PDF_ENCRYPTED', message: 'The PDF is protected by a password.' };
  }
  if (name === 'InvalidPDFException') return malformed('The file is not a readable PDF.');
  return malformed(`The PDF could not be read (${name || 'unknown error'}).`);
}

function malformed(message: string): PdfTextFailure {
  return { ok: false, code: 'PDF_MALFORMED', message };
}
