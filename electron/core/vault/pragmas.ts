import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The key as bytes: NFC first, because the same Kazakh passphrase typed on two keyboards may
 * arrive composed or decomposed. Callers zero the buffer after use.
 */
export function passphraseKey(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/**
 * SQLCipher 4 settings (cipher='sqlcipher', legacy=4): a lawyer can open her vault with the
 * standard sqlcipher tool and her passphrase, so there is no lock-in. Must precede the key.
 */
export function applyCipher(db: Database.Database, passphrase: string): void {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  // Through the API, never interpolated into SQL: no quoting bugs, nothing in a statement log.
  const key = passphraseKey(passphrase);
  try {
    db.key(key);
  } finally {
    key.fill(0);
  }
}

/** Durability and confidentiality settings for every connection (ARCHITECTURE.md "The vault"). */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted case data is overwritten, not left in free pages.
  db.pragma('secure_delete = ON');
  // Sorts and temp tables stay in memory: nothing decrypted reaches a temp file.
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
}
