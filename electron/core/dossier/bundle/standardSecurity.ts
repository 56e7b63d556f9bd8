import crypto from 'node:crypto';

/**
 * The PDF Standard security handler (ISO 32000-2 §7.6.4): the file key from a password, and the
 * decryption of one object's strings and streams with it. pdf-lib cannot decrypt; this lets an
 * encrypted original whose password the lawyer gave at export time go into the bundle.
 * Revisions 2–4 (RC4 40–128 bit, AES-128) and 5–6 (AES-256); the user or the owner password.
 */

export type CryptMethod = 'none' | 'rc4' | 'aes128' | 'aes256';

export interface SecurityDict {
  revision: number;
  /** Key length in bytes (R2–R4). */
  length: number;
  o: Uint8Array;
  u: Uint8Array;
  oe: Uint8Array | null;
  ue: Uint8Array | null;
  p: number;
  encryptMetadata: boolean;
  firstId: Uint8Array;
  streams: CryptMethod;
  strings: CryptMethod;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

const md5 = (...parts: Uint8Array[]) => {
  const hash = crypto.createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function padded(password: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(password.subarray(0, 32)), PAD]).subarray(0, 32);
}

function int32le(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32LE(value | 0);
  return buffer;
}

/** Algorithm 2: the file key of a user password (R2–R4). */
function legacyKey(dict: SecurityDict, password: Uint8Array): Buffer {
  const n = dict.revision === 2 ? 5 : dict.length;
  let key = md5(
    padded(password),
    dict.o.subarray(0, 32),
    int32le(dict.p),
    dict.firstId,
    dict.revision >= 4 && !dict.encryptMetadata
      ? Buffer.from([255, 255, 255, 255])
      : Buffer.alloc(0),
  ).subarray(0, n);
  if (dict.revision >= 3) {
    for (let i = 0; i < 50; i++) key = md5(key).subarray(0, n);
  }
  return key;
}

/** Algorithms 4 and 5: whether `key` is the one the /U entry was made with. */
function legacyUserMatches(dict: SecurityDict, key: Buffer): boolean {
  if (dict.revision === 2) return rc4(key, PAD).equals(Buffer.from(dict.u.subarray(0, 32)));
  let value = rc4(key, md5(PAD, dict.firstId));
  for (let i = 1; i <= 19; i++)
    value = rc4(
      key.map((byte) => byte ^ i),
      value,
    );
  return value.subarray(0, 16).equals(Buffer.from(dict.u.subarray(0, 16)));
}

/** Algorithm 7: the user password hidden in /O under an owner password (R2–R4). */
function userPasswordFromOwner(dict: SecurityDict, owner: Uint8Array): Buffer {
  const n = dict.revision === 2 ? 5 : dict.length;
  let hash = md5(padded(owner));
  if (dict.revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash);
  const key = hash.subarray(0, n);
  if (dict.revision === 2) return rc4(key, dict.o.subarray(0, 32));
  let value: Buffer = Buffer.from(dict.o.subarray(0, 32));
  for (let i = 19; i >= 0; i--)
    value = rc4(
      key.map((byte) => byte ^ i),
      value,
    );
  return value;
}

/** Algorithm 2.B (R6) or plain SHA-256 (R5). */
function hardenedHash(
  revision: number,
  password: Uint8Array,
  salt: Uint8Array,
  userKey: Uint8Array,
): Buffer {
  let k = crypto.createHash('sha256').update(password).update(salt).update(userKey).digest();
  if (revision < 6) return k;
  for (let round = 0; ; round++) {
    const block = Buffer.concat([password, k, userKey]);
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => block));
    const cipher = crypto.createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    const algorithm = ['sha256', 'sha384', 'sha512'][sum % 3]!;
    k = crypto.createHash(algorithm).update(e).digest();
    // At least 64 rounds, then until E's last byte is at most the (1-based) round number − 32.
    if (round >= 63 && e[e.length - 1]! <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

function aes256NoIv(key: Uint8Array, data: Uint8Array): Buffer {
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, Buffer.alloc(16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** The file key for one password form, or null when the password is not this file's. */
export function fileKey(dict: SecurityDict, password: Uint8Array): Buffer | null {
  if (dict.revision >= 5) {
    const pw = password.subarray(0, 127);
    const u = dict.u;
    const o = dict.o;
    if (u.length < 48 || o.length < 48) return null;
    if (
      hardenedHash(dict.revision, pw, o.subarray(32, 40), u.subarray(0, 48)).equals(
        o.subarray(0, 32),
      )
    ) {
      if (!dict.oe) return null;
      return aes256NoIv(
        hardenedHash(dict.revision, pw, o.subarray(40, 48), u.subarray(0, 48)),
        dict.oe,
      );
    }
    if (
      hardenedHash(dict.revision, pw, u.subarray(32, 40), new Uint8Array()).equals(
        u.subarray(0, 32),
      )
    ) {
      if (!dict.ue) return null;
      return aes256NoIv(
        hardenedHash(dict.revision, pw, u.subarray(40, 48), new Uint8Array()),
        dict.ue,
      );
    }
    return null;
  }
  const asUser = legacyKey(dict, password);
  if (legacyUserMatches(dict, asUser)) return asUser;
  const asOwner = legacyKey(dict, userPasswordFromOwner(dict, password));
  return legacyUserMatches(dict, asOwner) ? asOwner : null;
}

/** Decrypts one string or stream of object `num gen` (algorithm 1; AES-256 uses the file key). */
export function decryptBytes(
  method: CryptMethod,
  key: Buffer,
  num: number,
  gen: number,
  data: Uint8Array,
): Uint8Array {
  if (method === 'none') return data;
  let objectKey = key;
  if (method !== 'aes256') {
    const suffix = Buffer.from([
      num & 0xff,
      (num >> 8) & 0xff,
      (num >> 16) & 0xff,
      gen & 0xff,
      (gen >> 8) & 0xff,
    ]);
    const salt = method === 'aes128' ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0);
    objectKey = md5(key, suffix, salt).subarray(0, Math.min(key.length + 5, 16));
  }
  if (method === 'rc4') return rc4(objectKey, data);
  // AES: a 16-byte IV, then CBC with PKCS#7 padding; an empty or broken string decrypts to empty.
  if (data.length < 32 || data.length % 16 !== 0) return new Uint8Array();
  const decipher = crypto.createDecipheriv(
    method === 'aes256' ? 'aes-256-cbc' : 'aes-128-cbc',
    objectKey,
    data.subarray(0, 16),
  );
  try {
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
  } catch {
    return new Uint8Array();
  }
}
