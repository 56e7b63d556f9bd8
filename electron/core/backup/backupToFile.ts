import { createRequire } from 'node:module';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { UNRECORDED, type PartialLedger } from '../exports/partialLedger';
import { assertNewTarget, partialPathOf, placeNewFile } from '../exports/placeNewFile';
import { applyCipher } from '../vault/pragmas';
import { passphraseKey } from '../vault/pragmas';
import { verifyPassphrase } from '../vault/openVault';
import { toOutputError } from '../exports/outputErrors';
import { OWNER_ONLY, removeWithSidecars, syncFile } from '../vault/vaultFiles';
import { keyedUri } from './uriFilenames';

interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
}
interface NativeDatabase {
  backup(
    database: Database.Database,
    schema: string,
    target: string,
    unlink: boolean,
  ): NativeBackup;
}

/**
 * The addon's own backup object. better-sqlite3's `db.backup()` wraps it, but checks that
 * `path.dirname(target)` exists, which a `file:` URI never does; the stepping loop below is
 * that wrapper's, with cancel between steps. `cppdb` is the symbol the package keys it by.
 */
function nativeBackup(db: Database.Database, targetUri: string): NativeBackup {
  const { cppdb } = createRequire(__filename)('better-sqlite3-multiple-ciphers/lib/util') as {
    cppdb: symbol;
  };
  const native = (db as unknown as Record<symbol, NativeDatabase>)[cppdb];
  if (!native) throw new AppError('INTERNAL', 'The database cannot be backed up');
  return native.backup(db, 'main', targetUri, true);
}

export interface BackupOptions {
  /** Records the partial file while it exists (see partialLedger.ts). */
  partials?: PartialLedger;
  signal?: AbortSignal;
  onProgress?: (completed: number, total: number) => void;
  /** Pages per step (4 KiB each); between steps the event loop runs and cancel is seen. */
  pagesPerStep?: number;
}

const cancelled = () => new AppError('VALIDATION', 'The backup was cancelled');

/**
 * Copies the open vault page by page with SQLite's online backup into `partial`, each page
 * encrypted for the target's key as it is written (SQLite3MultipleCiphers re-encrypts between
 * two keyed databases), so no decrypted page reaches the disk. Writes by this connection during
 * the copy are carried into it by SQLite.
 */
export async function copyVaultPages(
  db: Database.Database,
  partial: string,
  key: Buffer,
  options: BackupOptions,
): Promise<number> {
  const backup = nativeBackup(db, keyedUri(partial, key));
  const step = options.pagesPerStep ?? 256;
  try {
    for (;;) {
      if (options.signal?.aborted) throw cancelled();
      const { totalPages, remainingPages } = backup.transfer(step);
      options.onProgress?.(totalPages - remainingPages, totalPages);
      if (remainingPages === 0) return totalPages;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    backup.close();
  }
}

/**
 * The copy as a standalone file: out of WAL mode (so it is one file, which the sqlcipher tool
 * opens read-only too), owner-only, on disk, and proven to open with its passphrase and pass
 * quick_check before it is put in place.
 */
export function sealCopy(partial: string, passphrase: string): void {
  const copy = new Database(partial, { fileMustExist: true });
  try {
    applyCipher(copy, passphrase);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fs.chmodSync(partial, OWNER_ONLY);
  syncFile(partial);
  verifyPassphrase(partial, passphrase, true);
}

/**
 * Writes an encrypted backup of the open vault to `target`, a new file: a partial file beside
 * it, completed, sealed and verified, then linked into place (never over an existing file,
 * FILE_EXISTS). A full disk (DISK_FULL), an unwritable folder (IO_ERROR) or cancel leaves no
 * file behind and the vault untouched. `passphrase` keys the backup: the vault's or a new one.
 */
export async function backupToFile(
  db: Database.Database,
  target: string,
  passphrase: string,
  options: BackupOptions = {},
): Promise<{ path: string; size: number; pages: number }> {
  assertNewTarget(target);
  const partial = partialPathOf(target);
  removeWithSidecars(partial);
  const partials = options.partials ?? UNRECORDED;
  partials.begin(partial);
  const key = passphraseKey(passphrase);
  try {
    const pages = await copyVaultPages(db, partial, key, options);
    if (options.signal?.aborted) throw cancelled();
    sealCopy(partial, passphrase);
    await placeNewFile(partial, target);
    return { path: target, size: fs.statSync(target).size, pages };
  } catch (error) {
    // A folder that refuses the file or a full disk is the target's fault, not the vault's.
    throw toOutputError(error, new AppError('IO_ERROR', 'The backup could not be written'));
  } finally {
    key.fill(0);
    removeWithSidecars(partial);
    partials.end(partial);
  }
}
