import { z } from 'zod';
import { optionalText, text } from './fields';
import { caseIdSchema, documentIdSchema, type DocumentId } from './ids';
import type { JobId, JobState } from './job';

/** Languages of the pages Casefile generates (cover, inventory, chronology, README). */
export const DOSSIER_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type DossierLanguage = (typeof DOSSIER_LANGUAGES)[number];

export const STAMP_POSITIONS = [
  'bottom-right',
  'bottom-center',
  'bottom-left',
  'top-right',
  'top-center',
  'top-left',
] as const;
export type StampPosition = (typeof STAMP_POSITIONS)[number];

/** The continuous page number printed on every page of the bundle: `ДЕЛО-7511-0001`. */
export const stampSchema = z.strictObject({
  prefix: text(40).default(''),
  start: z.number().int().min(0).max(9_999_999).default(1),
  /** Zero-padded to this many digits. */
  digits: z.number().int().min(1).max(8).default(4),
  position: z.enum(STAMP_POSITIONS).default('bottom-right'),
  fontSize: z.number().min(6).max(24).default(9),
});
export type StampOptions = z.output<typeof stampSchema>;

export { stampText } from './stamp';

export const dossierSectionSchema = z.strictObject({
  /** Printed in the inventory and as a bookmark; may be empty for an untitled single section. */
  title: text(200).default(''),
  /** In bundle order. */
  documentIds: z.array(documentIdSchema).min(1).max(10_000),
});
export type DossierSection = z.output<typeof dossierSectionSchema>;

export const dossierIncludeSchema = z.strictObject({
  cover: z.boolean().default(true),
  inventory: z.boolean().default(true),
  /** The case's chronology of facts as a section of generated pages (issue 5). */
  chronology: z.boolean().default(false),
  /** The case's notes as generated pages (issue 5). */
  notes: z.boolean().default(false),
  /** Highlights and comments drawn onto the document pages (the originals are untouched). */
  annotations: z.boolean().default(false),
});

export const dossierOptionsSchema = z
  .strictObject({
    caseId: caseIdSchema,
    sections: z.array(dossierSectionSchema).min(1).max(500),
    include: dossierIncludeSchema.default({
      cover: true,
      inventory: true,
      chronology: false,
      notes: false,
      annotations: false,
    }),
    stamp: stampSchema.default({
      prefix: '',
      start: 1,
      digits: 4,
      position: 'bottom-right',
      fontSize: 9,
    }),
    language: z.enum(DOSSIER_LANGUAGES).default('ru'),
    preparedBy: optionalText(200),
    /**
     * Passwords of encrypted originals, used for this export only and never stored; an encrypted
     * original without one is left out and listed as excluded with the reason.
     */
    passwords: z
      .array(
        z.strictObject({ documentId: documentIdSchema, password: z.string().min(1).max(1024) }),
      )
      .max(10_000)
      .default([]),
  })
  .refine(
    (options) => {
      const ids = options.sections.flatMap((section) => section.documentIds);
      return new Set(ids).size === ids.length;
    },
    { message: 'A document appears twice in the dossier', path: ['sections'] },
  );
export type DossierOptions = z.output<typeof dossierOptionsSchema>;
export type DossierOptionsInput = z.input<typeof dossierOptionsSchema>;

export const DOSSIER_FORMATS = ['pdf', 'zip'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

export const EXCLUSION_REASONS = ['encrypted', 'password_wrong', 'unreadable', 'not_pdf'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface DossierEntry {
  documentId: DocumentId;
  title: string;
  /** 1-based pages of the bundle; null when the document is excluded from the bundle. */
  firstPage: number | null;
  lastPage: number | null;
}

export interface DossierResult {
  /** The file written (absolute path). */
  out: string;
  format: DossierFormat;
  /** Pages of the bundle PDF. */
  pages: number;
  /** Documents in the bundle. */
  documents: number;
  /** SHA-256 (hex) of the file written. */
  sha256: string;
  entries: DossierEntry[];
  excluded: { documentId: DocumentId; title: string; reason: ExclusionReason }[];
}

/** Pushed as the `dossier.progress` event while a dossier is built. */
export interface DossierProgress {
  jobId: JobId;
  kind: 'dossier';
  state: JobState;
  /** Steps done and to do (one per document, plus generated pages and packing). */
  completed: number;
  total: number;
  /** The document being added (its title). */
  current: string | null;
  /** Set when state is 'done'. */
  result: DossierResult | null;
  /** Set when state is 'failed'. */
  error: { code: string; message: string } | null;
}

/** One problem `verify-export` found in a dossier ZIP. */
export interface VerifyProblem {
  kind: 'missing' | 'mismatch' | 'unexpected' | 'manifest';
  /** The path inside the ZIP. */
  file: string;
  expected?: string;
  actual?: string;
}

export interface DossierVerifyReport {
  ok: boolean;
  /** Files the manifest lists that were checked. */
  checked: number;
  problems: VerifyProblem[];
}
