import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import type { PartialLedger } from '../exports/partialLedger';
import { assertNewTarget, partialPathOf, placeNewFile } from '../exports/placeNewFile';
import { toOutputError } from '../exports/outputErrors';

export interface ExportedFile {
  path: string;
  size: number;
  sha256: string;
}

/** File-system calls an export makes; tests replace `open` to simulate a full disk. */
export interface ExportFileSystem {
  open: typeof fsp.open;
}

async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * Writes a document's original to `target` without ever overwriting: the bytes go to
 * `<target>.partial-<pid>` beside it, are synced and hashed back from disk, and only then are
 * linked into place (link fails if the target exists, so a file that appeared meanwhile is not
 * replaced). Any failure, a full disk included, removes the partial file.
 * `expectedSha256` is the intake hash: a file that does not read back the same is not kept.
 */
export async function exportOriginal(
  chunks: Iterable<Buffer>,
  target: string,
  expectedSha256: string,
  partials: PartialLedger,
  fileSystem: ExportFileSystem = { open: fsp.open },
): Promise<ExportedFile> {
  assertNewTarget(target);
  const partial = partialPathOf(target);
  await fsp.rm(partial, { force: true });
  partials.begin(partial);
  try {
    const handle = await fileSystem.open(partial, 'wx', 0o600);
    try {
      for (const chunk of chunks) {
        let offset = 0;
        while (offset < chunk.length) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
          offset += bytesWritten;
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const written = await hashFile(partial);
    if (written.sha256 !== expectedSha256) {
      throw new AppError('IO_ERROR', 'The written file does not match the original');
    }
    await placeNewFile(partial, target);
    return { path: target, ...written };
  } catch (error) {
    throw toOutputError(error, new AppError('IO_ERROR', 'The file could not be written'));
  } finally {
    await fsp.rm(partial, { force: true }).catch(() => undefined);
    partials.end(partial);
  }
}
