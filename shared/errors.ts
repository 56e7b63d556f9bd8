/**
 * Error codes are part of the public contract: they cross IPC, reach the CLI's stderr
 * and are translated by the renderer (`errors.<CODE>` in every catalog).
 */
/** What can be wrong with one imported file; a batch reports these per file and goes on. */
export const FILE_ERROR_CODES = [
  'EMPTY_FILE',
  'UNSUPPORTED_TYPE',
  'FILE_TOO_LARGE',
  'PDF_ENCRYPTED',
  'PDF_PASSWORD_WRONG',
  'PDF_MALFORMED',
  'PDF_TIMEOUT',
] as const;

export const ERROR_CODES = [
  ...FILE_ERROR_CODES,
  // A JPEG/PNG that cannot be decoded for OCR, or has too many pixels to decode safely (issue 8).
  'IMAGE_MALFORMED',
  // OCR of a scanned page ran over its time limit, or Tesseract could not read it (issue 8).
  'OCR_TIMEOUT',
  'OCR_FAILED',
  'VALIDATION',
  'FORBIDDEN_SENDER',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'MIGRATION_FAILED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'NOT_FOUND',
  // A search query that cannot be read; `details.position` is where (issue 4).
  'QUERY_SYNTAX',
  'FILE_EXISTS',
  'DISK_FULL',
  // A file the lawyer chose to write (an export, a backup) cannot be created where she chose:
  // a read-only folder or medium, or a folder that is gone. The vault itself is IO_ERROR.
  'NOT_WRITABLE',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Plain data only: survives structured clone, JSON and contextBridge. */
export interface ErrorInfo {
  code: ErrorCode;
  /** English, for logs and the CLI; never contains a passphrase, a path or a stack. */
  message: string;
  details?: Record<string, string | number | boolean>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorInfo): Result<never> => ({ ok: false, error });

/** The one error type services throw; anything else becomes INTERNAL at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorInfo['details'];

  constructor(code: ErrorCode, message: string, details?: ErrorInfo['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
