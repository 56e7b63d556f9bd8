import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { VaultStatus } from '../../../shared/domain/vault';
import { AppError } from '../../../shared/errors';
import { migrate, type Migration } from '../vault/migrate';
import { closeVault, verifyPassphrase } from '../vault/openVault';
import { applyCipher } from '../vault/pragmas';
import { toAppError } from '../vault/sqliteErrors';
import type { VaultSession } from '../vault/VaultSession';
import {
  listBackups,
  OWNER_ONLY,
  removeWithSidecars,
  syncDirectory,
  syncFile,
} from '../vault/vaultFiles';

/** Work names beside the vault; openVault's stale-file sweep knows both (vaultFiles.ts). */
const restoringCopyOf = (vault: string) => `${vault}.restoring-${process.pid}.tmp`;
const previousOf = (vault: string) => `${vault}.restore-previous-${process.pid}.tmp`;

/** The journal files of a vault, not the vault: what a closed or failed connection left. */
function removeJournals(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

function corrupt(detail: string): AppError {
  return new AppError('VAULT_CORRUPT', 'The backup is damaged; nothing was restored', { detail });
}

/**
 * Opens the copy with the backup's passphrase and proves it whole before anything is replaced:
 * it decrypts, passes integrity_check and foreign_key_check, is not from a newer Casefile
 * (VAULT_TOO_NEW), and is upgraded to this version's schema (in the copy, never in the backup).
 */
function checkAndUpgradeCopy(
  copy: string,
  passphrase: string,
  migrations: readonly Migration[],
): void {
  verifyPassphrase(copy, passphrase);
  const db = new Database(copy, { fileMustExist: true });
  try {
    applyCipher(db, passphrase);
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      throw corrupt(integrity[0]?.integrity_check ?? 'integrity_check failed');
    }
    try {
      migrate(db, migrations);
    } catch (error) {
      throw toAppError(
        error,
        new AppError('MIGRATION_FAILED', 'The backup could not be upgraded; nothing was restored'),
      );
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw corrupt(`${broken.length} broken references`);
  } catch (error) {
    db.close();
    throw error;
  }
  if (!closeVault(db).checkpointed) throw new AppError('DISK_FULL', 'The disk is full');
  syncFile(copy);
}

/**
 * Puts the verified copy where the vault is. The previous vault stays reachable under a second
 * name (a hard link: at every instant the vault's own name holds a complete vault, old or new)
 * until the restored one has opened; if it does not, the previous one is renamed back.
 */
function swapIn(session: VaultSession, copy: string, passphrase: string): VaultStatus {
  const vault = session.file;
  session.lock('manual');
  // A WAL left beside the old file would be replayed onto the restored one.
  if (fs.existsSync(`${vault}-wal`)) {
    throw new AppError('DISK_FULL', 'The vault could not be closed cleanly; nothing was restored');
  }
  removeJournals(vault);
  const previous = previousOf(vault);
  const hadVault = fs.existsSync(vault);
  if (hadVault) {
    removeWithSidecars(previous);
    try {
      fs.linkSync(vault, previous);
    } catch {
      // No hard links here (FAT, some shares): a full copy keeps the previous vault instead.
      fs.copyFileSync(vault, previous, fs.constants.COPYFILE_EXCL);
    }
  }
  fs.renameSync(copy, vault);
  syncDirectory(path.dirname(vault));
  try {
    session.unlock(passphrase);
  } catch (error) {
    session.lock('manual');
    removeJournals(vault);
    if (hadVault) fs.renameSync(previous, vault);
    else fs.rmSync(vault, { force: true });
    syncDirectory(path.dirname(vault));
    throw error;
  }
  if (hadVault) fs.rmSync(previous, { force: true });
  // Pre-upgrade backups were copies of the vault just replaced, under its old passphrase.
  for (const backup of listBackups(vault)) fs.rmSync(backup, { force: true });
  return session.status();
}

/**
 * Replaces the vault with a backup, which must open with `passphrase` (it becomes the vault's
 * passphrase). The backup file itself is never modified: a copy is checked and upgraded first,
 * and any failure leaves the previous vault exactly as it was. Works locked, unlocked or with
 * no vault yet; ends unlocked on the restored vault.
 */
export function restoreVault(
  session: VaultSession,
  migrations: readonly Migration[],
  backup: string,
  passphrase: string,
): VaultStatus {
  if (!fs.existsSync(backup)) {
    throw new AppError('VAULT_NOT_FOUND', 'No backup exists at this location');
  }
  if (path.resolve(backup) === path.resolve(session.file)) {
    throw new AppError('VALIDATION', 'The backup is the vault itself');
  }
  const copy = restoringCopyOf(session.file);
  removeWithSidecars(copy);
  try {
    fs.mkdirSync(path.dirname(session.file), { recursive: true, mode: 0o700 });
    fs.copyFileSync(backup, copy, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(copy, OWNER_ONLY);
    // A backup someone opened and did not close cleanly keeps pages in its WAL (encrypted).
    if (fs.existsSync(`${backup}-wal`)) fs.copyFileSync(`${backup}-wal`, `${copy}-wal`);
    checkAndUpgradeCopy(copy, passphrase, migrations);
    return swapIn(session, copy, passphrase);
  } catch (error) {
    throw toAppError(error, new AppError('IO_ERROR', 'The backup could not be restored'));
  } finally {
    removeWithSidecars(copy);
  }
}
