import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';

export interface Migration {
  /** The number in the file name (0010-initial.ts → 10); stored in PRAGMA user_version. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export interface MigrateOptions {
  /** Runs before any pending migration touches a vault that already holds data. */
  beforeMigrate?: (fromVersion: number) => void;
}

/**
 * Applies every pending migration in ONE transaction: a crash or a failing step leaves the
 * vault exactly at its previous version. A vault written by a newer Casefile is refused.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): { from: number; to: number } {
  assertOrdered(migrations);
  const from = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (from > latest) {
    throw new AppError('VAULT_TOO_NEW', 'This vault was written by a newer version of Casefile', {
      vaultVersion: from,
      supportedVersion: latest,
    });
  }
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from };
  if (from > 0) options.beforeMigrate?.(from);
  // SQLite's way to change a table (create, copy, drop, rename) would cascade the DROP to every
  // party and hearing with foreign keys on. So they are off during the upgrade (the pragma is a
  // no-op inside a transaction), and the result is checked before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) migration.up(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`Upgrade left ${broken.length} broken references`);
      db.pragma(`user_version = ${latest}`);
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { from, to: latest };
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (
      !Number.isInteger(migration.version) ||
      (previous && previous.version >= migration.version)
    ) {
      throw new Error(`Migrations out of order at ${migration.name}`);
    }
  });
}
