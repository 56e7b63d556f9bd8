import { AppError } from '../../../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Turns SQLite's and the file system's failures into the codes a lawyer's message is chosen by.
 * The original message is dropped: it can contain a path.
 */
export function toAppError<F>(error: unknown, fallback: F): AppError | F {
  if (error instanceof AppError) return error;
  const code =
    typeof (error as SqliteLikeError)?.code === 'string' ? (error as { code: string }).code : '';
  if (code === 'SQLITE_NOTADB') {
    return new AppError(
      'WRONG_PASSPHRASE',
      'The passphrase is wrong or the file is not a Casefile vault',
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', 'The disk is full; nothing was changed');
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('VAULT_CORRUPT', 'The vault file is damaged');
  }
  if (
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    ['EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT', 'ENOTDIR'].includes(code)
  ) {
    return new AppError('IO_ERROR', 'The vault file could not be read or written');
  }
  return fallback;
}
