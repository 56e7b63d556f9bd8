import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from '../../../shared/errors';

/**
 * fflate writes classic ZIP only (no ZIP64): every size and offset must stay below 4 GiB and
 * there can be at most 65,535 entries. A dossier past that is refused rather than written broken.
 */
export const ZIP_LIMIT_BYTES = 0xffff_ffff;
export const ZIP_LIMIT_ENTRIES = 0xffff;

export class ZipTooLarge extends AppError {
  constructor() {
    super('VALIDATION', 'The dossier is too large for a ZIP file (4 GiB or 65,535 files)');
  }
}

/**
 * A ZIP written entry by entry to an open file: fflate's streaming `Zip` hands over its output
 * as each chunk is pushed, and every chunk is written before the next is read, so memory holds
 * about one chunk whatever the size of the originals. The SHA-256 of each entry's content and of
 * the whole ZIP are computed on the way.
 */
export function createZipWriter(handle: FileHandle, mtime: Date) {
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  let written = 0;
  let entries = 0;
  const zipHash = createHash('sha256');
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else queue.push(data);
  });

  async function flush(): Promise<void> {
    if (failure) throw failure;
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      written += chunk.length;
      if (written > ZIP_LIMIT_BYTES) throw new ZipTooLarge();
      zipHash.update(chunk);
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    }
  }

  /**
   * Adds one file from its chunks (sync or async), stopping between chunks when `signal` aborts.
   * `compress`: deflate text; PDFs and images are already compressed, so they are stored.
   */
  async function add(
    name: string,
    chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
    options: { compress: boolean; signal?: AbortSignal },
  ): Promise<{ size: number; sha256: string }> {
    entries += 1;
    if (entries >= ZIP_LIMIT_ENTRIES) throw new ZipTooLarge();
    const entry = options.compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = mtime;
    zip.add(entry);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw options.signal.reason;
      size += chunk.length;
      if (size > ZIP_LIMIT_BYTES) throw new ZipTooLarge();
      hash.update(chunk);
      entry.push(chunk);
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await flush();
    return { size, sha256: hash.digest('hex') };
  }

  /** Writes the central directory; the file is complete (not yet synced) after this. */
  async function end(): Promise<{ size: number; sha256: string }> {
    zip.end();
    await flush();
    return { size: written, sha256: zipHash.digest('hex') };
  }

  return { add, end };
}
