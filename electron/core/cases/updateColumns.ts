import type Database from 'better-sqlite3-multiple-ciphers';

type SqlValue = string | number | null;

const toSqlValue = (value: unknown): SqlValue =>
  typeof value === 'boolean' ? Number(value) : value === '' ? null : (value as SqlValue);

/**
 * `UPDATE table SET column = @key ...` for the whitelisted keys an edit names. The SQL text comes
 * from the whitelist only; an absent or undefined key leaves its column as it is.
 */
export function updateColumns<K extends string>(
  db: Database.Database,
  table: 'cases' | 'parties' | 'hearings' | 'documents',
  id: string,
  columns: Record<K, string>,
  changes: Partial<Record<K, unknown>>,
): void {
  const keys = (Object.keys(columns) as K[]).filter((key) => changes[key] !== undefined);
  if (keys.length === 0) return;
  const assignments = keys.map((key) => `${columns[key]} = @${key}`).join(', ');
  const values = Object.fromEntries(keys.map((key) => [key, toSqlValue(changes[key])]));
  db.prepare(`UPDATE ${table} SET ${assignments} WHERE id = @id`).run({ ...values, id });
}
