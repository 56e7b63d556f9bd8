import { createHmac, pbkdf2, timingSafeEqual } from 'node:crypto';
import fsp from 'node:fs/promises';
import { promisify } from 'node:util';
import { passphraseKey } from '../vault/pragmas';

/**
 * SQLCipher 4's page layout (cipher='sqlcipher', legacy=4), checked against real vaults in
 * tests/integration/integrity: 4 KiB pages, each ending in 80 reserved bytes = a 16-byte IV and
 * a 64-byte HMAC-SHA512 over the encrypted bytes plus that IV, followed by the page number as
 * 4 bytes little-endian. Page 1 begins with the 16-byte KDF salt, outside the HMAC.
 * SQLite3MultipleCiphers has no `cipher_integrity_check` (it answers nothing, whatever the
 * file), and integrity_check never reads free pages, so this reads every page itself.
 */
export const PAGE_SIZE = 4096;
const RESERVED = 80;
const IV_SIZE = 16;
const SALT_SIZE = 16;
const KDF_ROUNDS = 256_000;
const HMAC_ROUNDS = 2;
const HMAC_SALT_MASK = 0x3a;
/** SQLite never writes the page holding the byte at 1 GiB (its lock byte), so it has no HMAC. */
const LOCK_BYTE_PAGE = Math.floor(0x40000000 / PAGE_SIZE) + 1;

const pbkdf2Async = promisify(pbkdf2);

/** The HMAC key, derived once per check (the KDF is deliberately slow). */
export async function deriveHmacKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  const secret = passphraseKey(passphrase);
  try {
    const key = await pbkdf2Async(secret, salt, KDF_ROUNDS, 32, 'sha512');
    const hmacSalt = Buffer.from(salt.map((byte) => byte ^ HMAC_SALT_MASK));
    try {
      return await pbkdf2Async(key, hmacSalt, HMAC_ROUNDS, 32, 'sha512');
    } finally {
      key.fill(0);
    }
  } finally {
    secret.fill(0);
  }
}

/** Whether one page (1-based `pageNo`) carries the HMAC its bytes should have. */
export function pageIsAuthentic(page: Buffer, pageNo: number, hmacKey: Buffer): boolean {
  if (page.length !== PAGE_SIZE) return false;
  const start = pageNo === 1 ? SALT_SIZE : 0;
  const macStart = PAGE_SIZE - RESERVED + IV_SIZE;
  const number = Buffer.alloc(4);
  number.writeUInt32LE(pageNo);
  const expected = createHmac('sha512', hmacKey)
    .update(page.subarray(start, macStart))
    .update(number)
    .digest();
  return timingSafeEqual(expected, page.subarray(macStart, PAGE_SIZE));
}

export interface CipherPageReport {
  pages: number;
  /** 1-based numbers of the pages that failed. */
  badPages: number[];
  /** Bytes past the last whole page (a truncated or appended file). */
  trailingBytes: number;
}

/**
 * Verifies every page of a vault file (the main file: checkpoint the WAL first). Reads 1 MiB at
 * a time, so memory stays flat and the event loop keeps running on a large vault.
 */
export async function checkCipherPages(
  file: string,
  passphrase: string,
): Promise<CipherPageReport> {
  const handle = await fsp.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const pages = Math.floor(size / PAGE_SIZE);
    const report: CipherPageReport = { pages, badPages: [], trailingBytes: size % PAGE_SIZE };
    if (pages === 0) return report;
    const salt = Buffer.alloc(SALT_SIZE);
    await handle.read(salt, 0, SALT_SIZE, 0);
    const hmacKey = await deriveHmacKey(passphrase, salt);
    try {
      const block = Buffer.alloc(PAGE_SIZE * 256);
      for (let first = 0; first < pages; first += 256) {
        const count = Math.min(256, pages - first);
        await handle.read(block, 0, count * PAGE_SIZE, first * PAGE_SIZE);
        for (let index = 0; index < count; index += 1) {
          const pageNo = first + index + 1;
          if (pageNo === LOCK_BYTE_PAGE) continue;
          const page = block.subarray(index * PAGE_SIZE, (index + 1) * PAGE_SIZE);
          if (!pageIsAuthentic(page, pageNo, hmacKey)) report.badPages.push(pageNo);
        }
      }
    } finally {
      hmacKey.fill(0);
    }
    return report;
  } finally {
    await handle.close();
  }
}
