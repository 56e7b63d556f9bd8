import fs from 'node:fs';
import { judgePassphrase } from '../../../shared/domain/passphrase';
import type { LockReason, VaultStatus } from '../../../shared/domain/vault';
import { AppError } from '../../../shared/errors';
import type { Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { SessionAudit } from '../audit/sessionAudit';
import { closeVault, createVault, openVault, verifyPassphrase, type Vault } from './openVault';
import { writeRekeyedCopy, type RekeyProgress } from './rekeyedCopy';
import { toAppError } from './sqliteErrors';
import { listBackups, removeWithSidecars, syncDirectory } from './vaultFiles';
import path from 'node:path';

function assertStrong(passphrase: string): void {
  const verdict = judgePassphrase(passphrase);
  if (!verdict.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak', {
      problem: verdict.problem ?? 'too_short',
    });
  }
}

export interface VaultSessionOptions {
  migrations?: readonly Migration[];
  /** Told whenever an unlocked vault closes, whoever closed it, so the UI can drop what it shows. */
  onLocked?: (reason: LockReason) => void;
}

/**
 * The one open vault of a running app or CLI call: absent, locked or unlocked. Services get the
 * database through `db()`, which refuses while locked, so nothing reads a closed vault.
 */
export class VaultSession {
  private handle: Vault | null = null;
  private readonly migrations: readonly Migration[];
  private rekeying = false;
  /** Failed unlocks (and entries for a locked vault) waiting for the next unlock's audit log. */
  readonly audit = new SessionAudit();

  constructor(
    readonly file: string,
    private readonly options: VaultSessionOptions = {},
  ) {
    this.migrations = options.migrations ?? MIGRATIONS;
  }

  status(): VaultStatus {
    if (this.handle) return { state: 'unlocked' };
    return { state: fs.existsSync(this.file) ? 'locked' : 'absent' };
  }

  create(passphrase: string): VaultStatus {
    if (fs.existsSync(this.file)) {
      throw new AppError('VAULT_EXISTS', 'A vault already exists at this location');
    }
    assertStrong(passphrase);
    this.lock('manual');
    this.handle = createVault(this.file, passphrase, { migrations: this.migrations });
    return this.status();
  }

  unlock(passphrase: string): VaultStatus {
    if (this.handle) return this.status();
    let db: Vault;
    try {
      db = openVault(this.file, passphrase, { migrations: this.migrations });
    } catch (error) {
      this.audit.unlockFailed(error);
      throw error;
    }
    // An unlock the audit log cannot record does not happen: the vault closes again.
    try {
      this.audit.unlocked(db);
    } catch (error) {
      closeVault(db);
      throw error;
    }
    this.handle = db;
    return this.status();
  }

  /** Closes the database, which drops SQLCipher's key material. Idempotent. */
  lock(reason: LockReason): VaultStatus {
    const db = this.handle;
    this.handle = null;
    if (db) {
      closeVault(db);
      this.options.onLocked?.(reason);
    }
    return this.status();
  }

  /**
   * Re-keys through a verified copy that replaces the vault in one rename: a crash at any moment
   * leaves a vault that opens with the old or the new passphrase. The copy reports its pages
   * (`onProgress`); the app stays usable meanwhile, and what it writes is carried into the copy.
   * Pre-upgrade backups are removed afterwards, since they would still open with the old one.
   */
  async changePassphrase(
    current: string,
    next: string,
    options: RekeyProgress = {},
  ): Promise<VaultStatus> {
    const db = this.db();
    if (this.rekeying) {
      throw new AppError('VALIDATION', 'The passphrase is already being changed');
    }
    assertStrong(next);
    // Re-prove the current passphrase: an unlocked, unattended laptop must not be re-keyed.
    verifyPassphrase(this.file, current);
    this.rekeying = true;
    let copy: string;
    const lockedMeanwhile = () =>
      new AppError('VAULT_LOCKED', 'The vault was locked before the passphrase was changed');
    try {
      copy = await writeRekeyedCopy(db, this.file, next, options);
    } catch (error) {
      // A lock closes the database under the copy, which then fails: say why.
      throw this.handle === db ? error : lockedMeanwhile();
    } finally {
      this.rekeying = false;
    }
    // Locked (and perhaps unlocked again) as the last pages were copied: the copy is stale.
    if (this.handle !== db) {
      removeWithSidecars(copy);
      throw lockedMeanwhile();
    }
    // From here to the end nothing yields, so no write can fall between the copy and the swap.
    this.handle = null;
    try {
      const { checkpointed } = closeVault(db);
      // A WAL left beside the file would be replayed onto the new one: stop while it is there.
      if (!checkpointed || fs.existsSync(`${this.file}-wal`)) {
        throw new AppError('DISK_FULL', 'The passphrase could not be changed');
      }
      fs.renameSync(copy, this.file);
    } catch (error) {
      removeWithSidecars(copy);
      this.reopen(current);
      throw toAppError(error, new AppError('IO_ERROR', 'The passphrase could not be changed'));
    }
    // The vault is under the new passphrase from here on: nothing below may undo or deny that.
    try {
      syncDirectory(path.dirname(this.file));
    } catch {
      // The rename is atomic either way; fsync of the folder only makes it survive a power cut
      // sooner, and not every file system allows it (as placeNewFile.ts finds too).
    }
    const stale: string[] = [];
    for (const backup of listBackups(this.file)) {
      try {
        fs.rmSync(backup, { force: true });
      } catch {
        stale.push(path.basename(backup));
      }
    }
    this.reopen(next);
    if (stale.length > 0) {
      // Changed, but a pre-upgrade backup that still opens with the old passphrase remains.
      throw new AppError(
        'IO_ERROR',
        'The passphrase was changed, but an old backup beside the vault could not be removed',
        { changed: true, files: stale.join(', ') },
      );
    }
    return this.status();
  }

  /** Opens the vault again after a change; if that fails, the app is told it is locked. */
  private reopen(passphrase: string): void {
    try {
      this.handle = openVault(this.file, passphrase, { migrations: this.migrations });
    } catch (error) {
      this.options.onLocked?.('manual');
      throw error;
    }
  }

  /** The schema this app writes: a restored backup is checked and upgraded to it. */
  get schema(): readonly Migration[] {
    return this.migrations;
  }

  db(): Vault {
    if (!this.handle) throw new AppError('VAULT_LOCKED', 'The vault is locked');
    return this.handle;
  }
}
