import { z } from 'zod';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Settings live outside the vault (needed before unlock), so they hold nothing about a case. */
export interface Settings {
  language: Language | null;
  autoLockMinutes: number;
}

export const settingsChangesSchema = z
  .strictObject({
    language: z.enum(LANGUAGES),
    autoLockMinutes: z.number().int().min(1).max(240),
  })
  .partial();

export const DEFAULT_SETTINGS: Settings = { language: null, autoLockMinutes: 10 };
