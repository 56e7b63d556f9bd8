import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { removeWithSidecars } from '../vault/vaultFiles';

/**
 * Where the partial files of exports and backups are recorded while they exist (the vault's
 * `partial_outputs`, migration 0080), so that one left by a crash or a kill is removed at the
 * next unlock instead of lying beside the lawyer's file for good.
 */
export interface PartialLedger {
  /** Before the partial file is created. Throws if it cannot be recorded: nothing is written. */
  begin(partial: string): void;
  /** After the partial file is gone (placed or abandoned). */
  end(partial: string): void;
}

/** For writers used without a vault (tests of the file writing alone). */
export const UNRECORDED: PartialLedger = { begin: () => undefined, end: () => undefined };

export interface VaultPartialLedger extends PartialLedger {
  /**
   * Removes every recorded partial file that no live writer owns: not one this ledger is writing
   * now, nor one of another process that is still running (a `casefile` command on the same
   * vault). Returns the paths removed. Run at unlock.
   */
  sweep(): string[];
}

/** `<target>.partial-<pid>`: the only names the sweep will ever delete. */
const PARTIAL_NAME = /\.partial-(\d+)$/;

export function vaultPartialLedger(
  db: () => Database.Database,
  now: () => string = () => new Date().toISOString(),
): VaultPartialLedger {
  const active = new Set<string>();
  return {
    begin(partial) {
      db()
        .prepare('INSERT OR REPLACE INTO partial_outputs (path, pid, started_at) VALUES (?, ?, ?)')
        .run(partial, process.pid, now());
      active.add(partial);
    },
    end(partial) {
      active.delete(partial);
      try {
        db().prepare('DELETE FROM partial_outputs WHERE path = ?').run(partial);
      } catch {
        // Locked (or the vault's disk full) as the export ended: the file is already gone, and
        // the next unlock's sweep finds that and drops the row.
      }
    },
    sweep() {
      const rows = db().prepare('SELECT path, pid FROM partial_outputs').all() as {
        path: string;
        pid: number;
      }[];
      const removed: string[] = [];
      for (const row of rows) {
        if (active.has(row.path)) continue;
        if (row.pid !== process.pid && isRunning(row.pid)) continue;
        const named = PARTIAL_NAME.exec(row.path);
        if (named && Number(named[1]) === row.pid && path.isAbsolute(row.path)) {
          removeWithSidecars(row.path);
          removed.push(row.path);
        }
        db().prepare('DELETE FROM partial_outputs WHERE path = ?').run(row.path);
      }
      return removed;
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
