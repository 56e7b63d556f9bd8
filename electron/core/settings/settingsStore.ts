import fs from 'node:fs';
import path from 'node:path';
import {
  AUTO_LOCK_MINUTES,
  DEFAULT_SETTINGS,
  LANGUAGES,
  MAX_IMPORT_MEGABYTES,
  type Settings,
} from '../../../shared/domain/settings';
import { ocrLangsSchema, type OcrLang } from '../../../shared/domain/ocr';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../vault/sqliteErrors';

/** An integer within bounds, or the fallback: settings.json is hand-editable and may be damaged. */
function integerWithin(
  value: unknown,
  bounds: { min: number; max: number },
  fallback: number,
): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= bounds.min &&
    value <= bounds.max
    ? value
    : fallback;
}

function sanitize(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    language: LANGUAGES.find((code) => code === value.language) ?? null,
    autoLockMinutes: integerWithin(
      value.autoLockMinutes,
      AUTO_LOCK_MINUTES,
      DEFAULT_SETTINGS.autoLockMinutes,
    ),
    maxImportMegabytes: integerWithin(
      value.maxImportMegabytes,
      MAX_IMPORT_MEGABYTES,
      DEFAULT_SETTINGS.maxImportMegabytes,
    ),
    // OCR (issue 8): kept only when valid; absent means the default languages.
    ...(ocrLangsSchema.safeParse(value.ocrLanguages).success
      ? { ocrLanguages: value.ocrLanguages as OcrLang[] }
      : {}),
  };
}

/** Cleanup after a failed write must not replace the write's error with its own. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // The folder itself is what failed; there is nothing left to remove.
  }
}

/**
 * Preferences needed before unlock (language, auto-lock) and the import size limit, kept beside
 * the vault in plain JSON: they say nothing about any case. Without a file path they live in
 * memory (CLI, tests).
 */
export function createSettingsStore(file?: string) {
  let cached: Settings | null = null;

  function read(): Settings {
    if (cached) return cached;
    if (!file || !fs.existsSync(file)) return (cached = { ...DEFAULT_SETTINGS });
    try {
      cached = sanitize(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      // A damaged preferences file must not keep the lawyer out of her vault: fall back to defaults.
      cached = { ...DEFAULT_SETTINGS };
    }
    return cached;
  }

  function update(changes: Partial<Settings>): Settings {
    const next = sanitize({ ...read(), ...changes });
    if (file) {
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        fs.writeFileSync(temp, JSON.stringify(next, null, 2), { mode: 0o600, flush: true });
        fs.renameSync(temp, file);
      } catch (error) {
        removeQuietly(temp);
        throw toAppError(error, new AppError('IO_ERROR', 'Settings could not be saved'));
      }
    }
    cached = next;
    return next;
  }

  return { read, update };
}
