import { AppError } from '../../../shared/errors';
import { copyVaultPages, sealCopy } from '../backup/backupToFile';
import type { Vault } from './openVault';
import { passphraseKey } from './pragmas';
import { toAppError } from './sqliteErrors';
import { removeWithSidecars, workFileOf } from './vaultFiles';

export interface RekeyProgress {
  onProgress?: (completed: number, total: number) => void;
}

/**
 * The open vault copied page by page into a work file beside it, each page encrypted under the
 * new passphrase as it is written (SQLite's online backup, as for backups, which reports pages
 * done), then sealed (one file, owner-only, synced) and proven to open with the new passphrase.
 * Writes made through `db` during the copy are carried into it by SQLite; the caller swaps the
 * file in without yielding once this resolves, so none can come after. Returns the work file.
 */
export async function writeRekeyedCopy(
  db: Vault,
  file: string,
  next: string,
  options: RekeyProgress = {},
): Promise<string> {
  const work = workFileOf(file, 'rekey');
  removeWithSidecars(work);
  const key = passphraseKey(next);
  try {
    await copyVaultPages(db, work, key, { onProgress: options.onProgress });
    sealCopy(work, next);
    return work;
  } catch (error) {
    removeWithSidecars(work);
    throw toAppError(error, new AppError('IO_ERROR', 'The passphrase could not be changed'));
  } finally {
    key.fill(0);
  }
}
