import { AppError } from '../../../shared/errors';
import { toAppError } from '../vault/sqliteErrors';

/** The folder itself refuses the file: read-only medium or permissions, or it is gone. */
const NOT_WRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * Failures writing a file the lawyer chose (an export, a backup), as codes her message is picked
 * by. toAppError's IO_ERROR speaks of the vault file, which would send her looking for damage
 * that is not there: a folder that refuses the file is NOT_WRITABLE ("choose another folder"),
 * a full disk or quota is DISK_FULL. SQLite's own codes (a backup's target) map the same way.
 */
export function toOutputError<F>(error: unknown, fallback: F): AppError | F {
  if (error instanceof AppError) return error;
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  if (code === 'EDQUOT') return new AppError('DISK_FULL', 'The disk is full; nothing was changed');
  if (
    NOT_WRITABLE_CODES.has(code) ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY')
  ) {
    return new AppError('NOT_WRITABLE', 'The chosen folder cannot be written to');
  }
  return toAppError(error, fallback);
}
