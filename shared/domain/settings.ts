import { z } from 'zod';
import { ocrLangsSchema, type OcrLang } from './ocr';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Bounds shared by the input schema, the store's sanitising of settings.json and the form. */
export const AUTO_LOCK_MINUTES = { min: 1, max: 240 } as const;
export const MAX_IMPORT_MEGABYTES = { min: 1, max: 4096 } as const;

/** A "megabyte" of the import limit is 2^20 bytes, so the default 1024 is exactly 1 GiB. */
export const BYTES_PER_MEGABYTE = 1024 * 1024;

/** Settings live outside the vault (needed before unlock), so they hold nothing about a case. */
export interface Settings {
  language: Language | null;
  autoLockMinutes: number;
  /** Largest file an import accepts; a bigger one is rejected as FILE_TOO_LARGE. */
  maxImportMegabytes: number;
  /** Languages OCR reads a document with when it is left on `auto`; absent → rus+kaz+eng. */
  ocrLanguages?: OcrLang[];
}

export const settingsChangesSchema = z
  .strictObject({
    language: z.enum(LANGUAGES),
    autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
    maxImportMegabytes: z
      .number()
      .int()
      .min(MAX_IMPORT_MEGABYTES.min)
      .max(MAX_IMPORT_MEGABYTES.max),
    ocrLanguages: ocrLangsSchema,
  })
  .partial();

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  autoLockMinutes: 10,
  maxImportMegabytes: 1024,
};
