import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { migrate, type Migration } from './migrate';
import { applyCipher, applyPragmas } from './pragmas';
import { toAppError } from './sqliteErrors';

export type Vault = Database.Database;

const OWNER_ONLY = 0o600;

const cannotOpen = () => new AppError('IO_ERROR', 'The vault could not be opened');

/**
 * Proves the passphrase before anything may write: a read-only connection reads page 1, which
 * only decrypts with the right key. A wrong passphrase therefore changes no byte of the vault.
 * The quick_check runs here too: on the writing connection it leaves state that makes a later
 * rekey's checkpoint fail with SQLITE_LOCKED (SQLite3MultipleCiphers 2.x).
 */
export function verifyPassphrase(file: string, passphrase: string, check = false): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    applyCipher(probe, passphrase);
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    if (check) quickCheck(probe);
  } catch (error) {
    throw toAppError(error, cannotOpen());
  } finally {
    probe?.close();
  }
}

function quickCheck(db: Database.Database): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new AppError('VAULT_CORRUPT', 'The vault failed its integrity check');
  }
}

/** A copy of the vault, encrypted with the same key, taken before its schema changes. */
function backupBeforeMigrating(db: Database.Database, file: string, fromVersion: number): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${fromVersion}-${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  fs.chmodSync(target, OWNER_ONLY);
}

export interface OpenVaultOptions {
  migrations: readonly Migration[];
}

export function openVault(file: string, passphrase: string, options: OpenVaultOptions): Vault {
  if (!fs.existsSync(file))
    throw new AppError('VAULT_NOT_FOUND', 'No vault exists at this location');
  verifyPassphrase(file, passphrase, true);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    applyCipher(db, passphrase);
    applyPragmas(db);
    const opened = db;
    try {
      migrate(opened, options.migrations, {
        beforeMigrate: (from) => backupBeforeMigrating(opened, file, from),
      });
    } catch (error) {
      throw toAppError(
        error,
        new AppError('MIGRATION_FAILED', 'The vault could not be upgraded; it was left as it was'),
      );
    }
    return db;
  } catch (error) {
    db?.close();
    throw toAppError(error, cannotOpen());
  }
}

export function createVault(file: string, passphrase: string, options: OpenVaultOptions): Vault {
  if (fs.existsSync(file))
    throw new AppError('VAULT_EXISTS', 'A vault already exists at this location');
  let db: Database.Database | undefined;
  try {
    // Only the owner may list or read the vault's folder (no effect on Windows ACLs).
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    db = new Database(file);
    // Encrypted anyway, but no other account on the machine needs to read it (SQLite gives -wal/-shm the same mode).
    fs.chmodSync(file, OWNER_ONLY);
    applyCipher(db, passphrase);
    applyPragmas(db);
    migrate(db, options.migrations);
    return db;
  } catch (error) {
    db?.close();
    // A half-created vault holds nothing yet: remove it so the next attempt starts clean.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    throw toAppError(error, new AppError('IO_ERROR', 'The vault could not be created'));
  }
}

/** SQLite3MultipleCiphers cannot rekey a WAL database: step out of WAL for the rewrite. */
export function rekeyVault(db: Vault, nextPassphrase: string): void {
  const key = Buffer.from(nextPassphrase.normalize('NFC'), 'utf8');
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(key);
  } catch (error) {
    throw toAppError(error, new AppError('IO_ERROR', 'The passphrase could not be changed'));
  } finally {
    key.fill(0);
    db.pragma('journal_mode = WAL');
  }
}

/**
 * Folds the WAL back into the file so no -wal/-shm is left beside a locked vault. Closing wins
 * over tidiness: if the checkpoint fails (disk full), the WAL stays, encrypted and complete, and
 * SQLite replays it on the next unlock.
 */
export function closeVault(db: Vault): { checkpointed: boolean } {
  let checkpointed = true;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    checkpointed = false;
  }
  db.close();
  return { checkpointed };
}
