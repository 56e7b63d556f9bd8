// First: lets a backup key its target through a URI file name (see the module).
import '../backup/uriFilenames';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { migrate, type Migration } from './migrate';
import { applyCipher, applyPragmas } from './pragmas';
import { toAppError } from './sqliteErrors';
import {
  listBackups,
  moveIntoPlace,
  OWNER_ONLY,
  removeStaleWorkFiles,
  removeWithSidecars,
  syncFile,
  workFileOf,
} from './vaultFiles';

export type Vault = Database.Database;

const cannotOpen = () => new AppError('IO_ERROR', 'The vault could not be opened');

function quickCheck(db: Database.Database): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new AppError('VAULT_CORRUPT', 'The vault failed its integrity check');
  }
}

/**
 * Proves the passphrase before anything may write: a read-only connection reads page 1, which
 * only decrypts with the right key. A wrong passphrase therefore changes no byte of the vault.
 * The quick_check runs here too: on the writing connection it leaves state that makes a later
 * checkpoint fail with SQLITE_LOCKED (SQLite3MultipleCiphers 2.x).
 */
export function verifyPassphrase(file: string, passphrase: string, check = false): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    applyCipher(probe, passphrase);
    const objects = probe.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
    // An empty file "decrypts" with any key: it is not a vault (e.g. a crash during creation).
    if (objects === 0 && probe.pragma('user_version', { simple: true }) === 0) {
      throw new AppError('VAULT_CORRUPT', 'The file is empty or is not a Casefile vault');
    }
    if (check) quickCheck(probe);
  } catch (error) {
    throw toAppError(error, cannotOpen());
  } finally {
    probe?.close();
  }
}

/** An encrypted copy (same key) taken before the schema changes; returns its path. */
function backupBeforeMigrating(db: Database.Database, file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${fromVersion}-${stamp}.bak`;
  try {
    db.prepare('VACUUM INTO ?').run(target);
    fs.chmodSync(target, OWNER_ONLY);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return target;
}

export interface OpenVaultOptions {
  migrations: readonly Migration[];
}

/**
 * Upgrades run after an encrypted backup. A failed upgrade leaves the vault at its version, so
 * its backup is deleted; after a good one only the newest backup is kept: each is a full copy
 * that still opens with the passphrase of its day.
 */
function migrateWithBackup(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[],
): void {
  let backup: string | undefined;
  try {
    migrate(db, migrations, {
      beforeMigrate: (from) => {
        backup = backupBeforeMigrating(db, file, from);
      },
    });
  } catch (error) {
    if (backup) fs.rmSync(backup, { force: true });
    throw toAppError(
      error,
      new AppError('MIGRATION_FAILED', 'The vault could not be upgraded; it was left as it was'),
    );
  }
  if (backup)
    for (const older of listBackups(file).filter((name) => name !== backup)) fs.rmSync(older);
}

export function openVault(file: string, passphrase: string, options: OpenVaultOptions): Vault {
  if (!fs.existsSync(file))
    throw new AppError('VAULT_NOT_FOUND', 'No vault exists at this location');
  verifyPassphrase(file, passphrase, true);
  let db: Database.Database | undefined;
  try {
    removeStaleWorkFiles(file);
    db = new Database(file, { fileMustExist: true });
    applyCipher(db, passphrase);
    applyPragmas(db);
    migrateWithBackup(db, file, options.migrations);
    return db;
  } catch (error) {
    db?.close();
    throw toAppError(error, cannotOpen());
  }
}

/**
 * Builds the new vault under a work name and moves it into place only when complete, so a crash
 * or a full disk never leaves an empty or half-made file where the vault should be.
 */
export function createVault(file: string, passphrase: string, options: OpenVaultOptions): Vault {
  if (fs.existsSync(file))
    throw new AppError('VAULT_EXISTS', 'A vault already exists at this location');
  const work = workFileOf(file, 'creating');
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    removeWithSidecars(work);
    const db = new Database(work);
    try {
      fs.chmodSync(work, OWNER_ONLY);
      applyCipher(db, passphrase);
      applyPragmas(db);
      migrate(db, options.migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    if (!closeVault(db).checkpointed)
      throw new AppError('DISK_FULL', 'The vault could not be written');
    syncFile(work);
    moveIntoPlace(work, file);
  } catch (error) {
    removeWithSidecars(work);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('VAULT_EXISTS', 'A vault already exists at this location');
    }
    throw toAppError(error, new AppError('IO_ERROR', 'The vault could not be created'));
  }
  return openVault(file, passphrase, options);
}

/**
 * Folds the WAL back into the file so no -wal/-shm is left beside a locked vault. Closing wins
 * over tidiness: if the checkpoint fails (disk full), the WAL stays, encrypted and complete, and
 * SQLite replays it on the next unlock.
 */
export function closeVault(db: Vault): { checkpointed: boolean } {
  let checkpointed: boolean;
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    checkpointed = result?.busy === 0;
  } catch {
    checkpointed = false;
  }
  db.close();
  return { checkpointed };
}
