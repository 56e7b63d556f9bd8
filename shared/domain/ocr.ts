import { z } from 'zod';
import { caseIdSchema, documentIdSchema, type DocumentId } from './ids';
import type { JobId, JobState } from './job';

/** Tesseract's language codes of the trained data the app ships (resources/tessdata). */
export const OCR_LANGS = ['rus', 'kaz', 'eng'] as const;
export type OcrLang = (typeof OCR_LANGS)[number];

/** What recognises a court paper from Kazakhstan when nobody chose: all three. */
export const DEFAULT_OCR_LANGS: readonly OcrLang[] = ['rus', 'kaz', 'eng'];

/** One to three distinct languages, in the order Tesseract should try them. */
export const ocrLangsSchema = z
  .array(z.enum(OCR_LANGS))
  .min(1)
  .max(OCR_LANGS.length)
  .refine((langs) => new Set(langs).size === langs.length, 'Each language once');

/** A document's choice: `auto` (by its language, else the setting) or languages given. */
export const ocrLanguageChoiceSchema = z.union([z.literal('auto'), ocrLangsSchema]);
export type OcrLanguageChoice = 'auto' | OcrLang[];

/** `kaz+rus+eng` (the CLI's and Tesseract's spelling) → languages; null when it is not one. */
export function parseOcrLangs(spelled: string): OcrLang[] | null {
  const parsed = ocrLangsSchema.safeParse(spelled.trim().toLowerCase().split('+'));
  return parsed.success ? parsed.data : null;
}

export const OCR_STATUSES = ['none', 'pending', 'running', 'done', 'failed', 'partial'] as const;
/**
 * none: nothing to recognise or never queued; pending: queued; running: a page is being read;
 * done: every page recognised; failed: no page could be; partial: some pages failed or the
 * lawyer cancelled after some were read.
 */
export type OcrStatus = (typeof OCR_STATUSES)[number];

export interface OcrDocumentStatus {
  documentId: DocumentId;
  status: OcrStatus;
  languages: OcrLanguageChoice;
  /** Pages queued for recognition, recognised, and failed. */
  pagesPending: number;
  pagesDone: number;
  pagesFailed: number;
  /** Mean confidence (0–100) of the recognised pages; null before any. */
  confidence: number | null;
}

export interface OcrCaseStatus {
  documents: OcrDocumentStatus[];
  /** The background OCR job, when one runs. */
  jobId: JobId | null;
}

/** A recognised word and where it is on the page image (pixels of the rendered page). */
export interface OcrWord {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  confidence: number;
}

/** A recognised page's words for the viewer: boxes in image pixels, `scale` pixels per PDF point. */
export interface OcrPageWords {
  pageNo: number;
  scale: number;
  confidence: number;
  words: OcrWord[];
}

/** Pushed as `ocr.progress` after every page and when the job ends. */
export interface OcrProgress {
  jobId: JobId;
  kind: 'ocr';
  state: JobState;
  /** Pages the job has finished (recognised or failed) and pages still queued. */
  completed: number;
  failed: number;
  remaining: number;
  /** The document whose page is being read now. */
  documentId: DocumentId | null;
  pageNo: number | null;
}

/** `ocr.run`: one document or a whole case; languages given are stored as its choice. */
export const ocrRunInputSchema = z
  .strictObject({
    documentId: documentIdSchema.optional(),
    caseId: caseIdSchema.optional(),
    langs: ocrLangsSchema.optional(),
  })
  .refine(
    (input) => (input.documentId === undefined) !== (input.caseId === undefined),
    'Either documentId or caseId',
  );

/** `ocr.cancel`: queued pages of a document, of a case, or all (nothing given). */
export const ocrCancelInputSchema = z
  .strictObject({
    documentId: documentIdSchema.optional(),
    caseId: caseIdSchema.optional(),
  })
  .refine(
    (input) => input.documentId === undefined || input.caseId === undefined,
    'At most one of documentId and caseId',
  );
