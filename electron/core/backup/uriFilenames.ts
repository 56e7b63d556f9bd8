import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';

/**
 * better-sqlite3's backup() opens its target itself, without a key, and SQLite3MultipleCiphers
 * refuses to copy an encrypted vault into an unkeyed file ("incompatible source and target").
 * The one way to key that target is a URI file name (`file:…?cipher=sqlcipher&legacy=4&hexkey=…`),
 * and the addon reads URIs only if SQLITE_USE_URI=1 is in the environment when it loads (at the
 * first `new Database`). This module is imported by openVault.ts, ahead of any connection.
 * Plain absolute paths, which every other caller uses, mean the same with URIs on.
 */
if (process.env.SQLITE_USE_URI === undefined) process.env.SQLITE_USE_URI = '1';

let uriSupport: boolean | undefined;

/**
 * Whether URI file names work in this process. The probe has no side effect either way: as a
 * URI it is an in-memory database; as a plain name its folder (`file:`) does not exist.
 */
function uriFilenamesWork(): boolean {
  if (uriSupport === undefined) {
    try {
      new Database('file:/casefile-uri-probe/probe?mode=memory').close();
      uriSupport = true;
    } catch {
      uriSupport = false;
    }
  }
  return uriSupport;
}

/** Escapes what a URI path may not hold as itself (SQLite decodes %HH). */
function uriPath(file: string): string {
  const absolute = path.resolve(file).split(path.sep).join('/');
  const rooted = absolute.startsWith('/') ? absolute : `/${absolute}`; // C:/… → /C:/…
  return rooted.replace(/[%?#]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The URI that opens `file` as a SQLCipher 4 vault keyed with `key` (the passphrase's bytes,
 * as hex so no character needs quoting). It lives in memory only, like any key.
 */
export function keyedUri(file: string, key: Buffer): string {
  if (!uriFilenamesWork()) {
    throw new AppError('INTERNAL', 'Encrypted backups are unavailable in this process');
  }
  return `file:${uriPath(file)}?cipher=sqlcipher&legacy=4&hexkey=${key.toString('hex')}`;
}
