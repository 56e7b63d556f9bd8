import { z } from 'zod';
import { DOSSIER_LANGUAGES, EXCLUSION_REASONS } from '../../../shared/domain/dossier';

/**
 * `manifest.json` of a dossier ZIP: what was exported, and the SHA-256 of every other file in
 * the ZIP, so co-counsel (or `casefile verify-export`) can prove nothing was altered. The same
 * schema writes and reads it: a manifest verify cannot parse is itself a problem.
 */
export const MANIFEST_NAME = 'manifest.json';
export const README_NAME = 'README.txt';
export const ORIGINALS_FOLDER = 'originals';

/** A path inside the ZIP: forward slashes, no empty, `.` or `..` step, no drive or leading slash. */
export const zipPathSchema = z
  .string()
  .min(1)
  .max(1024)
  .refine(isSafeZipPath, { message: 'Not a safe path inside the ZIP' });

export function isSafeZipPath(value: string): boolean {
  if (value.includes('\\') || value.includes('\0') || /^[A-Za-z]:/.test(value)) return false;
  return value.split('/').every((step) => step !== '' && step !== '.' && step !== '..');
}

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const nullableText = z.string().max(10_000).nullable();

const documentSchema = z.strictObject({
  documentId: z.string().max(100),
  originalName: z.string().max(10_000),
  title: z.string().max(10_000),
  docType: z.string().max(100),
  docDate: nullableText,
  mediaType: z.string().max(100),
  /** 1-based pages of the bundle; null when the document is not in it. */
  firstPage: z.number().int().min(1).nullable(),
  lastPage: z.number().int().min(1).nullable(),
  excluded: z.enum(EXCLUSION_REASONS).nullable(),
});

export const manifestFileSchema = z.strictObject({
  path: zipPathSchema,
  kind: z.enum(['bundle', 'original', 'readme']),
  sha256: sha256Schema,
  size: z.number().int().min(0),
  /** Set for originals. */
  document: documentSchema.nullable(),
});
export type ManifestFile = z.output<typeof manifestFileSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal('casefile-dossier'),
  version: z.literal(1),
  exportedAt: z.string().max(100),
  appVersion: z.string().max(100),
  language: z.enum(DOSSIER_LANGUAGES),
  case: z.strictObject({
    title: z.string().max(10_000),
    number: nullableText,
    court: nullableText,
    judge: nullableText,
    parties: z
      .array(z.strictObject({ name: z.string().max(10_000), role: z.string().max(100) }))
      .max(100_000),
  }),
  bundle: z.strictObject({
    path: zipPathSchema,
    sha256: sha256Schema,
    pages: z.number().int().min(0),
    documents: z.number().int().min(0),
  }),
  files: z.array(manifestFileSchema).max(100_000),
});
export type DossierManifest = z.output<typeof manifestSchema>;
