import { z } from 'zod';
import { caseIdSchema, documentIdSchema, type CaseId, type DocumentId } from './ids';

export { documentIdSchema, type DocumentId };
import { isoDateSchema, longText, requiredText, tagsSchema, text } from './fields';

export const DOCUMENT_TYPES = [
  'indictment',
  'verdict',
  'ruling',
  'motion',
  'appeal',
  'protocol',
  'evidence',
  'expert_opinion',
  'correspondence',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What Casefile stores, detected from the bytes (never the extension). */
export const MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'text/plain',
] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const DOCUMENT_LANGUAGES = ['ru', 'kk', 'en', 'other'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Original bytes are stored in chunks of this size: bounded memory on the way in and out. */
export const CHUNK_SIZE = 1024 * 1024;

export const TITLE_MAX = 300;

/** What the lawyer may set at import; a missing title comes from the PDF or the file name. */
export const documentMetadataSchema = z.strictObject({
  title: requiredText(TITLE_MAX).optional(),
  docType: z.enum(DOCUMENT_TYPES).default('other'),
  docDate: isoDateSchema.optional(),
  source: text(300).optional(),
  language: z.enum(DOCUMENT_LANGUAGES).optional(),
  description: longText(20_000).optional(),
  tags: tagsSchema.default([]),
});
export type DocumentMetadataInput = z.input<typeof documentMetadataSchema>;
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;

/** Edits name only the fields that change; `null` clears an optional field. */
export const documentChangesSchema = z
  .strictObject({
    title: requiredText(TITLE_MAX),
    docType: z.enum(DOCUMENT_TYPES),
    docDate: isoDateSchema.nullable(),
    source: text(300).nullable(),
    language: z.enum(DOCUMENT_LANGUAGES).nullable(),
    description: longText(20_000).nullable(),
    tags: tagsSchema,
  })
  .partial();
export type DocumentChanges = z.output<typeof documentChangesSchema>;

// Route inputs the contract will list (documents.list / get / update / remove / verify).
export const documentListInputSchema = z.strictObject({ caseId: caseIdSchema });
export const documentIdInputSchema = z.strictObject({ id: documentIdSchema });
export const documentUpdateInputSchema = z.strictObject({
  id: documentIdSchema,
  changes: documentChangesSchema,
});

export interface DocumentSummary {
  id: DocumentId;
  caseId: CaseId;
  title: string;
  docType: DocumentType;
  docDate: string | null;
  language: DocumentLanguage | null;
  originalName: string;
  mediaType: MediaType;
  size: number;
  sha256: string;
  /** Null until text extraction has run (images before OCR, imports without extraction). */
  pageCount: number | null;
  /** Pages with a text layer; fewer than pageCount means scanned pages ("no text layer"). */
  pagesWithText: number;
  tags: string[];
  importedAt: string;
  updatedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  source: string | null;
  description: string | null;
}

/** What the viewer shows: the stored original, byte for byte. */
export interface DocumentContent {
  mediaType: MediaType;
  bytes: Uint8Array;
}

/** An import either stores the file or finds the same bytes already in the case. */
export type ImportOutcome =
  | { duplicate: false; id: DocumentId; sha256: string; pageCount: number | null }
  | { duplicate: true; existingId: DocumentId };

export interface VerifyOutcome {
  intact: boolean;
  /** Recorded at intake. */
  sha256: string;
  /** Recomputed now from the stored chunks. */
  actual: string;
}
