import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../vault/sqliteErrors';

export interface ExportedFile {
  path: string;
  size: number;
  sha256: string;
}

/** File-system calls an export makes; tests replace `open` to simulate a full disk. */
export interface ExportFileSystem {
  open: typeof fsp.open;
}

const exists = () =>
  new AppError('FILE_EXISTS', 'A file with this name already exists; nothing was overwritten');

async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the file itself is synced.
  }
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
  fileSystem: ExportFileSystem = { open: fsp.open },
): Promise<ExportedFile> {
  if (!path.isAbsolute(target)) throw new AppError('VALIDATION', 'The target path is not absolute');
  if (fs.existsSync(target)) throw exists();
  const partial = `${target}.partial-${process.pid}`;
  await fsp.rm(partial, { force: true });
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
    await linkIntoPlace(partial, target);
    syncDirectory(path.dirname(target));
    return { path: target, ...written };
  } catch (error) {
    throw toAppError(error, new AppError('IO_ERROR', 'The file could not be written'));
  } finally {
    await fsp.rm(partial, { force: true }).catch(() => undefined);
  }
}

/** link() refuses an existing target atomically; where links are impossible (FAT), rename. */
async function linkIntoPlace(partial: string, target: string): Promise<void> {
  try {
    await fsp.link(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists();
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
    if (fs.existsSync(target)) throw exists();
    await fsp.copyFile(partial, target, fs.constants.COPYFILE_EXCL);
    const handle = await fsp.open(target, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
