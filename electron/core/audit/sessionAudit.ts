import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { systemClock, type Clock } from '../clock';
import { appendAudit, type AuditEntryInput } from './appendAudit';
import { hasAuditLog } from './hasAuditLog';

/** More failed unlocks than this in one locked spell are counted, not listed one by one. */
const MAX_REMEMBERED = 100;

/**
 * What the audit log must hear while the vault cannot take it: a failed unlock happens before
 * the vault is open (its key is wrong), and a restore may leave it locked. Kept in this process's
 * memory only — the time and the error code, never anything of the passphrase — and written at
 * the next successful unlock, before its own `vault.unlocked` entry. Failures in a process that
 * ends without a successful unlock (a CLI call with a wrong passphrase) are not recorded.
 */
export class SessionAudit {
  /** Set by the composition root to the core's clock (tests pin it). */
  clock: Pick<Clock, 'nowIso'> = systemClock;
  private pending: AuditEntryInput[] = [];
  private uncounted = 0;

  unlockFailed(error: unknown): void {
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    this.remember({ action: 'vault.unlockFailed', detail: { code } });
  }

  /** An entry for a vault that is locked now; written at the next unlock. */
  remember(entry: AuditEntryInput): void {
    if (this.pending.length >= MAX_REMEMBERED) {
      this.uncounted += 1;
      return;
    }
    this.pending.push({ ...entry, at: entry.at ?? this.clock.nowIso() });
  }

  /** Writes what was remembered and the unlock itself, in one transaction. */
  unlocked(db: Database.Database): void {
    if (!hasAuditLog(db)) return;
    const pending = this.pending;
    const uncounted = this.uncounted;
    db.transaction(() => {
      for (const entry of pending) appendAudit(db, entry, this.clock);
      if (uncounted > 0) {
        appendAudit(db, { action: 'vault.unlockFailed', detail: { uncounted } }, this.clock);
      }
      appendAudit(db, { action: 'vault.unlocked' }, this.clock);
    })();
    this.pending = [];
    this.uncounted = 0;
  }

  /** Appends now when the vault is open, else remembers it for the next unlock. */
  record(db: Database.Database | null, entry: AuditEntryInput): void {
    if (!db) this.remember(entry);
    else if (hasAuditLog(db)) appendAudit(db, entry, this.clock);
  }
}
