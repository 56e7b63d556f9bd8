import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { judgePassphrase } from '../../../shared/domain/passphrase';
import type { VaultStatus } from '../../../shared/domain/vault';
import type { Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import {
  closeVault,
  createVault,
  openVault,
  rekeyVault,
  verifyPassphrase,
  type Vault,
} from './openVault';

function assertStrong(passphrase: string): void {
  const verdict = judgePassphrase(passphrase);
  if (!verdict.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak', {
      problem: verdict.problem ?? 'too_short',
    });
  }
}

/**
 * The one open vault of a running app or CLI call: absent, locked or unlocked. Services get the
 * database through `db()`, which refuses while locked, so nothing reads a closed vault.
 */
export class VaultSession {
  private handle: Vault | null = null;
  private readonly onClose = new Set<() => void>();

  constructor(
    readonly file: string,
    private readonly migrations: readonly Migration[] = MIGRATIONS,
  ) {}

  status(): VaultStatus {
    if (this.handle) return { state: 'unlocked' };
    return { state: fs.existsSync(this.file) ? 'locked' : 'absent' };
  }

  create(passphrase: string): VaultStatus {
    assertStrong(passphrase);
    this.lock();
    this.handle = createVault(this.file, passphrase, { migrations: this.migrations });
    return this.status();
  }

  unlock(passphrase: string): VaultStatus {
    if (this.handle) return this.status();
    this.handle = openVault(this.file, passphrase, { migrations: this.migrations });
    return this.status();
  }

  /** Closes the database, which drops SQLCipher's key material. Idempotent. */
  lock(): VaultStatus {
    const db = this.handle;
    this.handle = null;
    if (db) {
      for (const listener of this.onClose) listener();
      closeVault(db);
    }
    return this.status();
  }

  changePassphrase(current: string, next: string): VaultStatus {
    const db = this.db();
    assertStrong(next);
    // Re-prove the current passphrase: an unlocked, unattended laptop must not be re-keyed.
    verifyPassphrase(this.file, current);
    rekeyVault(db, next);
    return this.status();
  }

  db(): Vault {
    if (!this.handle) throw new AppError('VAULT_LOCKED', 'The vault is locked');
    return this.handle;
  }

  /** Lets caches holding decrypted data drop it when the vault closes. */
  onLock(listener: () => void): () => void {
    this.onClose.add(listener);
    return () => this.onClose.delete(listener);
  }
}
