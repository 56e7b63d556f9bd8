import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { AppError } from '../../../shared/errors';

/**
 * Reads a ZIP someone handed the lawyer, for verification only: nothing is ever extracted to
 * disk. The central directory is read from the end of the file and each entry's content is
 * streamed through SHA-256 (inflated chunk by chunk with fflate), so memory stays small whatever
 * the archive's size, and limits refuse an archive built to exhaust time or memory.
 */

export const ZIP_READ_LIMITS = {
  entries: 100_000,
  /** The central directory itself. */
  directoryBytes: 64 * 1024 * 1024,
  /** Sum of the sizes the entries declare: twice the most a dossier ZIP can hold. */
  totalBytes: 8 * 1024 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  isDirectory: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 1024 * 1024;

const notZip = () => new AppError('UNSUPPORTED_TYPE', 'The file is not a readable ZIP archive');

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
    if (bytesRead === 0) throw notZip();
    offset += bytesRead;
  }
  return buffer;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bit 11 says the name is UTF-8. Without it the standard says CP437, but many archivers (macOS,
 * Info-ZIP in a UTF-8 locale) write UTF-8 and leave the bit clear, so a name that decodes as
 * UTF-8 is read so; anything else is read byte for byte (latin1), which keeps ASCII intact.
 */
function entryName(raw: Buffer, flaggedUtf8: boolean): string {
  if (flaggedUtf8) return raw.toString('utf8');
  try {
    return utf8.decode(raw);
  } catch {
    return raw.toString('latin1');
  }
}

/** The entries of the central directory, in order. */
export async function readZipDirectory(handle: FileHandle): Promise<ZipEntry[]> {
  const { size: fileSize } = await handle.stat();
  if (fileSize < 22) throw notZip();
  // The end record is 22 bytes plus a comment of at most 65,535.
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) === EOCD_SIGNATURE) {
      end = index;
      break;
    }
  }
  if (end === -1) throw notZip();
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffff_ffff) {
    throw new AppError('UNSUPPORTED_TYPE', 'ZIP64 archives are not dossiers Casefile writes');
  }
  if (count > ZIP_READ_LIMITS.entries || directorySize > ZIP_READ_LIMITS.directoryBytes) {
    throw new AppError('FILE_TOO_LARGE', 'The ZIP has too many files to verify');
  }
  if (directoryOffset + directorySize > fileSize) throw notZip();
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let totalBytes = 0;
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw notZip();
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) throw notZip();
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const name = entryName(rawName, (flags & 0x800) !== 0);
    const entry: ZipEntry = {
      name,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
      isDirectory: name.endsWith('/'),
    };
    totalBytes += entry.size;
    if (totalBytes > ZIP_READ_LIMITS.totalBytes) {
      throw new AppError('FILE_TOO_LARGE', 'The ZIP is too large to verify');
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Thrown for an entry whose bytes cannot be read back as stored (bad method, corrupt data). */
export class UnreadableEntry extends Error {}

/**
 * Streams one entry's content to `onChunk`; stops with UnreadableEntry when the data is corrupt
 * or inflates past the size the directory declares (a ZIP bomb stops there).
 */
export async function readZipEntry(
  handle: FileHandle,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const local = await readAt(handle, entry.localOffset, 30).catch(() => {
    throw new UnreadableEntry('No local header');
  });
  if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new UnreadableEntry('No local header');
  let position = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  let produced = 0;
  const deliver = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) throw new UnreadableEntry('Larger than declared');
    onChunk(chunk);
  };
  let inflate: Inflate | null = null;
  if (entry.method === 8) {
    inflate = new Inflate((chunk) => deliver(chunk));
  } else if (entry.method !== 0) {
    throw new UnreadableEntry('Unsupported compression');
  }
  let remaining = entry.compressedSize;
  do {
    const length = Math.min(CHUNK, remaining);
    const chunk = await readAt(handle, position, length).catch(() => {
      throw new UnreadableEntry('Truncated');
    });
    position += length;
    remaining -= length;
    try {
      if (inflate) inflate.push(chunk, remaining === 0);
      else deliver(chunk);
    } catch (error) {
      throw error instanceof UnreadableEntry ? error : new UnreadableEntry('Corrupt data');
    }
  } while (remaining > 0);
}

/** SHA-256 and size of one entry's content. */
export async function hashZipEntry(
  handle: FileHandle,
  entry: ZipEntry,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await readZipEntry(handle, entry, (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  return { sha256: hash.digest('hex'), size };
}
