import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../electron/core/vault/sqliteErrors';
import { AppError } from '../../../shared/errors';

const fallback = new AppError('INTERNAL', 'fallback');
const withCode = (code: string) =>
  Object.assign(new Error(`/home/lawyer/secret.vault: ${code}`), { code });

describe('toAppError', () => {
  it.each([
    ['SQLITE_NOTADB', 'WRONG_PASSPHRASE'],
    ['SQLITE_FULL', 'DISK_FULL'],
    ['ENOSPC', 'DISK_FULL'],
    ['SQLITE_CORRUPT', 'VAULT_CORRUPT'],
    ['SQLITE_CORRUPT_INDEX', 'VAULT_CORRUPT'],
    ['SQLITE_IOERR_WRITE', 'IO_ERROR'],
    ['SQLITE_CANTOPEN', 'IO_ERROR'],
    ['SQLITE_READONLY_ROLLBACK', 'IO_ERROR'],
    ['EACCES', 'IO_ERROR'],
    ['EROFS', 'IO_ERROR'],
  ])('maps %s to %s without the original message (it may hold a path)', (code, expected) => {
    const mapped = toAppError(withCode(code), fallback);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe(expected);
    expect(mapped.message).not.toContain('/home/lawyer');
  });

  it('keeps an AppError and falls back for anything unknown', () => {
    const own = new AppError('NOT_FOUND', 'No such case');
    expect(toAppError(own, fallback)).toBe(own);
    expect(toAppError(withCode('SQLITE_CONSTRAINT'), fallback)).toBe(fallback);
    expect(toAppError('weird', fallback)).toBe(fallback);
  });
});
