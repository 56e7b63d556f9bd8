import { CommanderError } from 'commander';
import { isErrorCode, type ErrorCode, type ErrorInfo } from '../../shared/errors';

/**
 * Codes only the CLI can produce: they describe the terminal session, not the vault, so
 * they stay out of shared/errors.ts (which the renderer must translate).
 */
export const CLI_ONLY_CODES = [
  'USAGE',
  'PASSPHRASE_REQUIRED',
  'INTERRUPTED',
  'VERIFY_FAILED',
] as const;
export type CliErrorCode = ErrorCode | (typeof CLI_ONLY_CODES)[number];

/**
 * The documented exit status per code (also printed by --help). A Record over every code,
 * so a new shared ErrorCode fails the type check until someone decides its exit status.
 */
export const EXIT_CODES: Record<CliErrorCode, number> = {
  INTERNAL: 1,
  IO_ERROR: 1,
  DISK_FULL: 1,
  NOT_WRITABLE: 1,
  VAULT_LOCKED: 1,
  FORBIDDEN_SENDER: 1,
  USAGE: 2,
  VALIDATION: 2,
  QUERY_SYNTAX: 2,
  PASSPHRASE_REQUIRED: 2,
  WRONG_PASSPHRASE: 3,
  WEAK_PASSPHRASE: 3,
  VAULT_NOT_FOUND: 4,
  NOT_FOUND: 4,
  // A file the user named cannot be imported as it is.
  EMPTY_FILE: 6,
  UNSUPPORTED_TYPE: 6,
  FILE_TOO_LARGE: 6,
  PDF_ENCRYPTED: 6,
  PDF_PASSWORD_WRONG: 6,
  PDF_MALFORMED: 6,
  PDF_TIMEOUT: 6,
  IMAGE_MALFORMED: 6,
  // A scanned page could not be recognised (its document is marked failed or partial).
  OCR_TIMEOUT: 8,
  OCR_FAILED: 8,
  FILE_EXISTS: 5,
  VAULT_EXISTS: 5,
  VAULT_TOO_NEW: 5,
  VAULT_CORRUPT: 5,
  MIGRATION_FAILED: 5,
  // verify-export found a dossier file missing, altered or unlisted (its report is printed too).
  VERIFY_FAILED: 7,
  // 128 + SIGINT, what a shell reports for a Ctrl-C'd program.
  INTERRUPTED: 130,
};

export interface CliErrorInfo {
  code: CliErrorCode;
  message: string;
  details?: ErrorInfo['details'];
}

export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly details?: ErrorInfo['details'];

  constructor(code: CliErrorCode, message: string, details?: ErrorInfo['details']) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  static fromInfo(info: ErrorInfo): CliError {
    return new CliError(info.code, info.message, info.details);
  }

  toInfo(): CliErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

// Commander reports a bad option value as invalidArgument: to a user that is the same
// mistake as a value the core's schema rejects, so both read VALIDATION.
const COMMANDER_VALIDATION = new Set(['commander.invalidArgument']);

/** Maps anything thrown while running a command to the one error we print. */
export function toCliErrorInfo(error: unknown, debug: boolean): CliErrorInfo {
  if (error instanceof CliError) return error.toInfo();
  if (error instanceof CommanderError) {
    const code = COMMANDER_VALIDATION.has(error.code) ? 'VALIDATION' : 'USAGE';
    const message =
      error.code === 'commander.help'
        ? 'A command is required (see --help)'
        : error.message.replace(/^error: /, '');
    return { code, message };
  }
  if (error instanceof Error && 'code' in error && isErrorCode(error.code)) {
    return { code: error.code, message: error.message };
  }
  // Unexpected: no message or stack by default, since either may quote a path or a secret.
  const name = error instanceof Error ? error.name : typeof error;
  const extra = debug && error instanceof Error ? `: ${error.stack ?? error.message}` : '';
  return { code: 'INTERNAL', message: `Unexpected error (${name})${extra}` };
}

export const exitCodeOf = (code: CliErrorCode): number => EXIT_CODES[code];
